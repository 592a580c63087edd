/** JSON downloads: the same figures as the CSV, with the snapshot's metadata. */
import type { GemeenteReeks, GemeenteStand, GroepStand, SnapshotOverzicht } from '../monitor/index.ts';

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

export function gemeenteJson(r: GemeenteReeks): string {
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
