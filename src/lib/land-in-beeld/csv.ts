/**
 * CSV downloads that open correctly in Excel with Dutch settings: separator `;`,
 * UTF-8 with a byte order mark, CRLF line ends, decimal comma, no thousands separator, and
 * text cells that could be read as a formula neutralised (csvCel).
 */
import type { GemeenteReeks, GemeenteStand, SnapshotOverzicht } from '../monitor/index.ts';
import { STATUS_LABEL } from '../monitor/index.ts';
import type { AandeelVM, CijferVM, GemeenteVM, ReeksRegelVM } from './viewmodel.ts';

const CSV_SCHEIDINGSTEKEN = ';';
const BOM = '\uFEFF';

/** A text cell a spreadsheet would read as a formula (OWASP, "CSV Injection"). */
const FORMULE = /^[=+\-@\t\r]/;

/**
 * One cell. Numbers are written as numbers (a negative number stays a number); a text that
 * starts with = + - @, a tab or a carriage return gets a leading single quote and is quoted,
 * so Excel, LibreOffice and Google Sheets show it as text and never run it.
 */
export function csvCel(v: string | number | null | undefined): string {
  if (v === null || v === undefined) return '';
  if (typeof v === 'number') return Number.isInteger(v) ? String(v) : v.toFixed(1).replace('.', ',');
  if (FORMULE.test(v)) return `"'${v.replace(/"/g, '""')}"`;
  return /[;"\r\n]/.test(v) ? `"${v.replace(/"/g, '""')}"` : v;
}

export function naarCsv(kop: readonly string[], rijen: readonly (readonly (string | number | null | undefined)[])[]): string {
  return BOM + [kop, ...rijen].map((r) => r.map(csvCel).join(CSV_SCHEIDINGSTEKEN)).join('\r\n') + '\r\n';
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
  return naarCsv(
    SNAPSHOT_KOLOMMEN,
    [...s.gemeenten.values()].map((g) => standRij(g, provincieNaam)),
  );
}

// ---------------------------------------------------------------------------------------------
// Computed shares (berekend, indicatie) and the national series.

const BEREKEND = 'berekend (indicatie)';

/** Rows of computed shares for one gemeente, in the snapshot columns (gegevens = "berekend (indicatie)"). */
function berekendRijen(g: GemeenteVM, provincieNaam: (code: string) => string): (string | number | null)[][] {
  return g.aandelen.map((a: AandeelVM) => [
    g.code,
    g.naam,
    provincieNaam(g.provincie),
    a.periode,
    null,
    null,
    a.aandeel,
    null,
    null,
    null,
    null,
    null,
    a.aandeel === null ? 'onbekend' : BEREKEND,
  ]);
}

/** The CSV of one gemeente: computed shares (current indeling) first, then the example stands 2015–2016. */
export function gemeenteDownloadCsv(r: GemeenteReeks | null, g: GemeenteVM, provincieNaam: (code: string) => string): string {
  const voorbeeld = r ? r.perioden.flatMap((p) => p.standen.map((s) => standRij(s, provincieNaam))) : [];
  return naarCsv(SNAPSHOT_KOLOMMEN, [...berekendRijen(g, provincieNaam), ...voorbeeld]);
}

export const PROVINCIE_KOLOMMEN = [
  'gemeentecode',
  'gemeente',
  'provincie',
  'periode',
  'inwoners_1_januari_2024',
  'landelijke_taakstelling_netto',
  'berekend_deel',
  'gegevens',
] as const;

/** The CSV of one provincie: its gemeenten only, one row per gemeente and period. */
export function provincieCsv(gemeenten: readonly GemeenteVM[], provincieNaam: string): string {
  return naarCsv(
    PROVINCIE_KOLOMMEN,
    gemeenten.flatMap((g) =>
      g.aandelen.map((a) => [
        g.code,
        g.naam,
        provincieNaam,
        a.periode,
        g.inwoners2024,
        a.landelijk?.aantal ?? null,
        a.aandeel,
        a.aandeel === null ? 'onbekend' : BEREKEND,
      ]),
    ),
  );
}

export const REEKS_KOLOMMEN = ['periode', 'soort', 'aantal', 'benadering', 'peildatum', 'bron', 'bron_url', 'zekerheid'] as const;

/** The national series, one row per known figure (unknown figures have no row but a row "onbekend"). */
export function reeksCsv(regels: readonly ReeksRegelVM[]): string {
  const velden = ['prognose', 'vastgesteld', 'bijgesteld', 'achterstandBegin', 'opgave', 'realisatie'] as const;
  return naarCsv(
    REEKS_KOLOMMEN,
    regels.flatMap((r) =>
      velden.map((v) => {
        const c = r[v] as CijferVM | null;
        return [
          r.periode,
          v,
          c?.aantal ?? null,
          c ? c.tekst.replace(/[\d.−-]+$/, '').trim() || null : null,
          c?.peildatum ?? null,
          c?.bron.label ?? 'onbekend',
          c?.bron.url ?? null,
          r.zekerheid,
        ];
      }),
    ),
  );
}
