/** Command-line options of `npm run bench`: a bad value stops the run with a message, never a silent NaN. */

/** The whole number ≥ `min` given for `name`, or `fallback` when the option is absent. */
export function wholeNumber(name: string, value: string | undefined, fallback: number, min = 1): number {
  if (value === undefined) return fallback;
  const n = Number(value);
  if (!Number.isInteger(n) || n < min) throw new Error(`${name} expects a whole number of at least ${min}, got "${value}"`);
  return n;
}

/** A comma-separated list of whole numbers ≥ 1 for `name` ("250,1000"), or `fallback` when absent. */
export function wholeNumbers(name: string, value: string | undefined, fallback: readonly number[]): number[] {
  if (value === undefined) return [...fallback];
  return value.split(',').map((v) => wholeNumber(name, v.trim(), 0, 1));
}

/** A month as YYYY-MM for `name` ("2026-06"), or `fallback` when the option is absent. */
export function yearMonth(name: string, value: string | undefined, fallback: string): string {
  if (value === undefined) return fallback;
  const m = /^(\d{4})-(\d{2})$/.exec(value);
  if (!m || Number(m[2]) < 1 || Number(m[2]) > 12)
    throw new Error(`${name} expects a month as YYYY-MM (e.g. 2026-06), got "${value}"`);
  return value;
}
