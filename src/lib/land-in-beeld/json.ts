/** JSON downloads: the same figures as the CSV, with the snapshot's metadata. */
import type { GemeenteReeks, GemeenteStand, GroepStand, SnapshotOverzicht } from '../monitor/index.ts';
import type { GemeenteVM, ReeksRegelVM } from './viewmodel.ts';

const groep = (g: GroepStand) => ({
  aantalGemeenten: g.aantalGemeenten,
  netto: g.netto,
  achterstandBegin: g.achterstand,
  gecorrigeerd: g.gecorrigeerd,
  realisatie: g.realisatie,
  percentage: g.percentage,
  status: g.status,
  benodigdPerMaand: g.benodigdPerMaand,
  gemeentenMetAchterstand: g.saldoAchterstand,
  gemeentenMetVoorsprong: g.saldoVoorsprong,
  perStatus: g.perStatus,
});

const gemeente = (g: GemeenteStand) => ({
  code: g.code,
  naam: g.naam,
  provincie: g.provincie,
  periode: g.periode,
  peildatum: g.peildatum,
  maanden: g.maanden,
  netto: g.netto,
  achterstandBegin: g.achterstand,
  gecorrigeerd: g.gecorrigeerd,
  realisatie: g.realisatie,
  percentage: g.percentage,
  status: g.status,
  gegevens: g.bronStatus,
});

export function snapshotJson(s: SnapshotOverzicht): string {
  return JSON.stringify(
    {
      peildatum: s.peildatum,
      periode: s.periode,
      indeling: s.indeling,
      maanden: s.maanden,
      bron: s.bron,
      gegevens: s.bronStatus,
      toelichting: s.toelichting,
      landelijk: groep(s.landelijk),
      provincies: Object.fromEntries([...s.perProvincie.entries()].map(([k, v]) => [k, groep(v)])),
      gemeenten: [...s.gemeenten.values()].map(gemeente),
    },
    null,
    1,
  );
}

function gemeenteJson(r: GemeenteReeks): string {
  return JSON.stringify(
    {
      code: r.gemeente.code,
      naam: r.gemeente.naam,
      provincie: r.gemeente.provincie,
      voorgangers: r.voorgangers,
      opvolgers: r.opvolgers,
      perioden: r.perioden.map((p) => ({
        periode: p.periode,
        indeling: p.indeling,
        netto: p.netto,
        achterstandBegin: p.achterstand,
        gecorrigeerd: p.gecorrigeerd,
        inwoners: p.inwoners,
        gegevens: p.illustratief ? 'illustratief' : 'officieel',
        eindRealisatie: p.eindRealisatie,
        overdracht: p.overdracht,
        standen: p.standen.map(gemeente),
      })),
    },
    null,
    1,
  );
}

const berekend = (g: GemeenteVM) =>
  g.aandelen.map((a) => ({
    periode: a.periode,
    landelijk: a.landelijk?.aantal ?? null,
    aandeel: a.aandeel,
    gegevens: a.aandeel === null ? 'onbekend' : 'berekend (indicatie)',
    inwoners: g.inwoners2024,
    inwonersPeildatum: '2024-01-01',
  }));

/** JSON of one gemeente: computed shares (current indeling) and the example stands 2015–2016. */
export function gemeenteDownloadJson(r: GemeenteReeks | null, g: GemeenteVM): string {
  const basis = r ? (JSON.parse(gemeenteJson(r)) as Record<string, unknown>) : { code: g.code, naam: g.naam, perioden: [] };
  return JSON.stringify({ ...basis, berekend: berekend(g), meldingen: g.meldingen }, null, 1);
}

/** JSON of one provincie: its gemeenten only. */
export function provincieJson(code: string, naam: string, gemeenten: readonly GemeenteVM[]): string {
  return JSON.stringify(
    {
      provincie: code,
      naam,
      toelichting:
        'Berekend (indicatie): het landelijke getal verdeeld naar inwoners op 1 januari 2024 (CBS), met de methode van de grootste restwaarde.',
      gemeenten: gemeenten.map((g) => ({ code: g.code, naam: g.naam, inwoners: g.inwoners2024, berekend: berekend(g) })),
    },
    null,
    1,
  );
}

export function reeksJson(regels: readonly ReeksRegelVM[]): string {
  return JSON.stringify(
    regels.map(({ huidig: _h, ...r }) => r),
    null,
    1,
  );
}
