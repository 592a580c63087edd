/**
 * Sums over gemeenten. Provincie and national figures are ALWAYS derived with these
 * functions from gemeente rows; they are never stored.
 */

import { STATUS_VOLGORDE, bepaalStatus, type MonitorStatus } from './status.ts';

/** A count of gemeenten and the sum of their values. */
interface Telling {
  readonly aantal: number;
  readonly som: number;
}

/** One gemeente at one moment, as input for an aggregate. */
export interface AggregaatInvoer {
  readonly netto: number;
  /** Achterstand at the start of the periode (negative = voorsprong). */
  readonly achterstand: number;
  readonly gecorrigeerd: number;
  /** Cumulative realisatie at the peildatum; null when unknown (or at the start of the periode). */
  readonly realisatie: number | null;
  readonly status: MonitorStatus;
}

export interface Aggregaat {
  readonly aantalGemeenten: number;
  readonly netto: number;
  readonly achterstand: number;
  readonly gecorrigeerd: number;
  /** Sum of the known realisatie. */
  readonly realisatie: number;
  readonly aantalMetGegevens: number;
  readonly aantalZonderGegevens: number;
  /**
   * gecorrigeerd − realisatie over all gemeenten: what is still open. At the final stand of a
   * periode this is the achterstand carried into the next periode. null when a gemeente has no data.
   */
  readonly saldo: number | null;
  /** Gemeenten that started the periode with an achterstand (> 0), and its sum. */
  readonly beginAchterstand: Telling;
  /** Gemeenten that started the periode with a voorsprong (achterstand < 0), and its (negative) sum. */
  readonly beginVoorsprong: Telling;
  /** Gemeenten with gecorrigeerd − realisatie > 0 at the peildatum (only those with data), and that sum. */
  readonly saldoAchterstand: Telling;
  /** Gemeenten with gecorrigeerd − realisatie < 0 at the peildatum, and that (negative) sum. */
  readonly saldoVoorsprong: Telling;
  readonly perStatus: Readonly<Record<MonitorStatus, number>>;
  /** realisatie / gecorrigeerd × 100 when every gemeente has data and gecorrigeerd > 0, else null. */
  readonly percentage: number | null;
  /** realisatie / gecorrigeerd as a fraction (0.45 = 45%), for display; null like `percentage`. */
  readonly fractie: number | null;
}

function legeStatusTelling(): Record<MonitorStatus, number> {
  return Object.fromEntries(STATUS_VOLGORDE.map((s) => [s, 0])) as Record<MonitorStatus, number>;
}

function plus(t: Telling, waarde: number): Telling {
  return { aantal: t.aantal + 1, som: t.som + waarde };
}

export function aggregeer(rijen: Iterable<AggregaatInvoer>): Aggregaat {
  let aantalGemeenten = 0;
  let netto = 0;
  let achterstand = 0;
  let gecorrigeerd = 0;
  let realisatie = 0;
  let aantalMetGegevens = 0;
  let gecorrigeerdMetGegevens = 0;
  let beginAchterstand: Telling = { aantal: 0, som: 0 };
  let beginVoorsprong: Telling = { aantal: 0, som: 0 };
  let saldoAchterstand: Telling = { aantal: 0, som: 0 };
  let saldoVoorsprong: Telling = { aantal: 0, som: 0 };
  const perStatus = legeStatusTelling();

  for (const r of rijen) {
    aantalGemeenten += 1;
    netto += r.netto;
    achterstand += r.achterstand;
    gecorrigeerd += r.gecorrigeerd;
    perStatus[r.status] += 1;
    if (r.achterstand > 0) beginAchterstand = plus(beginAchterstand, r.achterstand);
    if (r.achterstand < 0) beginVoorsprong = plus(beginVoorsprong, r.achterstand);
    if (r.realisatie !== null) {
      aantalMetGegevens += 1;
      realisatie += r.realisatie;
      gecorrigeerdMetGegevens += r.gecorrigeerd;
      const saldo = r.gecorrigeerd - r.realisatie;
      if (saldo > 0) saldoAchterstand = plus(saldoAchterstand, saldo);
      if (saldo < 0) saldoVoorsprong = plus(saldoVoorsprong, saldo);
    }
  }
  const compleet = aantalMetGegevens === aantalGemeenten && aantalGemeenten > 0;
  return {
    aantalGemeenten,
    netto,
    achterstand,
    gecorrigeerd,
    realisatie,
    aantalMetGegevens,
    aantalZonderGegevens: aantalGemeenten - aantalMetGegevens,
    saldo: compleet ? gecorrigeerdMetGegevens - realisatie : null,
    beginAchterstand,
    beginVoorsprong,
    saldoAchterstand,
    saldoVoorsprong,
    perStatus,
    percentage: compleet && gecorrigeerd > 0 ? (realisatie / gecorrigeerd) * 100 : null,
    fractie: compleet && gecorrigeerd > 0 ? realisatie / gecorrigeerd : null,
  };
}

