/**
 * Gets the monitor data of a project root from the validation pipeline (src/lib/validatie/data.ts) and derives
 * the typed model the pages and charts use. Provincie and national figures are computed here
 * from the gemeente rows; they are never read from a file.
 */

import { resolve } from 'node:path';

import { aggregaatStatus, aggregeer, type Aggregaat, type AggregaatInvoer } from './aggregaat.ts';
import { herindelingenVan, type Herindeling } from './herindeling.ts';
import { MAANDEN_PER_PERIODE, isIsoDatum, periodeLabel, periodeStart, verschuifMaanden, type IsoDatum } from './periode.ts';
import { bepaalStatus, percentageGerealiseerd, type MonitorStatus } from './status.ts';
import { overdracht } from './taakstelling.ts';
import { benodigdPerMaand, perHonderdduizend, schemaNorm } from './tempo.ts';
import type { Indeling, Provincie, SnapshotBestand, SnapshotStatus, TaakstellingBestand } from './types.ts';
import { valideerData, type GevalideerdeMonitorData } from '../validatie/data.ts';
import { ValidatieFout } from '../validatie/melding.ts';
import { datumVan } from '../../schemas/context.ts';

export interface MonitorOpties {
  /**
   * "Today" for the check that no snapshot lies in the future. Default: the environment
   * variable `OT_VANDAAG` (YYYY-MM-DD) if set, otherwise today as everywhere else (`datumVan()`, UTC).
   */
  readonly vandaag?: IsoDatum;
}

/** A gemeente code across all indelingen it appears in. */
export interface Gemeente {
  readonly code: string;
  /** Name in the most recent indeling that has this code. */
  readonly naam: string;
  readonly provincie: string;
  /** Indeling ids that contain this code, oldest first, e.g. `['2015', '2016', '2026']`. */
  readonly indelingen: readonly string[];
  /** Inwoners on 1 January per year where known, e.g. `{ '2016': 12001 }`. */
  readonly inwoners: Readonly<Record<string, number>>;
}

/** One gemeente at one snapshot (peildatum) of a periode. */
export interface GemeenteStand {
  readonly code: string;
  /** Name in the indeling of the periode. */
  readonly naam: string;
  readonly provincie: string;
  readonly periode: string;
  readonly peildatum: IsoDatum;
  /** Whole months elapsed (1–6). */
  readonly maanden: number;
  readonly netto: number;
  readonly achterstand: number;
  readonly gecorrigeerd: number;
  /** Cumulative since the start of the periode; null when the snapshot has no row. */
  readonly realisatie: number | null;
  readonly nareizigers: number | null;
  /** Growth since the stand one month earlier (month 0 counts as 0); null when that stand is not known. */
  readonly toename: number | null;
  /** realisatie / gecorrigeerd × 100; null when gecorrigeerd ≤ 0 or unknown. */
  readonly percentage: number | null;
  /** realisatie / gecorrigeerd as a fraction (0.45 = 45%), for display; null like `percentage`. */
  readonly fractie: number | null;
  /** Pro-rata benchmark m/6 × gecorrigeerd. */
  readonly schemaNorm: number;
  /** ceil(open / remaining months); 0 when done; null at m = 6 when not done or when unknown. */
  readonly benodigdPerMaand: number | null;
  readonly status: MonitorStatus;
  /** Realisatie per 100.000 inwoners, when inwoners of the indeling year are known. */
  readonly perHonderdduizend: number | null;
  readonly bronStatus: SnapshotStatus;
}

/** One point per month m = 0 … 6 of a periode, for line charts. m = 0 is always 0. */
interface MaandPunt {
  readonly maanden: number;
  readonly peildatum: IsoDatum;
  readonly realisatie: number | null;
  readonly schemaNorm: number;
}

