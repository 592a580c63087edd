/**
 * Half-year periods of the taakstelling and the dates around them.
 *
 * A periode is written `YYYY-I` (1 January – 30 June) or `YYYY-II` (1 July – 31 December).
 * Dates are ISO strings `YYYY-MM-DD` everywhere (no Date objects in the model, so there are
 * no time-zone surprises). Realisatie is reported as the stand on the first day of a month;
 * the stand on the first day after the periode (1 July or 1 January) is the final one.
 */

import { formatDatum as formatDatumNl, formatMaand } from '../format.ts';

type Helft = 'I' | 'II';

export interface Periode {
  readonly jaar: number;
  readonly helft: Helft;
}

/** `YYYY-MM-DD`. */
export type IsoDatum = string;

/** Number of whole months in one periode. */
export const MAANDEN_PER_PERIODE = 6;

const PERIODE_RE = /^(\d{4})-(I|II)$/;
const DATUM_RE = /^(\d{4})-(\d{2})-(\d{2})$/;

export function isPeriodeId(value: unknown): value is string {
  return typeof value === 'string' && PERIODE_RE.test(value);
}

/** Parses `2015-II`. Throws a RangeError (Dutch message) for anything else. */
export function parsePeriode(id: string): Periode {
  const match = PERIODE_RE.exec(id);
  if (!match) {
    throw new RangeError(`"${id}" is geen geldige periode; verwacht bijvoorbeeld "2015-I" of "2015-II".`);
  }
  return { jaar: Number(match[1]), helft: match[2] as Helft };
}

function toPeriode(p: Periode | string): Periode {
  return typeof p === 'string' ? parsePeriode(p) : p;
}

export function formatPeriode(p: Periode | string): string {
  const { jaar, helft } = toPeriode(p);
  return `${jaar}-${helft}`;
}

/** Negative when a is earlier than b, 0 when equal, positive when later. */
export function vergelijkPerioden(a: Periode | string, b: Periode | string): number {
  return periodeIndex(toPeriode(a)) - periodeIndex(toPeriode(b));
}

function periodeIndex(p: Periode): number {
  return p.jaar * 2 + (p.helft === 'I' ? 0 : 1);
}

function periodeVanIndex(index: number): string {
  const jaar = Math.floor(index / 2);
  return `${jaar}-${index % 2 === 0 ? 'I' : 'II'}`;
}

export function volgendePeriode(p: Periode | string): string {
  return periodeVanIndex(periodeIndex(toPeriode(p)) + 1);
}

export function vorigePeriode(p: Periode | string): string {
  return periodeVanIndex(periodeIndex(toPeriode(p)) - 1);
}

/** First day of the periode: `2015-07-01` for 2015-II. */
export function periodeStart(p: Periode | string): IsoDatum {
  const { jaar, helft } = toPeriode(p);
  return `${jaar}-${helft === 'I' ? '01' : '07'}-01`;
}

/** Last day of the periode: `2015-12-31` for 2015-II. */
export function periodeEinde(p: Periode | string): IsoDatum {
  const { jaar, helft } = toPeriode(p);
  return helft === 'I' ? `${jaar}-06-30` : `${jaar}-12-31`;
}

/** First day after the periode, the peildatum of the final realisatie: `2016-01-01` for 2015-II. */
export function periodeEindstand(p: Periode | string): IsoDatum {
  return periodeStart(volgendePeriode(p));
}

/** The periode that contains the given date. */
export function periodeVanDatum(datum: IsoDatum): string {
  const { jaar, maand } = parseIsoDatum(datum);
  return `${jaar}-${maand <= 6 ? 'I' : 'II'}`;
}

export interface DatumDelen {
  readonly jaar: number;
  /** 1–12 */
  readonly maand: number;
  readonly dag: number;
}

