/**
 * The one validation pipeline of data/: `npm run check`, the build (through valideerAlles) and
 * `npm run import` all call `valideerData`, and `loadMonitor` builds its model from what this
 * returns. Steps: list the files, read each (UTF-8 only, positions, no duplicate keys), check
 * it with the schema the registry (src/schemas/data/index.ts) gives for its path, built with
 * the context of the earlier phases, then run the rules across files (src/schemas/data/regels.ts).
 * Every problem is a Melding with file, line, column and field.
 */
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import type { z } from 'astro/zod';
import {
  DATA_BUITEN_DATA,
  DATA_REGELS,
  DATA_SOORTEN,
  soortVan,
  type DataContext,
  type DataGemeente,
  type RegelInvoer,
} from '../../schemas/data/index.ts';
import type { SnapshotJson } from '../../schemas/data/monitor.ts';
import type { TaakstellingJson } from '../../schemas/data/taakstelling.ts';
import type { Herindeling } from '../monitor/herindeling.ts';
import { indelingDatum } from '../monitor/herindeling.ts';
import { maandenVerstreken, vergelijkPerioden, type IsoDatum } from '../monitor/periode.ts';
import type { Indeling, InwonersBestand, Provincie, SnapshotBestand, TaakstellingBestand } from '../monitor/types.ts';
import { jsonBestanden, leesJson, parseJson, type JsonBestand } from './json.ts';
import type { Melding } from './melding.ts';
import { vertaalIssues, veldNaam } from './zod-nl.ts';

/** The monitor data once every file passed: what the model (src/lib/monitor/model.ts) is built from. */
export interface GevalideerdeMonitorData {
  readonly provincies: readonly Provincie[];
  readonly indelingen: readonly Indeling[];
  readonly inwoners: readonly InwonersBestand[];
  readonly herindelingen: readonly Herindeling[];
  readonly taakstellingen: readonly TaakstellingBestand[];
  /** Sorted by peildatum, then periode. */
  readonly snapshots: readonly SnapshotBestand[];
}

export interface DataOpties {
  /** Today, JJJJ-MM-DD. */
  readonly vandaag: IsoDatum;
  /** Files to validate as if they had this text (the import checks its new snapshot before writing). */
  readonly vervang?: ReadonlyMap<string, string>;
}

export interface DataValidatie {
  readonly meldingen: Melding[];
  /** Number of data files checked. */
  readonly bestanden: number;
  /** The monitor data of the files that passed their schema (complete only without meldingen). */
  readonly monitor: GevalideerdeMonitorData;
  /** Parsed content of every file that passed its schema, by path. */
  readonly geldig: ReadonlyMap<string, unknown>;
  /** What the data made known (thema ids, provincie codes, gemeenten per indeling), for the content schemas. */
  readonly context: Omit<DataContext, 'bestand'>;
}

/** Every *.json under data/ (sorted, skipping dot-folders) plus the data files outside data/. */
export function dataBestanden(root: string, vervang?: ReadonlyMap<string, string>): string[] {
  const uit = new Set(jsonBestanden(root));
  for (const b of DATA_BUITEN_DATA) if (existsSync(join(root, b))) uit.add(b);
  for (const b of vervang?.keys() ?? []) uit.add(b);
  return [...uit].sort();
}

/** Field names known at a path of a schema, for "bedoelt u …?" on unknown keys. */
function veldenOp(schema: z.ZodType, pad: readonly PropertyKey[]): string[] {
  let s = schema as unknown as { _zod: { def: Record<string, unknown> } } | undefined;
  const uitpakken = () => {
    for (let i = 0; i < 10 && s; i++) {
      const def = s._zod.def;
      if (def.type === 'pipe') s = def.in as typeof s;
      else if (['optional', 'nullable', 'default', 'prefault', 'readonly', 'catch'].includes(def.type as string))
        s = def.innerType as typeof s;
      else return;
    }
  };
  for (const stap of pad) {
    uitpakken();
    if (!s) return [];
    const def = s._zod.def;
    if (def.type === 'object') s = (def.shape as Record<string, typeof s>)[String(stap)];
    else if (def.type === 'array') s = def.element as typeof s;
    else if (def.type === 'record') s = def.valueType as typeof s;
    else return [];
  }
  uitpakken();
  return s && s._zod.def.type === 'object' ? Object.keys(s._zod.def.shape as object) : [];
}