/** A gemeente during one periode. */
interface GemeentePeriode {
  readonly code: string;
  readonly naam: string;
  readonly provincie: string;
  readonly periode: string;
  readonly indeling: string;
  readonly netto: number;
  readonly achterstand: number;
  readonly gecorrigeerd: number;
  /** Inwoners of the indeling year, when known (only 2016). */
  readonly inwoners: number | null;
  readonly illustratief: boolean;
  /** Every snapshot of the periode, sorted by peildatum. */
  readonly standen: readonly GemeenteStand[];
  /** Length 7, m = 0 … 6. */
  readonly maandreeks: readonly MaandPunt[];
  /** Realisatie at the final stand (m = 6), if there is one. */
  readonly eindRealisatie: number | null;
  /** Achterstand carried into the next periode (gecorrigeerd − eindRealisatie), if known. */
  readonly overdracht: number | null;
}

export interface GemeenteReeks {
  readonly gemeente: Gemeente;
  /** Every periode with a taakstelling for this code, oldest first. */
  readonly perioden: readonly GemeentePeriode[];
  /** Codes that merged into this one (excluding itself). */
  readonly voorgangers: readonly string[];
  /** Codes this one merged into (excluding itself). */
  readonly opvolgers: readonly string[];
}

/** Summed figures of a group (provincie, national) with the group's own status and pace. */
export interface GroepStand extends Aggregaat {
  readonly maanden: number;
  readonly status: MonitorStatus;
  readonly schemaNorm: number;
  readonly benodigdPerMaand: number | null;
  /** Sum of inwoners when known for every gemeente of the group, else null. */
  readonly inwoners: number | null;
  readonly perHonderdduizend: number | null;
}

export interface SnapshotOverzicht {
  readonly bestand: string;
  readonly peildatum: IsoDatum;
  readonly periode: string;
  readonly indeling: string;
  readonly maanden: number;
  readonly bron: string;
  readonly bronStatus: SnapshotStatus;
  readonly toelichting: string;
  readonly landelijk: GroepStand;
  /** By provincie code, in the order of data/provincies.json. */
  readonly perProvincie: ReadonlyMap<string, GroepStand>;
  /** By gemeente code, sorted by code. */
  readonly gemeenten: ReadonlyMap<string, GemeenteStand>;
}

interface PeriodeOverzicht {
  readonly periode: string;
  /** "tweede helft 2015" */
  readonly label: string;
  readonly indeling: string;
  readonly taakstelling: TaakstellingBestand;
  /** At the start (m = 0, realisatie 0): netto, achterstand, gecorrigeerd, counts behind/ahead. */
  readonly begin: { readonly landelijk: GroepStand; readonly perProvincie: ReadonlyMap<string, GroepStand> };
  /** Snapshots of this periode, sorted by peildatum. */
  readonly standen: readonly SnapshotOverzicht[];
  /** The stand with m = 6, if present. */
  readonly eindstand: SnapshotOverzicht | null;
  /** The most recent stand of this periode, if any. */
  readonly laatsteStand: SnapshotOverzicht | null;
}

export interface MonitorModel {
  readonly root: string;
  readonly vandaag: IsoDatum;
  /** In file order (PV20 … PV31). */
  readonly provincies: ReadonlyMap<string, Provincie>;
  /** Oldest first. */
  readonly indelingen: ReadonlyMap<string, Indeling>;
  /** Every code of every indeling. */
  readonly gemeenten: ReadonlyMap<string, Gemeente>;
  readonly herindelingen: readonly Herindeling[];
  /** Oldest first. */
  readonly perioden: ReadonlyMap<string, PeriodeOverzicht>;
  /** Sorted by peildatum, then periode. */
  readonly snapshots: readonly SnapshotOverzicht[];
  /** Every code that has a taakstelling in some periode. */
  readonly reeksen: ReadonlyMap<string, GemeenteReeks>;
  readonly laatsteSnapshot: SnapshotOverzicht | null;
}

// ---------------------------------------------------------------------------------------------
// Deriving

/**
 * `opties.vandaag`, else `OT_VANDAAG` (scripts and tests that need a fixed day), else `datumVan()`:
 * the same today as the build and the check. Throws on a malformed value.
 */
function bepaalVandaag(opties: MonitorOpties = {}): IsoDatum {
  const waarde = opties.vandaag ?? process.env.OT_VANDAAG ?? datumVan();
  if (!isIsoDatum(waarde)) {
    throw new RangeError(`De datum van vandaag "${waarde}" (optie vandaag of OT_VANDAAG) is ongeldig; verwacht JJJJ-MM-DD.`);
  }
  return waarde;
}

