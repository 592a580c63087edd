/**
 * Status of a gemeente against its gecorrigeerde taakstelling ("Land in beeld" colours).
 *
 * Rule of the original site (confirmed): after m whole months a gemeente is on schedule
 * ("Goed op schema") when realisatie ≥ m/6 × gecorrigeerde taakstelling.
 * The original never published where "Enigszins achter op schema" ends and "Achter op schema"
 * starts; our own choice is `ENIGSZINS_ACHTER_MARGE` below.
 *
 * Checked in this order (the first that applies wins):
 * 1. gecorrigeerd ≤ 0                       → 'gehaald' (the voorsprong already covers the periode)
 * 2. m = 0                                  → 'nieuw' (periode just started, no verdict yet)
 * 3. realisatie missing (null/undefined)    → 'onbekend' (shown as "Geen gegevens")
 * 4. realisatie ≥ gecorrigeerd              → 'gehaald' (can happen at any m; > 100 % is allowed)
 * 5. realisatie ≥ m/6 × gecorrigeerd        → 'goed'
 * 6. realisatie ≥ (m/6 − MARGE) × gecorr.   → 'enigszins'
 * 7. otherwise                              → 'achter'
 * All comparisons are exact (integer cross-multiplication), so a realisatie exactly on a
 * boundary gets the better status.
 */

import { MAANDEN_PER_PERIODE } from './periode.ts';

export type MonitorStatus = 'nieuw' | 'gehaald' | 'goed' | 'enigszins' | 'achter' | 'onbekend';

/**
 * OUR choice, not the original site's: a gemeente is "enigszins achter op schema" when it is
 * behind the pro-rata line by at most this fraction of its gecorrigeerde taakstelling, i.e. at
 * most one month's worth (1/6) behind. Further behind is "achter op schema".
 */
export const ENIGSZINS_ACHTER_MARGE = 1 / 6;

/** Display order for legends and counts: best first, no data last. */
export const STATUS_VOLGORDE: readonly MonitorStatus[] = ['gehaald', 'goed', 'enigszins', 'achter', 'nieuw', 'onbekend'];

export const STATUS_LABEL: Readonly<Record<MonitorStatus, string>> = {
  gehaald: 'Taakstelling gehaald',
  goed: 'Goed op schema',
  enigszins: 'Enigszins achter op schema',
  achter: 'Achter op schema',
  nieuw: 'Nieuwe periode',
  onbekend: 'Geen gegevens',
};

/** One plain-language sentence per status (taalniveau B1). */
export const STATUS_UITLEG: Readonly<Record<MonitorStatus, string>> = {
  gehaald:
    'De gemeente heeft al net zoveel of meer mensen gehuisvest dan de taakstelling voor deze periode vraagt. Een voorsprong uit de vorige periode telt mee.',
  goed: 'De gemeente loopt op schema: ze heeft minstens het deel gehuisvest dat bij het aantal verstreken maanden hoort.',
  enigszins: 'De gemeente loopt een beetje achter: ze mist hooguit één maand werk ten opzichte van het schema.',
  achter: 'De gemeente loopt ver achter: ze mist meer dan één maand werk ten opzichte van het schema.',
  nieuw: 'De periode is net begonnen. Er is nog geen maand voorbij, dus er is nog geen oordeel.',
  onbekend: 'Voor deze gemeente zijn er geen cijfers over de realisatie op deze datum.',
};

/** Short explanation of the rule as a whole, for a legend or a footnote. */
export const STATUS_REGEL_UITLEG =
  'Een periode duurt zes maanden. Na elke maand moet een gemeente een zesde deel van haar gecorrigeerde taakstelling hebben gehuisvest. ' +
  'Na drie maanden is dat de helft. Wie dat haalt, is goed op schema. Wie hooguit één maand werk achterloopt, is enigszins achter op schema. ' +
  'Wie meer achterloopt, is achter op schema. De grens van één maand is onze eigen keuze: de oorspronkelijke site heeft die grens niet gepubliceerd.';

export interface StatusInvoer {
  /** Gecorrigeerde taakstelling (netto + achterstand). */
  readonly gecorrigeerd: number;
  /** Cumulative realisatie since the start of the periode; null/undefined when not known. */
  readonly realisatie: number | null | undefined;
  /** Whole months elapsed in the periode, 0–6. */
  readonly maanden: number;
}

export function bepaalStatus({ gecorrigeerd, realisatie, maanden }: StatusInvoer): MonitorStatus {
  if (!Number.isInteger(maanden) || maanden < 0 || maanden > MAANDEN_PER_PERIODE) {
    throw new RangeError(
      `bepaalStatus: het aantal maanden moet een geheel getal van 0 tot en met 6 zijn (gekregen: ${maanden}).`,
    );
  }
  if (gecorrigeerd <= 0) return 'gehaald';
  if (maanden === 0) return 'nieuw';
  if (realisatie === null || realisatie === undefined || Number.isNaN(realisatie)) return 'onbekend';
  if (realisatie >= gecorrigeerd) return 'gehaald';
  // realisatie ≥ m/6 × G  ⇔  6 × realisatie ≥ m × G (exact for integers)
  if (MAANDEN_PER_PERIODE * realisatie >= maanden * gecorrigeerd) return 'goed';
  const margeInMaanden = ENIGSZINS_ACHTER_MARGE * MAANDEN_PER_PERIODE;
  if (MAANDEN_PER_PERIODE * realisatie >= (maanden - margeInMaanden) * gecorrigeerd) return 'enigszins';
  return 'achter';
}

/** Share of the gecorrigeerde taakstelling realised, as a percentage (may exceed 100); null when gecorrigeerd ≤ 0 or realisatie unknown. */
export function percentageGerealiseerd(realisatie: number | null | undefined, gecorrigeerdeTaakstelling: number): number | null {
  if (realisatie === null || realisatie === undefined || gecorrigeerdeTaakstelling <= 0) return null;
  return (realisatie / gecorrigeerdeTaakstelling) * 100;
}

/** Percentage that is "on schedule" after m months: m/6 × 100 (16,7 %, 33,3 %, 50 % …). */
export function schemaPercentage(maanden: number): number {
  return (maanden / MAANDEN_PER_PERIODE) * 100;
}