/** `GM0363 (Amsterdam): ` for a problem inside a row about one gemeente (not for its code itself). */
function gemeenteVoorvoegsel(
  data: unknown,
  pad: readonly PropertyKey[],
  naamVan: (code: string, indeling?: string) => string | undefined,
): string {
  const rijPad =
    pad[0] === 'gemeenten' && typeof pad[1] === 'number' ? pad.slice(0, 2) : typeof pad[0] === 'number' ? pad.slice(0, 1) : null;
  if (!rijPad || pad.length <= rijPad.length || pad.at(-1) === 'code') return '';
  let rij: unknown = data;
  for (const p of rijPad) rij = (rij as Record<PropertyKey, unknown> | undefined)?.[p];
  const code = (rij as { code?: unknown } | undefined)?.code;
  if (typeof code !== 'string' || !/^GM\d{4}$/.test(code)) return '';
  const indeling = (data as { indeling?: unknown } | undefined)?.indeling;
  const naam = naamVan(code, typeof indeling === 'string' ? indeling : undefined);
  return naam ? `${code} (${naam}): ` : `${code}: `;
}

const META_MONITOR = ['data/provincies.json', 'data/gemeenten', 'data/taakstelling', 'data/monitor'];

export function valideerData(root: string, opties: DataOpties): DataValidatie {
  const meldingen: Melding[] = [];
  const bestanden = dataBestanden(root, opties.vervang);
  const aanwezig = new Set(bestanden);
  const json = new Map<string, JsonBestand>();
  const geldig = new Map<string, unknown>();

  // 1. Read and parse every file; unknown files are an error.
  for (const bestand of bestanden) {
    if (!soortVan(bestand)) {
      meldingen.push({
        bestand,
        veld: '-',
        melding: `onbekend gegevensbestand: de site leest dit bestand niet; verwacht een van: ${DATA_SOORTEN.map((s) => s.voorbeeld).join(', ')} (of verplaats het naar een map buiten data/)`,
      });
      continue;
    }
    const vervangen = opties.vervang?.get(bestand);
    const r = vervangen !== undefined ? parseJson(bestand, vervangen) : leesJson(root, bestand);
    if (r.ok) json.set(bestand, r.json);
    else meldingen.push(...r.meldingen);
  }

  // Files every monitor page needs.
  const heeftMonitor =
    META_MONITOR.some((p) => existsSync(join(root, p))) || bestanden.some((b) => /^data\/(monitor|taakstelling)\//.test(b));
  if (heeftMonitor) {
    if (!aanwezig.has('data/provincies.json'))
      meldingen.push({
        bestand: 'data/provincies.json',
        veld: '-',
        melding: 'het bestand ontbreekt; verwacht de lijst van provincies [{"code", "naam"}]',
      });
    if (!bestanden.some((b) => b.startsWith('data/gemeenten/'))) {
      meldingen.push({
        bestand: 'data/gemeenten',
        veld: '-',
        melding: 'er zijn geen indelingen; verwacht minstens één bestand zoals data/gemeenten/2015.json',
      });
    }
  }

  // 2. Schemas, phase by phase; each phase extends the context of the next.
  const ctxBasis: { -readonly [K in keyof Omit<DataContext, 'bestand'>]: DataContext[K] } = {
    vandaag: opties.vandaag,
    themaIds: new Set(),
    provincieCodes: new Set(),
    indelingen: new Map(),
    onleesbaar: new Set(),
  };
  const naamVan = (code: string, indeling?: string): string | undefined => {
    if (indeling) {
      const n = ctxBasis.indelingen.get(indeling)?.get(code)?.naam;
      if (n) return n;
    }
    let laatste: string | undefined;
    for (const id of [...ctxBasis.indelingen.keys()].sort()) laatste = ctxBasis.indelingen.get(id)!.get(code)?.naam ?? laatste;
    return laatste;
  };
  const onleesbaar = ctxBasis.onleesbaar as Set<string>;
  for (const b of bestanden) if (!json.has(b)) onleesbaar.add(b);
  for (const fase of [0, 1, 2] as const) {
    for (const [bestand, j] of json) {
      const soort = soortVan(bestand)!;
      if (soort.fase !== fase) continue;
      const schema = soort.schema({ ...ctxBasis, bestand });
      const r = schema.safeParse(j.data);
      if (r.success) {
        geldig.set(bestand, r.data);
        continue;
      }
      onleesbaar.add(bestand);
      for (const iss of vertaalIssues(r.error.issues, j.data, (pad) => veldenOp(schema, pad))) {
        const onbekend = /^onbekend veld/.test(iss.melding);
        meldingen.push({
          bestand,
          ...j.plek(iss.pad, onbekend),
          veld: veldNaam(iss.pad),
          // Our schema messages name what was found themselves; drop a second "gevonden" added by zod-nl.
          melding:
            gemeenteVoorvoegsel(j.data, iss.pad, naamVan) + iss.melding.replace(/^(.*; gevonden: .*); gevonden: [^;]*$/, '$1'),
        });
      }
    }
    if (fase === 0) {
      const themas = geldig.get('data/themas.json') as { id: string }[] | undefined;
      if (themas) ctxBasis.themaIds = new Set(themas.map((t) => t.id));
      const provincies = geldig.get('data/provincies.json') as Provincie[] | undefined;
      if (provincies) ctxBasis.provincieCodes = new Set(provincies.map((p) => p.code));
    }
    if (fase === 1) {
      const indelingen = new Map<string, Map<string, DataGemeente>>();
      for (const [bestand, data] of geldig) {
        if (soortVan(bestand)?.soort !== 'gemeenten') continue;
        indelingen.set(
          bestand.replace(/^data\/gemeenten\/|\.json$/g, ''),
          new Map((data as DataGemeente[]).map((g) => [g.code, g])),
        );
      }
      ctxBasis.indelingen = indelingen;
    }
  }

  // 3. The monitor data as typed values, and the rules across files.
  const monitor = monitorData(geldig, ctxBasis.indelingen);
  const bevestigd = new Map<string, Set<string>>();
  for (const [bestand, data] of geldig) {
    if (soortVan(bestand)?.soort === 'monitor')
      bevestigd.set(bestand, new Set(((data as SnapshotJson).bevestigd ?? []).map((b) => b.code)));
  }
  const invoer: RegelInvoer = {
    ctx: ctxBasis,
    monitor: {
      indelingen: new Map(monitor.indelingen.map((i) => [i.id, i])),
      herindelingen: monitor.herindelingen,
      taakstellingen: new Map(monitor.taakstellingen.map((t) => [t.periode, t])),
      snapshots: monitor.snapshots,
    },
    aanwezig,
    bevestigd,
    geldig,
  };
  for (const regel of DATA_REGELS) {
    for (const m of regel(invoer)) {
      const j = json.get(m.bestand);
      meldingen.push({ bestand: m.bestand, ...(j ? j.plek(m.pad) : {}), veld: veldNaam(m.pad), melding: m.melding });
    }
  }
  return { meldingen, bestanden: bestanden.length, monitor, geldig, context: ctxBasis };
}

function monitorData(
  geldig: ReadonlyMap<string, unknown>,
  indelingen: ReadonlyMap<string, ReadonlyMap<string, DataGemeente>>,
): GevalideerdeMonitorData {
  const van = (soort: string) => [...geldig].filter(([b]) => soortVan(b)?.soort === soort);
  const snapshots = van('monitor').map(([bestand, d]): SnapshotBestand => {
    const s = d as SnapshotJson;
    return {
      bestand,
      peildatum: s.peildatum,
      periode: s.periode,
      indeling: s.indeling,
      bron: s.bron,
      status: s.status,
      toelichting: s.toelichting,
      maanden: maandenVerstreken(s.periode, s.peildatum),
      gemeenten: s.gemeenten.map((r) =>
        r.nareizigers === undefined
          ? { code: r.code, realisatie: r.realisatie }
          : { code: r.code, realisatie: r.realisatie, nareizigers: r.nareizigers },
      ),
    };
  });
  return {
    provincies: (geldig.get('data/provincies.json') as Provincie[] | undefined) ?? [],
    indelingen: [...indelingen]
      .sort(([a], [b]) => (a < b ? -1 : 1))
      .map(([id, g]) => ({
        id,
        datum: indelingDatum(id),
        bestand: `data/gemeenten/${id}.json`,
        gemeenten: [...g.values()]
          .map((x) => ({ code: x.code, naam: x.naam, provincie: x.provincie }))
          .sort((a, b) => (a.code < b.code ? -1 : a.code > b.code ? 1 : 0)),
      })),
    inwoners: van('inwoners').map(([bestand, d]) => ({
      bestand,
      jaar: bestand.replace(/^data\/inwoners\/|\.json$/g, ''),
      perGemeente: new Map((d as { code: string; inwoners: number }[]).map((r) => [r.code, r.inwoners])),
    })),
    herindelingen: (geldig.get('data/herindelingen.json') as Herindeling[] | undefined) ?? [],
    taakstellingen: van('taakstelling')
      .map(([bestand, d]) => ({ bestand, ...(d as TaakstellingJson) }))
      .sort((a, b) => vergelijkPerioden(a.periode, b.periode)),
    snapshots: snapshots.sort((a, b) =>
      a.peildatum !== b.peildatum ? (a.peildatum < b.peildatum ? -1 : 1) : vergelijkPerioden(a.periode, b.periode),
    ),
  };
}