function groepStand(rijen: readonly (AggregaatInvoer & { inwoners: number | null })[], maanden: number): GroepStand {
  const a = aggregeer(rijen);
  const inwonersBekend = rijen.length > 0 && rijen.every((r) => r.inwoners !== null);
  const inwoners = inwonersBekend ? rijen.reduce((t, r) => t + (r.inwoners ?? 0), 0) : null;
  const compleet = a.aantalZonderGegevens === 0;
  return {
    ...a,
    maanden,
    status: aggregaatStatus(a, maanden),
    schemaNorm: schemaNorm(a.gecorrigeerd, maanden),
    benodigdPerMaand: compleet ? benodigdPerMaand(a.gecorrigeerd, a.realisatie, maanden) : null,
    inwoners,
    perHonderdduizend: compleet ? perHonderdduizend(a.realisatie, inwoners) : null,
  };
}

function perProvincie(
  provincies: ReadonlyMap<string, Provincie>,
  rijen: readonly (AggregaatInvoer & { inwoners: number | null; provincie: string })[],
  maanden: number,
): Map<string, GroepStand> {
  const uit = new Map<string, GroepStand>();
  const codes = [...provincies.keys(), ...new Set(rijen.map((r) => r.provincie).filter((c) => !provincies.has(c)))];
  for (const code of codes) {
    const groep = rijen.filter((r) => r.provincie === code);
    if (groep.length > 0) uit.set(code, groepStand(groep, maanden));
  }
  return uit;
}

