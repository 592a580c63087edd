/**
 * Loads and validates the Land in beeld data that the monitor model does not read:
 * the national series, public reports, vrijstellingen, toezicht and uitruil.
 * Every problem becomes a Melding (file, line, field, Dutch message); all are thrown together.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { z } from 'astro/zod';
import { ValidatieFout, type Melding } from '../validatie/melding.ts';
import { vertaalIssues, veldNaam } from '../validatie/zod-nl.ts';
import { landelijkeReeksSchema, type LandelijkeReeksBestand } from '../../schemas/data/landelijke-reeks.ts';
import { meldingenSchema, type Melding as PubliekeMelding, type MeldingenContext } from '../../schemas/data/meldingen.ts';
import { vrijstellingenSchema, type Vrijstelling } from '../../schemas/data/vrijstellingen.ts';
import { toezichtSchema, type Toezicht } from '../../schemas/data/toezicht.ts';
import { uitruilSchema, type Uitruil } from '../../schemas/data/uitruil.ts';
import { regelVanPad } from './json-regel.ts';
import type { HerindelingMetBron } from '../monitor/herindeling.ts';

export const LAND_IN_BEELD_BESTANDEN = {
  reeks: 'data/landelijke-reeks.json',
  meldingen: 'data/meldingen.json',
  vrijstellingen: 'data/vrijstellingen.json',
  toezicht: 'data/toezicht.json',
  uitruil: 'data/uitruil.json',
} as const;

export interface LandInBeeldData {
  readonly reeks: LandelijkeReeksBestand;
  readonly meldingen: readonly PubliekeMelding[];
  readonly vrijstellingen: readonly Vrijstelling[];
  readonly toezicht: readonly Toezicht[];
  readonly uitruil: readonly Uitruil[];
  /** data/herindelingen.json with sources and parts (its fields are checked by the monitor validation). */
  readonly herindelingen: readonly HerindelingMetBron[];
}

/** Validates one parsed file against a schema; returns the data or the Meldingen. */
export function valideerBestand<T>(schema: z.ZodType<T>, data: unknown, bestand: string, tekst: string): { data: T; meldingen: [] } | { data: null; meldingen: Melding[] } {
  const r = schema.safeParse(data);
  if (r.success) return { data: r.data, meldingen: [] };
  const issues = vertaalIssues(r.error.issues, data, () => []);
  return {
    data: null,
    meldingen: issues.map((i) => ({ bestand, regel: regelVanPad(tekst, i.pad), veld: veldNaam(i.pad), melding: i.melding })),
  };
}

function lees(root: string, bestand: string, meldingen: Melding[]): { data: unknown; tekst: string } | null {
  const pad = join(root, bestand);
  if (!existsSync(pad)) {
    meldingen.push({ bestand, veld: '-', melding: 'het bestand ontbreekt; verwacht een JSON-bestand' });
    return null;
  }
  const tekst = readFileSync(pad, 'utf8').replace(/^\uFEFF/, '');
  try {
    return { data: JSON.parse(tekst), tekst };
  } catch {
    meldingen.push({ bestand, veld: '-', melding: 'het bestand is geen geldige JSON; controleer komma’s, aanhalingstekens en haakjes' });
    return null;
  }
}

/** Every gemeente code of every indeling and every provincie code, from data/. */
export function bekendeCodes(root: string): Set<string> {
  const codes = new Set<string>();
  for (const jaar of ['2015', '2016', '2026']) {
    const p = join(root, `data/gemeenten/${jaar}.json`);
    if (existsSync(p)) for (const g of JSON.parse(readFileSync(p, 'utf8')) as { code: string }[]) codes.add(g.code);
  }
  const pv = join(root, 'data/provincies.json');
  if (existsSync(pv)) for (const p of JSON.parse(readFileSync(pv, 'utf8')) as { code: string }[]) codes.add(p.code);
  return codes;
}

/** Reads the five files; throws ValidatieFout with every problem. `vandaag` is JJJJ-MM-DD. */
export function leesLandInBeeldData(root: string, vandaag: string): LandInBeeldData {
  const meldingen: Melding[] = [];
  const ctx: MeldingenContext = { vandaag, codes: bekendeCodes(root) };
  const stap = <T>(bestand: string, schema: z.ZodType<T>): T | null => {
    const ruw = lees(root, bestand, meldingen);
    if (!ruw) return null;
    const r = valideerBestand(schema, ruw.data, bestand, ruw.tekst);
    meldingen.push(...r.meldingen);
    return r.data;
  };
  const reeks = stap(LAND_IN_BEELD_BESTANDEN.reeks, landelijkeReeksSchema(ctx));
  const publiek = stap(LAND_IN_BEELD_BESTANDEN.meldingen, meldingenSchema(ctx));
  const vrijstellingen = stap(LAND_IN_BEELD_BESTANDEN.vrijstellingen, vrijstellingenSchema(ctx));
  const toezicht = stap(LAND_IN_BEELD_BESTANDEN.toezicht, toezichtSchema(ctx));
  const uitruil = stap(LAND_IN_BEELD_BESTANDEN.uitruil, uitruilSchema(ctx));
  if (meldingen.length || !reeks || !publiek || !vrijstellingen || !toezicht || !uitruil) throw new ValidatieFout(meldingen);
  const hPad = join(root, 'data/herindelingen.json');
  const herindelingen = existsSync(hPad) ? (JSON.parse(readFileSync(hPad, 'utf8')) as HerindelingMetBron[]) : [];
  return { reeks, meldingen: publiek, vrijstellingen, toezicht, uitruil, herindelingen };
}
