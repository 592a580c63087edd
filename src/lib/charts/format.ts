/**
 * Dutch number and date formatting for charts (Intl, nl-NL).
 * Months are plain strings `YYYY-MM`; dates are built in UTC so the output never depends
 * on the machine's time zone or clock.
 */

import { formatDatum, formatMaand, formatNumber, formatPercent } from '../format.ts';

export { formatNumber, formatPercent };

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
const dayShortMonth = new Intl.DateTimeFormat('nl-NL', { day: 'numeric', month: 'short', timeZone: 'UTC' });
/** `'2015-07'` → `"jul"` (axis labels). */
export function monthShort(value: string): string {
  return shortMonth.format(utcDate(value)).replace(/\.$/, '');
}

/** `'2015-12'` → `"december 2015"` (descriptions, tables). */
export function monthLong(value: string): string {
  parseMonth(value);
  return formatMaand(value);
}

/** Stand on the first day of a month, short: `'2016-01'` → `"1 jan"`. */
export function standShort(value: string): string {
  return dayShortMonth.format(utcDate(value)).replace(/\.$/, '');
}

/** Stand on the first day of a month, long: `'2016-01'` → `"1 januari 2016"`. */
export function standLong(value: string): string {
  parseMonth(value);
  return formatDatum(`${value}-01`);
}

/** Dutch collation for sorting names such as 's-Gravenhage, Ameland, Súdwest-Fryslân. */
export const dutchCollator = new Intl.Collator('nl-NL', { sensitivity: 'base', ignorePunctuation: true });

/** `1` → "1 vergunninghouder", `3933` → "3.933 vergunninghouders". */
export function vergunninghouders(count: number): string {
  return count === 1 ? '1 vergunninghouder' : `${formatNumber(count)} vergunninghouders`;
}