/** Builds the model from validated data (no validation here). */
export function bouwMonitorModel(root: string, vandaag: IsoDatum, data: GevalideerdeMonitorData): MonitorModel {
  const provincies = new Map(data.provincies.map((p) => [p.code, p]));
  const indelingen = new Map(data.indelingen.map((i) => [i.id, i]));
  const inwonersPerJaar = new Map(data.inwoners.map((i) => [i.jaar, i.perGemeente]));

  // gemeenten across indelingen (latest name wins)
  const gemeenteBouw = new Map<
    string,
    { code: string; naam: string; provincie: string; indelingen: string[]; inwoners: Record<string, number> }
  >();
  for (const indeling of data.indelingen) {
    for (const g of indeling.gemeenten) {
      const bestaand = gemeenteBouw.get(g.code);
      if (bestaand) {
        bestaand.naam = g.naam;
        bestaand.provincie = g.provincie;
        bestaand.indelingen.push(indeling.id);
      } else {
        gemeenteBouw.set(g.code, { code: g.code, naam: g.naam, provincie: g.provincie, indelingen: [indeling.id], inwoners: {} });
      }
    }
  }
  for (const [jaar, per] of inwonersPerJaar) {
    for (const [code, n] of per) {
      const g = gemeenteBouw.get(code);
      if (g) g.inwoners[jaar] = n;
    }
  }
  const gemeenten: ReadonlyMap<string, Gemeente> = new Map([...gemeenteBouw.entries()].sort(([a], [b]) => (a < b ? -1 : 1)));

  const snapshotsPerPeriode = new Map<string, SnapshotBestand[]>();
  for (const s of data.snapshots) {
    snapshotsPerPeriode.set(s.periode, [...(snapshotsPerPeriode.get(s.periode) ?? []), s]);
  }

  const perioden = new Map<string, PeriodeOverzicht>();
  const alleSnapshots: SnapshotOverzicht[] = [];
  const gemeentePerioden = new Map<string, GemeentePeriode[]>();

  for (const t of data.taakstellingen) {
    const indeling = indelingen.get(t.indeling)!;
    const info = new Map(indeling.gemeenten.map((g) => [g.code, g]));
    const inwoners = inwonersPerJaar.get(t.indeling);
    const basis = t.gemeenten
      .map((r) => {
        const g = info.get(r.code)!;
        return { ...r, naam: g.naam, provincie: g.provincie, inwoners: inwoners?.get(r.code) ?? null };
      })
      .sort((a, b) => (a.code < b.code ? -1 : 1));

    // start of the periode: m = 0, realisatie 0 by definition
    const beginRijen = basis.map((r) => ({
      ...r,
      realisatie: 0,
      status: bepaalStatus({ gecorrigeerd: r.gecorrigeerd, realisatie: 0, maanden: 0 }),
    }));
    const begin = { landelijk: groepStand(beginRijen, 0), perProvincie: perProvincie(provincies, beginRijen, 0) };

    const snapshots = snapshotsPerPeriode.get(t.periode) ?? [];
    const standenPerGemeente = new Map<string, GemeenteStand[]>(basis.map((r) => [r.code, []]));
    const overzichten: SnapshotOverzicht[] = [];
    const realisatieOp = new Map<number, ReadonlyMap<string, number>>([[0, new Map(basis.map((r) => [r.code, 0]))]]);

    for (const s of snapshots) {
      const perCode = new Map(s.gemeenten.map((r) => [r.code, r]));
      const vorigeMaand = realisatieOp.get(s.maanden - 1);
      const rijen: GemeenteStand[] = basis.map((r) => {
        const regel = perCode.get(r.code);
        const realisatie = regel ? regel.realisatie : null;
        const vorige = vorigeMaand?.get(r.code);
        return {
          code: r.code,
          naam: r.naam,
          provincie: r.provincie,
          periode: t.periode,
          peildatum: s.peildatum,
          maanden: s.maanden,
          netto: r.netto,
          achterstand: r.achterstand,
          gecorrigeerd: r.gecorrigeerd,
          realisatie,
          nareizigers: regel?.nareizigers ?? null,
          toename: realisatie !== null && vorige !== undefined ? realisatie - vorige : null,
          percentage: percentageGerealiseerd(realisatie, r.gecorrigeerd),
          fractie: realisatie === null || r.gecorrigeerd <= 0 ? null : realisatie / r.gecorrigeerd,
          schemaNorm: schemaNorm(r.gecorrigeerd, s.maanden),
          benodigdPerMaand: realisatie === null ? null : benodigdPerMaand(r.gecorrigeerd, realisatie, s.maanden),
          status: bepaalStatus({ gecorrigeerd: r.gecorrigeerd, realisatie, maanden: s.maanden }),
          perHonderdduizend: realisatie === null ? null : perHonderdduizend(realisatie, r.inwoners),
          bronStatus: s.status,
        };
      });
      realisatieOp.set(s.maanden, new Map(s.gemeenten.map((r) => [r.code, r.realisatie])));
      for (const rij of rijen) standenPerGemeente.get(rij.code)!.push(rij);

      const invoer = rijen.map((rij, i) => ({ ...rij, inwoners: basis[i]!.inwoners }));
      const overzicht: SnapshotOverzicht = {
        bestand: s.bestand,
        peildatum: s.peildatum,
        periode: s.periode,
        indeling: s.indeling,
        maanden: s.maanden,
        bron: s.bron,
        bronStatus: s.status,
        toelichting: s.toelichting,
        landelijk: groepStand(invoer, s.maanden),
        perProvincie: perProvincie(provincies, invoer, s.maanden),
        gemeenten: new Map(rijen.map((rij) => [rij.code, rij])),
      };
      overzichten.push(overzicht);
      alleSnapshots.push(overzicht);
    }

    const eindstand = overzichten.find((o) => o.maanden === MAANDEN_PER_PERIODE) ?? null;
    perioden.set(t.periode, {
      periode: t.periode,
      label: periodeLabel(t.periode),
      indeling: t.indeling,
      taakstelling: t,
      begin,
      standen: overzichten,
      eindstand,
      laatsteStand: overzichten.at(-1) ?? null,
    });

    const start = periodeStart(t.periode);
    for (const r of basis) {
      const standen = standenPerGemeente.get(r.code)!;
      const maandreeks: MaandPunt[] = Array.from({ length: MAANDEN_PER_PERIODE + 1 }, (_, m) => ({
        maanden: m,
        peildatum: verschuifMaanden(start, m),
        realisatie: m === 0 ? 0 : (standen.find((s) => s.maanden === m)?.realisatie ?? null),
        schemaNorm: schemaNorm(r.gecorrigeerd, m),
      }));
      const eindRealisatie = maandreeks[MAANDEN_PER_PERIODE]!.realisatie;
      const gp: GemeentePeriode = {
        code: r.code,
        naam: r.naam,
        provincie: r.provincie,
        periode: t.periode,
        indeling: t.indeling,
        netto: r.netto,
        achterstand: r.achterstand,
        gecorrigeerd: r.gecorrigeerd,
        inwoners: r.inwoners,
        illustratief: t.illustratief,
        standen,
        maandreeks,
        eindRealisatie,
        overdracht: eindRealisatie === null ? null : overdracht(r.gecorrigeerd, eindRealisatie),
      };
      gemeentePerioden.set(r.code, [...(gemeentePerioden.get(r.code) ?? []), gp]);
    }
  }

  const reeksen = new Map<string, GemeenteReeks>();
  for (const [code, lijst] of [...gemeentePerioden.entries()].sort(([a], [b]) => (a < b ? -1 : 1))) {
    const betrokken = herindelingenVan(data.herindelingen, code);
    reeksen.set(code, {
      gemeente: gemeenten.get(code)!,
      perioden: lijst,
      voorgangers: [...new Set(betrokken.filter((h) => h.naar === code).flatMap((h) => h.van))].filter((c) => c !== code),
      opvolgers: [...new Set(betrokken.filter((h) => h.van.includes(code)).map((h) => h.naar))].filter((c) => c !== code),
    });
  }

  return {
    root,
    vandaag,
    provincies,
    indelingen,
    gemeenten,
    herindelingen: data.herindelingen,
    perioden,
    snapshots: alleSnapshots.sort((a, b) =>
      a.peildatum < b.peildatum ? -1 : a.peildatum > b.peildatum ? 1 : a.periode < b.periode ? -1 : 1,
    ),
    reeksen,
    laatsteSnapshot: alleSnapshots.at(-1) ?? null,
  };
}

