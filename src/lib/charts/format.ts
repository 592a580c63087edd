/**
 * Dutch number and date formatting for charts (Intl, nl-NL).
 * Months are plain strings `YYYY-MM`; dates are built in UTC so the output never depends
 * on the machine's time zone or clock.
 */

const integerFormat = new Intl.NumberFormat('nl-NL', { maximumFractionDigits: 0 });
const numberFormats = new Map<number, Intl.NumberFormat>();

/** `1234.5` → `"1.235"`; with `decimals` → `"1.234,5"`. Negative numbers use a minus sign. */
export function formatNumber(value: number, decimals = 0): string {
  if (!Number.isFinite(value)) return '–';
  if (decimals === 0) return normaliseZero(integerFormat.format(value));
  let f = numberFormats.get(decimals);
  if (!f) {
    f = new Intl.NumberFormat('nl-NL', { maximumFractionDigits: decimals, minimumFractionDigits: 0 });
    numberFormats.set(decimals, f);
  }
  return normaliseZero(f.format(value));
}

function normaliseZero(s: string): string {
  // Intl writes "-0" for values like -0.2 rounded to zero.
  return s === '-0' ? '0' : s;
}

const percentFormat = new Intl.NumberFormat('nl-NL', { style: 'percent', maximumFractionDigits: 0 });

/** A fraction as a Dutch percentage: `0.456` → `"46%"`, `1.25` → `"125%"`. */
export function formatPercent(fraction: number): string {
  if (!Number.isFinite(fraction)) return '–';
  const s = percentFormat.format(fraction);
  return s === '-0%' ? '0%' : s;
}

const MONTH_RE = /^(\d{4})-(\d{2})$/;

export interface YearMonth {
  readonly year: number;
  /** 1–12 */
  readonly month: number;
}

/** Parses `2015-07`. Throws a RangeError (Dutch message) otherwise. */
export function parseMonth(value: string): YearMonth {
  const m = MONTH_RE.exec(value);
  const month = m ? Number(m[2]) : 0;
  if (!m || month < 1 || month > 12) {
    throw new RangeError(`"${value}" is geen geldige maand; verwacht bijvoorbeeld "2015-07".`);
  }
  return { year: Number(m[1]), month };
}

/** `addMonths('2015-11', 2)` → `'2016-01'`. */
export function addMonths(value: string, count: number): string {
  const { year, month } = parseMonth(value);
  const index = year * 12 + (month - 1) + count;
  const y = Math.floor(index / 12);
  const mo = index - y * 12 + 1;
  return `${String(y).padStart(4, '0')}-${String(mo).padStart(2, '0')}`;
}

function utcDate(value: string, day = 1): Date {
  const { year, month } = parseMonth(value);
  return new Date(Date.UTC(year, month - 1, day));
}

const shortMonth = new Intl.DateTimeFormat('nl-NL', { month: 'short', timeZone: 'UTC' });
const longMonthYear = new Intl.DateTimeFormat('nl-NL', { month: 'long', year: 'numeric', timeZone: 'UTC' });
const dayShortMonth = new Intl.DateTimeFormat('nl-NL', { day: 'numeric', month: 'short', timeZone: 'UTC' });
const dayLongMonthYear = new Intl.DateTimeFormat('nl-NL', {
  day: 'numeric',
  month: 'long',
  year: 'numeric',
  timeZone: 'UTC',
});

/** `'2015-07'` → `"jul"` (axis labels). */
export function monthShort(value: string): string {
  return shortMonth.format(utcDate(value)).replace(/\.$/, '');
}

/** `'2015-12'` → `"december 2015"` (descriptions, tables). */
export function monthLong(value: string): string {
  return longMonthYear.format(utcDate(value));
}

/** Stand on the first day of a month, short: `'2016-01'` → `"1 jan"`. */
export function standShort(value: string): string {
  return dayShortMonth.format(utcDate(value)).replace(/\.$/, '');
}

/** Stand on the first day of a month, long: `'2016-01'` → `"1 januari 2016"`. */
export function standLong(value: string): string {
  return dayLongMonthYear.format(utcDate(value));
}

/** Dutch collation for sorting names such as 's-Gravenhage, Ameland, Súdwest-Fryslân. */
export const dutchCollator = new Intl.Collator('nl-NL', { sensitivity: 'base', ignorePunctuation: true });

/** `1` → "1 vergunninghouder", `3933` → "3.933 vergunninghouders". */
export function vergunninghouders(count: number): string {
  return count === 1 ? '1 vergunninghouder' : `${formatNumber(count)} vergunninghouders`;
}
