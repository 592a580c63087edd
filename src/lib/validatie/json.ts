/**
 * Reading a JSON file in data/ the way an editor needs it: only UTF-8 (a byte order mark is
 * tolerated), syntax errors with the line and column the parser reports, and duplicate keys
 * rejected (JSON.parse would silently keep the last one). Positions of any value can be looked
 * up later by its path, for messages from the schemas. Nothing here searches the raw text.
 */
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { isUtf8 } from 'node:buffer';
import { join } from 'node:path';
import { findNodeAtLocation, getLocation, parseTree, printParseErrorCode, type Node, type ParseError } from 'jsonc-parser';
import type { Melding } from './melding.ts';
import { veldNaam as veldPad } from './zod-nl.ts';

/** A parsed JSON file with its tree, so every path can be turned into a line and column. */
export interface JsonBestand {
  /** Path relative to the project root, forward slashes. */
  readonly bestand: string;
  readonly data: unknown;
  /** Line and column of the value at `pad` (or of the key, for an unknown field); the nearest existing parent otherwise. */
  plek(pad: readonly PropertyKey[], sleutel?: boolean): { regel: number; kolom: number };
}

export type JsonResultaat = { ok: true; json: JsonBestand } | { ok: false; meldingen: Melding[] };

const OPSLAAN_ALS_UTF8 =
  'sla het bestand op als UTF-8: in Kladblok via Opslaan als → Codering: UTF-8, in Visual Studio Code via de codering rechtsonder → Opslaan met codering → UTF-8';

/**
 * Decodes bytes as UTF-8. UTF-16 (Excel "Unicode-tekst", Kladblok "Unicode") and anything that
 * is not valid UTF-8 (Windows-1252, "ANSI") give one message; a UTF-8 BOM is dropped.
 */
export function decodeerUtf8(
  bytes: Uint8Array,
): { ok: true; tekst: string } | { ok: false; codering: 'utf-16' | 'onbekend'; melding: string } {
  const utf16 =
    (bytes[0] === 0xff && bytes[1] === 0xfe) ||
    (bytes[0] === 0xfe && bytes[1] === 0xff) ||
    // UTF-16 without BOM: ASCII text with a zero byte after (or before) every character.
    (bytes.length >= 4 && ((bytes[1] === 0 && bytes[3] === 0) || (bytes[0] === 0 && bytes[2] === 0)));
  if (utf16) {
    return {
      ok: false,
      codering: 'utf-16',
      melding: `het bestand is opgeslagen als UTF-16 ("Unicode"), niet als UTF-8; ${OPSLAAN_ALS_UTF8}`,
    };
  }
  if (isUtf8(bytes)) return { ok: true, tekst: Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength).toString('utf8') };
  return {
    ok: false,
    codering: 'onbekend',
    melding: `het bestand is niet opgeslagen als UTF-8 (waarschijnlijk Windows-1252 of "ANSI": letters als é en ë worden dan verkeerd gelezen); ${OPSLAAN_ALS_UTF8}`,
  };
}

/** 1-based line and column of every offset, from a table of line starts (binary search). */
function regelKolom(tekst: string): (offset: number) => { regel: number; kolom: number } {
  const starts = [0];
  for (let i = 0; i < tekst.length; i++) if (tekst.charCodeAt(i) === 10) starts.push(i + 1);
  return (offset) => {
    let lo = 0;
    let hi = starts.length - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if (starts[mid]! <= offset) lo = mid;
      else hi = mid - 1;
    }
    return { regel: lo + 1, kolom: offset - starts[lo]! + 1 };
  };
}

