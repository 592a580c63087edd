/**
 * Dutch number and date formats, always through Intl (nl-NL): the one place that holds
 * the formatters. Charts (src/lib/charts/format.ts) and the monitor labels
 * (src/lib/monitor/periode.ts) build on these.
 */
const integerFormat = new Intl.NumberFormat('nl-NL', { maximumFractionDigits: 0 });
const numberFormats = new Map<number, Intl.NumberFormat>();
const percentFormat = new Intl.NumberFormat('nl-NL', { style: 'percent', maximumFractionDigits: 0 });
const procent1 = new Intl.NumberFormat('nl-NL', { style: 'percent', minimumFractionDigits: 1, maximumFractionDigits: 1 });
const datumLang = new Intl.DateTimeFormat('nl-NL', { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' });
const maandJaar = new Intl.DateTimeFormat('nl-NL', { month: 'long', year: 'numeric', timeZone: 'UTC' });

/** `1234.5` → `"1.235"`; with `decimals` → `"1.234,5"`; non-finite → `"–"`; `-0` → `"0"`. */
export function formatNumber(value: number, decimals = 0): string {
  if (!Number.isFinite(value)) return '–';
  let f = integerFormat;
  if (decimals > 0) {
    f =
      numberFormats.get(decimals) ??
      new Intl.NumberFormat('nl-NL', { maximumFractionDigits: decimals, minimumFractionDigits: 0 });
    numberFormats.set(decimals, f);
  }
  const s = f.format(value);
  // Intl writes "-0" for values like -0.2 rounded to zero.
  return s === '-0' ? '0' : s;
}

/** A fraction as a Dutch percentage: `0.456` → `"46%"`, `1.25` → `"125%"`; non-finite → `"–"`. */
export function formatPercent(fraction: number): string {
  if (!Number.isFinite(fraction)) return '–';
  const s = percentFormat.format(fraction);
  return s === '-0%' ? '0%' : s;
}

/** For running text and tables: 16753 → "16.753"; −1099 → "−1.099" (with a real minus sign). */
export function formatGetal(n: number): string {
  return formatNumber(n).replace('-', '−');
}

/** 0.8333 → "83%" ; with decimals → "83,3%". Non-finite values → "–". */
export function formatProcent(fractie: number, decimalen: 0 | 1 = 0): string {
  if (!Number.isFinite(fractie)) return '–';
  return (decimalen ? procent1.format(fractie) : formatPercent(fractie)).replace(/\s/g, '').replace('-', '−');
}

function alsDatum(iso: string): Date {
  const [y, m, d] = iso.split('-').map(Number) as [number, number, number | undefined];
  return new Date(Date.UTC(y, m - 1, d ?? 1));
}

/** "2016-03-17" → "17 maart 2016"; "2016-07" → "juli 2016". */
export function formatDatum(iso: string): string {
  return /^\d{4}-\d{2}$/.test(iso) ? maandJaar.format(alsDatum(iso)) : datumLang.format(alsDatum(iso));
}

/** "2016-01-01" or "2016-01" → "januari 2016". */
export function formatMaand(iso: string): string {
  return maandJaar.format(alsDatum(iso));
}
