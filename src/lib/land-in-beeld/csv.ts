/**
 * CSV downloads that open correctly in Excel with Dutch settings: separator `;`,
 * UTF-8 with a byte order mark, CRLF line ends, decimal comma, no thousands separator.
 */
import type { GemeenteReeks, GemeenteStand, SnapshotOverzicht } from '../monitor/index.ts';
import { STATUS_LABEL } from '../monitor/index.ts';

export const CSV_SCHEIDINGSTEKEN = ';';
const BOM = '\uFEFF';

function veld(v: string | number | null | undefined): string {
  if (v === null || v === undefined) return '';
  const s = typeof v === 'number' ? (Number.isInteger(v) ? String(v) : v.toFixed(1).replace('.', ',')) : v;
  return /[;"\r\n]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s;
}

export function naarCsv(kop: readonly string[], rijen: readonly (readonly (string | number | null | undefined)[])[]): string {
  return BOM + [kop, ...rijen].map((r) => r.map(veld).join(CSV_SCHEIDINGSTEKEN)).join('\r\n') + '\r\n';
}

export const SNAPSHOT_KOLOMMEN = [
  'gemeentecode',
  'gemeente',
  'provincie',
  'periode',
  'peildatum',
  'maanden_verstreken',
  'taakstelling_netto',
  'achterstand_begin',
  'taakstelling_gecorrigeerd',
  'realisatie',
  'percentage',
  'status',
  'gegevens',
] as const;

/** One row of the CSV for one gemeente at one stand (same columns for both downloads). */
function standRij(g: GemeenteStand, provincieNaam: (code: string) => string): (string | number | null)[] {
  return [
    g.code,
    g.naam,
    provincieNaam(g.provincie),
    g.periode,
    g.peildatum,
    g.maanden,
    g.netto,
    g.achterstand,
    g.gecorrigeerd,
    g.realisatie,
    g.percentage,
    STATUS_LABEL[g.status],
    g.bronStatus,
  ];
}

export function snapshotCsv(s: SnapshotOverzicht, provincieNaam: (code: string) => string): string {
  return naarCsv(SNAPSHOT_KOLOMMEN, [...s.gemeenten.values()].map((g) => standRij(g, provincieNaam)));
}

export function gemeenteCsv(r: GemeenteReeks, provincieNaam: (code: string) => string): string {
  return naarCsv(SNAPSHOT_KOLOMMEN, r.perioden.flatMap((p) => p.standen.map((g) => standRij(g, provincieNaam))));
}
