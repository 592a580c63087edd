/**
 * Pace: what is still needed per month, the pro-rata schedule line, and realisatie per
 * 100.000 inwoners.
 */

import { MAANDEN_PER_PERIODE } from './periode.ts';

function assertMaanden(maanden: number, functie: string): void {
  if (!Number.isInteger(maanden) || maanden < 0 || maanden > MAANDEN_PER_PERIODE) {
    throw new RangeError(`${functie}: het aantal maanden moet een geheel getal van 0 tot en met 6 zijn (gekregen: ${maanden}).`);
  }
}

/** Months left in the periode after m whole months: 6 − m. */
export function resterendeMaanden(maanden: number): number {
  assertMaanden(maanden, 'resterendeMaanden');
  return MAANDEN_PER_PERIODE - maanden;
}

/**
 * People still to house per remaining month: ceil((gecorrigeerd − realisatie) / (6 − m)).
 * 0 when the taakstelling is reached (realisatie ≥ gecorrigeerd, also when gecorrigeerd ≤ 0).
 * null when no months are left (m = 6) but the taakstelling is not reached: the rest then
 * carries over to the next periode as achterstand.
 */
export function benodigdPerMaand(gecorrigeerdeTaakstelling: number, realisatie: number, maanden: number): number | null {
  assertMaanden(maanden, 'benodigdPerMaand');
  const open = gecorrigeerdeTaakstelling - realisatie;
  if (open <= 0) return 0;
  const rest = MAANDEN_PER_PERIODE - maanden;
  if (rest === 0) return null;
  return Math.ceil(open / rest);
}

/** Pro-rata benchmark after m months: m/6 × gecorrigeerd (not rounded). */
export function schemaNorm(gecorrigeerdeTaakstelling: number, maanden: number): number {
  assertMaanden(maanden, 'schemaNorm');
  return (maanden / MAANDEN_PER_PERIODE) * gecorrigeerdeTaakstelling;
}

/** The whole benchmark line, index m = 0 … 6. */
export function schemaLijn(gecorrigeerdeTaakstelling: number): number[] {
  return Array.from({ length: MAANDEN_PER_PERIODE + 1 }, (_, m) => schemaNorm(gecorrigeerdeTaakstelling, m));
}

/** Realisatie per 100.000 inwoners; null when inwoners are unknown or not positive. */
export function perHonderdduizend(aantal: number, inwoners: number | null | undefined): number | null {
  if (inwoners === null || inwoners === undefined || !(inwoners > 0)) return null;
  return (aantal / inwoners) * 100_000;
}
