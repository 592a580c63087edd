/**
 * Monitor arithmetic for "Land in beeld": taakstelling, realisatie, status, pace and sums.
 * Pure TypeScript, no Astro imports; also runs under plain Node 22 (`npx node file.ts`).
 *
 * ## Quick start (pages and charts)
 *
 * ```ts
 * import { loadMonitor, STATUS_LABEL, periodeLabel, formatDatum } from '../lib/monitor/index.ts';
 * const monitor = loadMonitor();            // memoised; reads <cwd>/data once per build
 * const stand = monitor.laatsteSnapshot!;    // 2016-06-01, periode 2016-I, m = 5
 * stand.landelijk.realisatie;                // 13826 (sum of gemeenten, never stored)
 * stand.perProvincie.get('PV27');            // GroepStand for Noord-Holland
 * stand.gemeenten.get('GM0363')!.status;     // 'goed' | 'enigszins' | ...
 * STATUS_LABEL[stand.gemeenten.get('GM0363')!.status]; // "Goed op schema" …
 * monitor.reeksen.get('GM0363')!.perioden;   // every periode with standen + maandreeks (m = 0…6)
 * ```
 * `loadMonitor` throws `ValidatieFout` (with `.meldingen`) when a data file is wrong; the build
 * then stops with a Dutch list of every problem.
 *
 * ## Model (model.ts)
 * - `loadMonitor(root = process.cwd(), opties?: { vandaag?: 'YYYY-MM-DD' }): MonitorModel` memoised per root+today.
 *   Today defaults to env `OT_VANDAAG` (YYYY-MM-DD) or `datumVan()` (UTC, as the build); snapshots after today are rejected.
 * - `leesMonitor(root, opties?)`: same, not memoised. `wisMonitorCache()`: clear the memo.
 * - `snapshotOp(model, peildatum, periode?)`, `reeksVan(model, code)`, `provincieNaam(model, code)`.
 * - `MonitorModel`: `{ root, vandaag, provincies: Map<PV, Provincie>, indelingen: Map<'2015', Indeling>,
 *   gemeenten: Map<GM, Gemeente> (all indelingen), herindelingen, perioden: Map<'2015-II', PeriodeOverzicht>,
 *   snapshots: SnapshotOverzicht[] (by peildatum), reeksen: Map<GM, GemeenteReeks>, laatsteSnapshot }`.
 * - `PeriodeOverzicht`: `{ periode, label, indeling, taakstelling (file), begin: { landelijk, perProvincie }
 *   (m = 0), standen: SnapshotOverzicht[], eindstand (m = 6) | null, laatsteStand | null }`.
 * - `SnapshotOverzicht`: `{ bestand, peildatum, periode, indeling, maanden, bron, bronStatus
 *   ('illustratief' | 'officieel'), toelichting, landelijk: GroepStand, perProvincie: Map<PV, GroepStand>,
 *   gemeenten: Map<GM, GemeenteStand> }`.
 * - `GemeenteStand`: `{ code, naam, provincie, periode, peildatum, maanden, netto, achterstand, gecorrigeerd,
 *   realisatie, nareizigers, toename (growth in the month before; null if unknown), percentage (× 100, downloads),
 *   fractie (0…1, for display: pages format it, never divide by 100), schemaNorm,
 *   benodigdPerMaand, status, perHonderdduizend, bronStatus }`.
 * - `GemeenteReeks`: `{ gemeente, perioden: GemeentePeriode[], voorgangers, opvolgers }`;
 *   `GemeentePeriode`: `{ code, naam, provincie, periode, indeling, netto, achterstand, gecorrigeerd,
 *   inwoners, illustratief, standen, maandreeks: MaandPunt[7] ({ maanden, peildatum, realisatie | null,
 *   schemaNorm }), eindRealisatie, overdracht }`.
 * - `GroepStand` = `Aggregaat` + `{ maanden, status, schemaNorm, benodigdPerMaand, inwoners, perHonderdduizend }`.
 *
 * ## Pure functions
 * - periode.ts: `parsePeriode('2015-II') → { jaar, helft }`, `formatPeriode`, `isPeriodeId`,
 *   `vergelijkPerioden(a, b)`, `volgendePeriode`, `vorigePeriode`, `periodeStart` ('2015-07-01'),
 *   `periodeEinde` ('2015-12-31'), `periodeEindstand` ('2016-01-01'), `periodeVanDatum(datum)`,
 *   `maandenVerstreken(periode, peildatum)`, `peildatumPastBijPeriode`, `realisatieMaand(peildatum)`
 *   (stand 1 Aug → July), `verschuifMaanden`, `isIsoDatum`, `parseIsoDatum`, labels: `periodeLabel`
 *   ("tweede helft 2015"), `periodeBereikLabel`, `formatDatum` ("1 augustus 2015"), `maandLabel`
 *   ("augustus 2015"), `maandLabelKort` ("aug 2015"); `MAANDEN_PER_PERIODE` = 6.
 * - taakstelling.ts: `gecorrigeerd(netto, achterstand)`, `overdracht(gecorrigeerd, eindRealisatie)`,
 *   `verdeelProRata(total, weights): number[]` (largest remainder, sums exactly),
 *   `verdeelBegrensd(total, weights, min?, max?)`.
 * - status.ts: `bepaalStatus({ gecorrigeerd, realisatie, maanden }): MonitorStatus`,
 *   `ENIGSZINS_ACHTER_MARGE` (= 1/6, OUR choice), `STATUS_LABEL`, `STATUS_UITLEG`, `STATUS_REGEL_UITLEG`,
 *   `STATUS_VOLGORDE`, `percentageGerealiseerd(realisatie, gecorrigeerd)`, `schemaPercentage(m)`.
 * - tempo.ts: `benodigdPerMaand(gecorrigeerd, realisatie, m): number | null`, `schemaNorm(gecorrigeerd, m)`,
 *   `schemaLijn(gecorrigeerd): number[7]`, `resterendeMaanden(m)`, `perHonderdduizend(aantal, inwoners)`.
 * - aggregaat.ts: `aggregeer(rijen): Aggregaat`, `aggregeerPer(rijen, key)`, `combineerAggregaten(aggs)`,
 *   `aggregaatStatus(agg, m)`. `Aggregaat`: `{ aantalGemeenten, netto, achterstand, gecorrigeerd, realisatie,
 *   aantalMetGegevens, aantalZonderGegevens, saldo, beginAchterstand, beginVoorsprong, saldoAchterstand,
 *   saldoVoorsprong ({ aantal, som }), perStatus, percentage }`.
 * - herindeling.ts: `opvolger(h, code, na, totEnMet)`, `voorgangers(h, code, codesOud, na, totEnMet)`,
 *   `zetOverNaarIndeling(h, perCode, na, totEnMet)` (sums predecessors), `herindelingenVan(h, code)`,
 *   `indelingDatum('2016') → '2016-01-01'`.
 * - Validation is not here: the data pipeline (src/lib/validatie/data.ts, schemas in src/schemas/data/)
 *   checks every file and the rules across files; `loadMonitor` builds from what it returns.
 *
 * ## Land in beeld of today (src/lib/land-in-beeld/)
 * The pages render one view model, `bouwLandInBeeld({ monitor, data, vandaag })` (viewmodel.ts), built once per
 * build by `landInBeeld()` in src/data/monitor.ts: the national series with a source per figure
 * (data/landelijke-reeks.json), computed shares per gemeente (aandeel.ts, largest remainder over CBS 1-1-2024),
 * public reports, vrijstellingen, toezicht and uitruil (laden.ts validates them with src/schemas/data/*), and the
 * monthly series of the example data 2015–2016 with a projection (maandreeks.ts).
 *
 * ## Data files (see data/bronnen-data.md)
 * data/taakstelling/<periode>.json, data/monitor/<YYYY-MM>.json, data/herindelingen.json,
 * data/gemeenten/<jaar>.json, data/provincies.json, data/inwoners/<jaar>.json.
 * All 2015/2016 per-gemeente figures are ILLUSTRATIVE (`illustratief: true`, `status: "illustratief"`):
 * show that on every page that uses them.
 */

export * from './periode.ts';
export * from './taakstelling.ts';
export * from './status.ts';
export * from './tempo.ts';
export * from './aggregaat.ts';
export * from './herindeling.ts';
export type * from './types.ts';
export * from './model.ts';