const FOUT_NL: Partial<Record<ReturnType<typeof printParseErrorCode>, string>> = {
  InvalidSymbol: 'onverwacht teken',
  InvalidNumberFormat: 'een getal in een vorm die JSON niet kent (schrijf 1234 of 12.5, zonder duizendtalpunt)',
  PropertyNameExpected: 'een veldnaam zonder aanhalingstekens, of een komma te veel',
  ValueExpected: 'er ontbreekt een waarde, of er staat een komma te veel',
  ColonExpected: 'er ontbreekt een dubbele punt na de veldnaam',
  CommaExpected: 'er ontbreekt een komma of een haakje',
  CloseBraceExpected: 'er ontbreekt een } of een komma',
  CloseBracketExpected: 'er ontbreekt een ] of een komma',
  EndOfFileExpected: 'er staat nog tekst na het einde van de gegevens',
  InvalidCommentToken: 'commentaar mag niet in JSON',
  UnexpectedEndOfComment: 'commentaar mag niet in JSON',
  UnexpectedEndOfString: 'een tekst zonder afsluitend aanhalingsteken, of met een losse regelovergang',
  UnexpectedEndOfNumber: 'een getal houdt te vroeg op',
  InvalidUnicode: 'een ongeldige \\u-code in een tekst',
  InvalidEscapeCharacter: 'een ongeldige \\-code in een tekst (schrijf \\\\ voor een backslash)',
  InvalidCharacter: 'een tekst bevat een losse tab of regelovergang',
};

/**
 * Parses JSON text; syntax errors, duplicate keys and whole numbers written with a point become
 * Meldingen with line and column. Valid files (the usual case) cost one JSON.parse and one tight
 * pass over the characters; jsonc-parser reports the position of a syntax error and builds the
 * tree with positions only when a message needs a line.
 */
export function parseJson(bestand: string, ruweTekst: string): JsonResultaat {
  const tekst = ruweTekst.startsWith('\uFEFF') ? ruweTekst.slice(1) : ruweTekst;
  let tabel: ReturnType<typeof regelKolom> | undefined;
  const positie = (offset: number) => (tabel ??= regelKolom(tekst))(offset);
  if (/^\s*$/.test(tekst)) {
    return { ok: false, meldingen: [{ bestand, regel: 1, veld: '-', melding: 'het bestand is leeg; verwacht JSON-gegevens' }] };
  }
  let data: unknown;
  try {
    data = JSON.parse(tekst);
  } catch {
    const fouten: ParseError[] = [];
    parseTree(tekst, fouten, { disallowComments: true, allowTrailingComma: false, allowEmptyContent: false });
    const f = fouten[0];
    const p = positie(f?.offset ?? 0);
    const wat = f ? (FOUT_NL[printParseErrorCode(f.error)] ?? 'ongeldige opbouw') : 'ongeldige opbouw';
    return {
      ok: false,
      meldingen: [
        {
          bestand,
          ...p,
          veld: '-',
          melding: `het bestand is geen geldige JSON (${wat}); controleer komma's, aanhalingstekens en haakjes op of vlak vóór regel ${p.regel}`,
        },
      ],
    };
  }
  const pad = (offset: number) => veldPad(getLocation(tekst, offset).path);
  const meldingen: Melding[] = [];
  const gevonden = scan(tekst);
  for (const d of gevonden.dubbel) {
    meldingen.push({
      bestand,
      ...positie(d.offset),
      veld: pad(d.offset + 1),
      melding: `het veld "${d.naam}" staat twee keer in hetzelfde blok (ook op regel ${positie(d.eerder).regel}); verwacht elk veld één keer: verwijder een van de twee`,
    });
  }
  for (const g of gevonden.punten) {
    const ruw = tekst.slice(g.offset, g.eind);
    const waarde = Number(ruw);
    if (!Number.isInteger(waarde)) continue;
    meldingen.push({
      bestand,
      ...positie(g.offset),
      veld: pad(g.offset),
      // 15.000 is fifteen in JSON; an editor who typed it meant 15000 (or 15): never guess.
      melding: `het getal ${ruw} heeft een punt of e: JSON leest dat als ${waarde}, niet als ${ruw.replace(/\./g, '')}; verwacht een heel getal zonder punt, zoals ${waarde} of ${ruw.replace(/\./g, '')}`,
    });
  }
  if (meldingen.length > 0) return { ok: false, meldingen };
  let boom: Node | undefined;
  return {
    ok: true,
    json: {
      bestand,
      data,
      plek(pad, sleutel = false) {
        boom ??= parseTree(tekst)!;
        for (let n = pad.length; n >= 0; n--) {
          const node = findNodeAtLocation(boom, pad.slice(0, n) as (string | number)[]);
          if (!node) continue;
          const doel = n === pad.length && sleutel && node.parent?.type === 'property' ? node.parent.children![0]! : node;
          return positie(doel.offset);
        }
        return { regel: 1, kolom: 1 };
      },
    },
  };
}

