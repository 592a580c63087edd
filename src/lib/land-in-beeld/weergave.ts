/**
 * Pure adapters from the monitor model to what pages and charts show: monthly values,
 * sort orders and the per-periode overview. No Astro, no formatting of HTML.
 */
import {
  MAANDEN_PER_PERIODE,
  periodeStart,
  STATUS_VOLGORDE,
  verschuifMaanden,
  type MonitorModel,
  type MonitorStatus,
  type SnapshotOverzicht,
} from '../monitor/index.ts';

export interface MaandWaarde {
  /** 'YYYY-MM': the month in which people were housed. */
  month: string;
  /** Housed in that month; null when not known (no stand at the start or end of that month). */
  realisatie: number | null;
}

/**
 * The six months of a periode with the number housed in each month, from cumulative stands
 * (stand on the 1st). Month k runs from stand k−1 to stand k; stand 0 is 0 by definition.
 */
export function maandWaarden(periode: string, standen: readonly { maanden: number; realisatie: number | null }[]): MaandWaarde[] {
  const perM = new Map<number, number | null>([[0, 0]]);
  for (const s of standen) perM.set(s.maanden, s.realisatie);
  const start = periodeStart(periode);
  return Array.from({ length: MAANDEN_PER_PERIODE }, (_, i) => {
    const voor = perM.get(i);
    const na = perM.get(i + 1);
    const waarde = voor === undefined || voor === null || na === undefined || na === null ? null : na - voor;
    return { month: verschuifMaanden(start, i).slice(0, 7), realisatie: waarde };
  });
}

/** Cumulative stands per month m = 1…6 (null when unknown), for tables. */
export function cumulatiefPerMaand(standen: readonly { maanden: number; realisatie: number | null }[]): (number | null)[] {
  const perM = new Map(standen.map((s) => [s.maanden, s.realisatie]));
  return Array.from({ length: MAANDEN_PER_PERIODE }, (_, i) => perM.get(i + 1) ?? null);
}

const RANG = new Map<MonitorStatus, number>(STATUS_VOLGORDE.map((s, i) => [s, i]));

/** Sort by status (worst first: achter, enigszins, goed, gehaald, then nieuw, onbekend), then by percentage ascending, then name. */
export function sorteerOpStatus<T extends { status: MonitorStatus; percentage: number | null; naam: string }>(rijen: readonly T[]): T[] {
  const ernst: Record<MonitorStatus, number> = { achter: 0, enigszins: 1, goed: 2, gehaald: 3, nieuw: 4, onbekend: 5 };
  return [...rijen].sort(
    (a, b) =>
      ernst[a.status] - ernst[b.status] ||
      (a.percentage ?? Infinity) - (b.percentage ?? Infinity) ||
      a.naam.localeCompare(b.naam, 'nl'),
  );
}

export function statusRang(s: MonitorStatus): number {
  return RANG.get(s) ?? 99;
}

export interface PeriodeRegel {
  periode: string;
  label: string;
  /** Achterstand at the start (negative = voorsprong), summed. */
  achterstandBegin: number;
  netto: number;
  gecorrigeerd: number;
  /** Latest known cumulative realisatie up to the reference date, summed. */
  realisatie: number | null;
  /** Stand date of that realisatie. */
  peildatum: string | null;
  /** true when that stand is the end of the periode (m = 6). */
  afgerond: boolean;
  /** gecorrigeerd − realisatie at that stand: achterstand (> 0) or voorsprong (< 0). */
  saldo: number | null;
  achter: { aantal: number; som: number } | null;
  voor: { aantal: number; som: number } | null;
  aantalGemeenten: number;
}

/**
 * Every periode up to a reference stand, nationally or for one provincie: what the progress
 * letter's Figure 1 shows (achterstand at the start, taakstelling, realisatie, what carries over).
 */
export function periodeVerloop(model: MonitorModel, tot: SnapshotOverzicht, provincie?: string): PeriodeRegel[] {
  const regels: PeriodeRegel[] = [];
  for (const p of model.perioden.values()) {
    if (periodeStart(p.periode) > tot.peildatum) continue;
    const begin = provincie ? p.begin.perProvincie.get(provincie) : p.begin.landelijk;
    if (!begin) continue;
    const stand = [...p.standen].filter((s) => s.peildatum <= tot.peildatum).pop() ?? null;
    const groep = stand ? (provincie ? stand.perProvincie.get(provincie) : stand.landelijk) : undefined;
    regels.push({
      periode: p.periode,
      label: p.label,
      achterstandBegin: begin.achterstand,
      netto: begin.netto,
      gecorrigeerd: begin.gecorrigeerd,
      realisatie: groep ? groep.realisatie : null,
      peildatum: stand?.peildatum ?? null,
      afgerond: stand?.maanden === MAANDEN_PER_PERIODE,
      saldo: groep?.saldo ?? null,
      achter: groep ? groep.saldoAchterstand : null,
      voor: groep ? groep.saldoVoorsprong : null,
      aantalGemeenten: begin.aantalGemeenten,
    });
  }
  return regels;
}

/** The stand one month before, in the same periode, if it exists. */
export function vorigeStand(model: MonitorModel, s: SnapshotOverzicht): SnapshotOverzicht | undefined {
  const vorige = verschuifMaanden(s.peildatum, -1);
  return model.snapshots.find((x) => x.peildatum === vorige && x.periode === s.periode);
}

/** 'YYYY-MM' key of a snapshot, used in archive URLs. */
export function maandSleutel(s: { peildatum: string }): string {
  return s.peildatum.slice(0, 7);
}
