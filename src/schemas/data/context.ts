/**
 * What every data schema may know about the rest of data/ when it is built: the context is
 * passed to each schema factory by the pipeline (src/lib/validatie/data.ts). No schema reads
 * a file or an environment variable itself.
 */
import { z } from 'astro/zod';
import type { IsoDatum } from '../../lib/monitor/periode.ts';
import { isIsoDatum } from '../../lib/monitor/periode.ts';

export interface DataGemeente {
  readonly code: string;
  readonly naam: string;
  readonly provincie: string;
}

export interface DataContext {
  /** The file being validated, relative to the project root (`data/monitor/2015-08.json`). */
  readonly bestand: string;
  /** Today, JJJJ-MM-DD, decided once by the caller (check, build or import). */
  readonly vandaag: IsoDatum;
  /** Thema ids from data/themas.json (empty while themas.json itself is checked). */
  readonly themaIds: ReadonlySet<string>;
  /** Provincie codes from data/provincies.json. */
  readonly provincieCodes: ReadonlySet<string>;
  /** Indeling id (`"2015"`) → gemeente code → gemeente, from data/gemeenten/*.json. */
  readonly indelingen: ReadonlyMap<string, ReadonlyMap<string, DataGemeente>>;
  /** Files that exist but did not pass (already reported): other files do not report them again. */
  readonly onleesbaar: ReadonlySet<string>;
}

/** An indeling id that other files may name: valid, or present but already reported as broken. */
export function indelingBekend(ctx: DataContext, id: string): boolean {
  return ctx.indelingen.has(id) || ctx.onleesbaar.has(`data/gemeenten/${id}.json`);
}

/** Every code of every indeling, with its newest name. */
export function alleGemeenten(ctx: Pick<DataContext, 'indelingen'>): Map<string, DataGemeente> {
  const uit = new Map<string, DataGemeente>();
  for (const id of [...ctx.indelingen.keys()].sort()) for (const [code, g] of ctx.indelingen.get(id)!) uit.set(code, g);
  return uit;
}

/** The file name without folder and extension: `2015-II` for data/taakstelling/2015-II.json. */
export const basisnaam = (bestand: string): string => (bestand.split('/').pop() ?? bestand).replace(/\.topo\.json$|\.json$/, '');

const GETAL = new Intl.NumberFormat('nl-NL', { maximumFractionDigits: 20 });

/** How a found value is shown in a message: `-3`, `20,5`, `"zes"`. */
export function beschrijf(waarde: unknown): string {
  if (waarde === undefined) return 'niets (het veld ontbreekt)';
  if (typeof waarde === 'number') return Number.isFinite(waarde) ? GETAL.format(waarde) : String(waarde);
  if (typeof waarde === 'string') return `"${waarde}"`;
  const s = JSON.stringify(waarde);
  return s.length > 60 ? `${s.slice(0, 57)}…` : s;
}

/** `; gevonden: …` for a wrong value; nothing when the field is missing (zod-nl says so already). */
export function gevonden(waarde: unknown): string {
  return waarde === undefined ? '' : `; gevonden: ${beschrijf(waarde)}`;
}

/** A whole number ≥ 0 (a count of people). */
export function aantal() {
  const fout = (iss: { input?: unknown }) => `verwacht een geheel getal van 0 of meer${gevonden(iss.input)}`;
  return z.number({ error: fout }).int({ error: fout }).min(0, { error: fout });
}

/** A whole number, negative allowed (an achterstand; negative is a voorsprong). */
export function geheelGetal() {
  const fout = (iss: { input?: unknown }) => `verwacht een geheel getal (negatief mag: dat is een voorsprong)${gevonden(iss.input)}`;
  return z.number({ error: fout }).int({ error: fout });
}

/** A text that is not empty. */
export function tekst(wat = 'een tekst die niet leeg is') {
  const fout = (iss: { input?: unknown }) => `verwacht ${wat}${gevonden(iss.input)}`;
  return z.string({ error: fout }).trim().min(1, { error: fout });
}

/** Characters that make a spreadsheet read a cell as a formula (OWASP, CSV injection). */
const FORMULE_START = /^[=+\-@\t\r]/;

/** A name that ends up in CSV downloads: not empty, not starting with a formula character. */
export function naam(wat = 'een naam') {
  return tekst(wat).refine((s) => !FORMULE_START.test(s), {
    error: (iss) =>
      `${beschrijf(iss.input)} begint met een teken (= + - @, tab of regelovergang) dat een spreadsheet als formule leest; verwacht een gewone naam die met een letter of cijfer begint`,
  });
}

/** CBS code of a gemeente. */
export function gemeenteCode() {
  const fout = (iss: { input?: unknown }) => `verwacht een CBS-gemeentecode zoals "GM0363"${gevonden(iss.input)}`;
  return z.string({ error: fout }).regex(/^GM\d{4}$/, { error: fout });
}

/** Code of a provincie. */
export function provincieCode() {
  const fout = (iss: { input?: unknown }) => `verwacht een provinciecode zoals "PV27"${gevonden(iss.input)}`;
  return z.string({ error: fout }).regex(/^PV\d{2}$/, { error: fout });
}

/** JJJJ-MM-DD, a real date. */
export function isoDatum(wat = 'een datum JJJJ-MM-DD') {
  const fout = (iss: { input?: unknown }) => `verwacht ${wat}${gevonden(iss.input)}`;
  return z.string({ error: fout }).refine(isIsoDatum, { error: fout });
}

/** The explanatory text some files carry at the top for editors. */
export const uitleg = () => z.string({ error: 'verwacht een tekst met uitleg voor de redactie' }).optional();