/** True for a real calendar date written `YYYY-MM-DD`. */
export function isIsoDatum(value: unknown): value is IsoDatum {
  if (typeof value !== 'string') return false;
  const match = DATUM_RE.exec(value);
  if (!match) return false;
  const jaar = Number(match[1]);
  const maand = Number(match[2]);
  const dag = Number(match[3]);
  if (maand < 1 || maand > 12 || dag < 1) return false;
  return dag <= new Date(Date.UTC(jaar, maand, 0)).getUTCDate();
}

export function parseIsoDatum(datum: IsoDatum): DatumDelen {
  if (!isIsoDatum(datum)) {
    throw new RangeError(`"${datum}" is geen geldige datum; verwacht JJJJ-MM-DD, bijvoorbeeld "2015-08-01".`);
  }
  const [jaar, maand, dag] = datum.split('-').map(Number) as [number, number, number];
  return { jaar, maand, dag };
}

/** `YYYY-MM-01` of the month `delta` months after the month of `datum`. */
export function verschuifMaanden(datum: IsoDatum, delta: number): IsoDatum {
  const { jaar, maand } = parseIsoDatum(datum);
  const index = jaar * 12 + (maand - 1) + delta;
  const nieuwJaar = Math.floor(index / 12);
  const nieuweMaand = (index % 12) + 1;
  return `${String(nieuwJaar).padStart(4, '0')}-${String(nieuweMaand).padStart(2, '0')}-01`;
}

/**
 * Whole months elapsed between the start of the periode and the peildatum.
 * 2015-II with peildatum 2015-08-01 gives 1; 2016-01-01 gives 6. A peildatum that is not the
 * first of a month counts only the whole months (2015-08-15 gives 1). The result can be
 * negative or above 6 for a peildatum outside the periode: check with `peildatumPastBijPeriode`.
 */
export function maandenVerstreken(p: Periode | string, peildatum: IsoDatum): number {
  const start = parseIsoDatum(periodeStart(p));
  const { jaar, maand } = parseIsoDatum(peildatum);
  return (jaar - start.jaar) * 12 + (maand - start.maand);
}

/** A snapshot peildatum fits a periode when it is the 1st of a month, after the start and at most the first day after the end. */
export function peildatumPastBijPeriode(p: Periode | string, peildatum: IsoDatum): boolean {
  if (!isIsoDatum(peildatum) || parseIsoDatum(peildatum).dag !== 1) return false;
  const m = maandenVerstreken(p, peildatum);
  return m >= 1 && m <= MAANDEN_PER_PERIODE;
}

/**
 * The month in which the growth up to this stand was realised: the stand on 1 August
 * covers July, so `realisatieMaand('2015-08-01')` is `2015-07-01`.
 */
export function realisatieMaand(peildatum: IsoDatum): IsoDatum {
  return verschuifMaanden(peildatum, -1);
}

function utc(datum: IsoDatum): Date {
  const { jaar, maand, dag } = parseIsoDatum(datum);
  return new Date(Date.UTC(jaar, maand - 1, dag));
}

const MAAND_KORT_FORMAT = new Intl.DateTimeFormat('nl-NL', { month: 'short', year: 'numeric', timeZone: 'UTC' });

/** `1 augustus 2015` */
export function formatDatum(datum: IsoDatum): string {
  return formatDatumNl(datum);
}

/** `augustus 2015` */
export function maandLabel(datum: IsoDatum): string {
  return formatMaand(datum);
}

/** `aug 2015` (Intl nl-NL short month) */
export function maandLabelKort(datum: IsoDatum): string {
  return MAAND_KORT_FORMAT.format(utc(datum));
}

/** `eerste helft 2016`, `tweede helft 2015` */
export function periodeLabel(p: Periode | string): string {
  const { jaar, helft } = toPeriode(p);
  return `${helft === 'I' ? 'eerste' : 'tweede'} helft ${jaar}`;
}

/** `1 juli tot en met 31 december 2015` */
export function periodeBereikLabel(p: Periode | string): string {
  const { jaar, helft } = toPeriode(p);
  return helft === 'I' ? `1 januari tot en met 30 juni ${jaar}` : `1 juli tot en met 31 december ${jaar}`;
}
