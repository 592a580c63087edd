/** Dutch number and date formats, always through Intl (nl-NL). */
const getal = new Intl.NumberFormat('nl-NL', { maximumFractionDigits: 0 });
const procent = new Intl.NumberFormat('nl-NL', { style: 'percent', maximumFractionDigits: 0 });
const procent1 = new Intl.NumberFormat('nl-NL', { style: 'percent', minimumFractionDigits: 1, maximumFractionDigits: 1 });
const datumLang = new Intl.DateTimeFormat('nl-NL', { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' });
const maandJaar = new Intl.DateTimeFormat('nl-NL', { month: 'long', year: 'numeric', timeZone: 'UTC' });

/** 16753 → "16.753"; −1099 → "−1.099" (with a real minus sign). */
export function formatGetal(n: number): string {
  return getal.format(n).replace('-', '−');
}

/** 0.8333 → "83%" ; with decimals → "83,3%". Non-finite values → "–". */
export function formatProcent(fractie: number, decimalen: 0 | 1 = 0): string {
  if (!Number.isFinite(fractie)) return '–';
  return (decimalen ? procent1 : procent).format(fractie).replace(/\s/g, '').replace('-', '−');
}

function alsDatum(iso: string): Date {
  const [y, m, d] = iso.split('-').map(Number) as [number, number, number | undefined];
  return new Date(Date.UTC(y, m - 1, d ?? 1));
}

/** "2016-03-17" → "17 maart 2016"; "2016-07" → "juli 2016". */
export function formatDatum(iso: string): string {
  return /^\d{4}-\d{2}$/.test(iso) ? maandJaar.format(alsDatum(iso)) : datumLang.format(alsDatum(iso));
}

/** "2016-01-01" → "januari 2016". */
export function formatMaand(iso: string): string {
  return maandJaar.format(alsDatum(iso));
}