/** Aggregates per key (e.g. provincie code). Keys appear in first-seen order. */
export function aggregeerPer<T extends AggregaatInvoer>(rijen: Iterable<T>, sleutel: (rij: T) => string): Map<string, Aggregaat> {
  const groepen = new Map<string, T[]>();
  for (const r of rijen) {
    const k = sleutel(r);
    const groep = groepen.get(k);
    if (groep) groep.push(r);
    else groepen.set(k, [r]);
  }
  return new Map([...groepen].map(([k, g]) => [k, aggregeer(g)]));
}

/** Adds aggregates of disjoint groups (e.g. all provincies → national). */
export function combineerAggregaten(delen: Iterable<Aggregaat>): Aggregaat {
  const lijst = [...delen];
  const som = (f: (a: Aggregaat) => number) => lijst.reduce((t, a) => t + f(a), 0);
  const telling = (f: (a: Aggregaat) => Telling): Telling => ({ aantal: som((a) => f(a).aantal), som: som((a) => f(a).som) });
  const perStatus = legeStatusTelling();
  for (const a of lijst) for (const s of STATUS_VOLGORDE) perStatus[s] += a.perStatus[s];
  const aantalGemeenten = som((a) => a.aantalGemeenten);
  const aantalMetGegevens = som((a) => a.aantalMetGegevens);
  const gecorrigeerd = som((a) => a.gecorrigeerd);
  const realisatie = som((a) => a.realisatie);
  const compleet = aantalMetGegevens === aantalGemeenten && aantalGemeenten > 0;
  return {
    aantalGemeenten,
    netto: som((a) => a.netto),
    achterstand: som((a) => a.achterstand),
    gecorrigeerd,
    realisatie,
    aantalMetGegevens,
    aantalZonderGegevens: aantalGemeenten - aantalMetGegevens,
    saldo: compleet ? gecorrigeerd - realisatie : null,
    beginAchterstand: telling((a) => a.beginAchterstand),
    beginVoorsprong: telling((a) => a.beginVoorsprong),
    saldoAchterstand: telling((a) => a.saldoAchterstand),
    saldoVoorsprong: telling((a) => a.saldoVoorsprong),
    perStatus,
    percentage: compleet && gecorrigeerd > 0 ? (realisatie / gecorrigeerd) * 100 : null,
    fractie: compleet && gecorrigeerd > 0 ? realisatie / gecorrigeerd : null,
  };
}

/**
 * Status of a whole group (provincie, national), using the same rule as for one gemeente on
 * the summed gecorrigeerde taakstelling and realisatie. 'onbekend' when a gemeente lacks data.
 */
export function aggregaatStatus(aggregaat: Aggregaat, maanden: number): MonitorStatus {
  const compleet = aggregaat.aantalZonderGegevens === 0;
  return bepaalStatus({
    gecorrigeerd: aggregaat.gecorrigeerd,
    realisatie: compleet ? aggregaat.realisatie : null,
    maanden,
  });
}
