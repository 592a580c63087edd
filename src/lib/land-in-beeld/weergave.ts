/**
 * Pure adapters from the monitor model to what pages and charts show: monthly values,
 * sort orders and the per-periode overview. No Astro, no formatting of HTML.
 */
import {
  MAANDEN_PER_PERIODE,
  periodeStart,
  type MonitorModel,
  type MonitorStatus,
  type SnapshotOverzicht,
} from '../monitor/index.ts';

/** Sort by status (worst first: achter, enigszins, goed, gehaald, then nieuw, onbekend), then by percentage ascending, then name. */
export function sorteerOpStatus<T extends { status: MonitorStatus; percentage: number | null; naam: string }>(
  rijen: readonly T[],
): T[] {
  const ernst: Record<MonitorStatus, number> = { achter: 0, enigszins: 1, goed: 2, gehaald: 3, nieuw: 4, onbekend: 5 };
  return [...rijen].sort(
    (a, b) =>
      ernst[a.status] - ernst[b.status] ||
      (a.percentage ?? Infinity) - (b.percentage ?? Infinity) ||
      a.naam.localeCompare(b.naam, 'nl'),
  );
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

/** 'YYYY-MM' key of a snapshot, used in archive URLs. */
export function maandSleutel(s: { peildatum: string }): string {
  return s.peildatum.slice(0, 7);
}