// ---------------------------------------------------------------------------------------------
// Entry points

/**
 * Reads the data through the validation pipeline (src/lib/validatie/data.ts) and builds the
 * model from what it returns, without caching. Throws `ValidatieFout` with every problem found.
 */
export function leesMonitor(root: string = process.cwd(), opties: MonitorOpties = {}): MonitorModel {
  const map = resolve(root);
  const vandaag = bepaalVandaag(opties);
  const { meldingen, monitor } = valideerData(map, { vandaag });
  const fouten = meldingen.filter((m) => m.ernst !== 'waarschuwing');
  if (fouten.length > 0) throw new ValidatieFout(fouten);
  return bouwMonitorModel(map, vandaag, monitor);
}

const cache = new Map<string, MonitorModel>();

/**
 * The monitor model for a project root, memoised per (root, vandaag): call it from every page,
 * it reads the files once per build. Throws `ValidatieFout` when the data are wrong.
 */
export function loadMonitor(root: string = process.cwd(), opties: MonitorOpties = {}): MonitorModel {
  const sleutel = `${resolve(root)}|${bepaalVandaag(opties)}`;
  const bekend = cache.get(sleutel);
  if (bekend) return bekend;
  const model = leesMonitor(root, opties);
  cache.set(sleutel, model);
  return model;
}

/** Forgets every memoised model (for tests and dev servers that watch data/). */
export function wisMonitorCache(): void {
  cache.clear();
}

// ---------------------------------------------------------------------------------------------
// Small lookups

/** The snapshot with this peildatum (and periode, needed when a date ends one periode and data of the next also exist). */
export function snapshotOp(model: MonitorModel, peildatum: IsoDatum, periode?: string): SnapshotOverzicht | undefined {
  return model.snapshots.find((s) => s.peildatum === peildatum && (periode === undefined || s.periode === periode));
}

/** The series of a gemeente code, or undefined when it never had a taakstelling. */
export function reeksVan(model: MonitorModel, code: string): GemeenteReeks | undefined {
  return model.reeksen.get(code);
}

/** The provincie name for a code (`PV21` → `Fryslân`). */
export function provincieNaam(model: MonitorModel, code: string): string {
  return model.provincies.get(code)?.naam ?? code;
}