/**
 * In text that JSON.parse accepted (so the grammar holds: a string followed by a colon is a key):
 * keys that occur twice in one object, and numbers written with a point or an exponent
 * (`15.000`, `1e3`). One pass over the characters, no tokens allocated.
 */
function scan(tekst: string): {
  dubbel: { naam: string; offset: number; eerder: number }[];
  punten: { offset: number; eind: number }[];
} {
  const dubbel: { naam: string; offset: number; eerder: number }[] = [];
  const punten: { offset: number; eind: number }[] = [];
  const objecten: (Map<string, number> | null)[] = [];
  const n = tekst.length;
  for (let i = 0; i < n; i++) {
    const c = tekst.charCodeAt(i);
    if (c === 123 /* { */) objecten.push(new Map());
    else if (c === 91 /* [ */) objecten.push(null);
    else if (c === 125 /* } */ || c === 93 /* ] */) objecten.pop();
    else if (c === 34 /* " */) {
      const start = i;
      let escape = false;
      for (i++; i < n; i++) {
        const d = tekst.charCodeAt(i);
        if (escape) escape = false;
        else if (d === 92 /* \ */) escape = true;
        else if (d === 34) break;
      }
      const huidig = objecten[objecten.length - 1];
      if (!huidig) continue;
      let j = i + 1;
      for (let d = tekst.charCodeAt(j); d === 32 || d === 10 || d === 13 || d === 9; d = tekst.charCodeAt(++j));
      if (tekst.charCodeAt(j) !== 58 /* : */) continue;
      const naam = JSON.parse(tekst.slice(start, i + 1)) as string;
      const eerder = huidig.get(naam);
      if (eerder === undefined) huidig.set(naam, start);
      else dubbel.push({ naam, offset: start, eerder });
    } else if (c === 45 || (c >= 48 && c <= 57)) {
      const start = i;
      let punt = false;
      for (; i < n; i++) {
        const d = tekst.charCodeAt(i);
        if (d === 46 || d === 101 || d === 69) punt = true;
        else if (!(d === 45 || d === 43 || (d >= 48 && d <= 57))) break;
      }
      if (punt) punten.push({ offset: start, eind: i });
      i--;
    }
  }
  return { dubbel, punten };
}

/** Reads and parses one JSON file (relative to root). */
export function leesJson(root: string, bestand: string): JsonResultaat {
  let bytes: Uint8Array;
  try {
    bytes = readFileSync(join(root, bestand));
  } catch {
    return {
      ok: false,
      meldingen: [{ bestand, veld: '-', melding: 'het bestand kan niet worden gelezen; verwacht een leesbaar JSON-bestand' }],
    };
  }
  const d = decodeerUtf8(bytes);
  if (!d.ok) return { ok: false, meldingen: [{ bestand, regel: 1, veld: '-', melding: d.melding }] };
  return parseJson(bestand, d.tekst);
}

/** Every *.json file under data/ (relative paths, sorted), skipping dot-folders. */
export function jsonBestanden(root: string, map = 'data'): string[] {
  const pad = join(root, map);
  if (!existsSync(pad)) return [];
  const uit: string[] = [];
  for (const naam of readdirSync(pad).sort()) {
    if (naam.startsWith('.')) continue;
    const rel = `${map}/${naam}`;
    if (statSync(join(root, rel)).isDirectory()) uit.push(...jsonBestanden(root, rel));
    else if (naam.endsWith('.json')) uit.push(rel);
  }
  return uit;
}

/**
 * Syntax check of the JSON files under data/ (used by scripts/check.ts before the content
 * schemas load data/themas.json and data/gemeenten/). Returns the parsed files that are valid.
 */
export function valideerJsonSyntax(
  root: string,
  filter: (bestand: string) => boolean = () => true,
): { meldingen: Melding[]; geldig: Map<string, { data: unknown }> } {
  const meldingen: Melding[] = [];
  const geldig = new Map<string, { data: unknown }>();
  for (const bestand of jsonBestanden(root).filter(filter)) {
    const r = leesJson(root, bestand);
    if (r.ok) geldig.set(bestand, { data: r.json.data });
    else meldingen.push(...r.meldingen);
  }
  return { meldingen, geldig };
}
