/**
 * JSON files under data/: syntax errors with the line they are on, and the
 * small data files that no other module checks (data/themas.json).
 * This module imports no data itself, so it also works when a data file is broken.
 */
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import type { Melding } from './melding.ts';

export type JsonResultaat = { ok: true; data: unknown; tekst: string } | { ok: false; melding: Melding };

/** 1-based line of a character offset. */
export function regelVanPositie(tekst: string, positie: number): number {
  let regel = 1;
  for (let i = 0; i < positie && i < tekst.length; i++) if (tekst.charCodeAt(i) === 10) regel++;
  return regel;
}

/** Reads and parses one JSON file; on failure a Dutch message with the line. */
export function leesJson(root: string, bestand: string): JsonResultaat {
  let tekst: string;
  try {
    tekst = readFileSync(join(root, bestand), 'utf8');
  } catch {
    return { ok: false, melding: { bestand, veld: '-', melding: 'het bestand kan niet worden gelezen; verwacht een leesbaar JSON-bestand' } };
  }
  const zonderBom = tekst.replace(/^\uFEFF/, '');
  if (zonderBom.trim() === '') {
    return { ok: false, melding: { bestand, regel: 1, veld: '-', melding: 'het bestand is leeg; verwacht JSON-gegevens' } };
  }
  try {
    return { ok: true, data: JSON.parse(zonderBom), tekst: zonderBom };
  } catch (e) {
    const bericht = e instanceof Error ? e.message : String(e);
    const pos = /position (\d+)/.exec(bericht);
    const regelMatch = /line (\d+)/.exec(bericht);
    const regel = regelMatch ? Number(regelMatch[1]) : pos ? regelVanPositie(zonderBom, Number(pos[1])) : undefined;
    return {
      ok: false,
      melding: {
        bestand,
        regel,
        veld: '-',
        melding: `het bestand is geen geldige JSON (${jsonFoutNl(bericht)}); controleer komma's, aanhalingstekens en haakjes${regel ? ` op of vlak vóór regel ${regel}` : ''}`,
      },
    };
  }
}

function jsonFoutNl(bericht: string): string {
  if (/Unexpected end of JSON input/i.test(bericht)) return 'het bestand houdt te vroeg op';
  if (/Expected double-quoted property name/i.test(bericht)) return 'een veldnaam zonder aanhalingstekens, of een komma te veel';
  if (/Expected ',' or '[}\]]'/i.test(bericht)) return 'er ontbreekt een komma of een haakje';
  if (/Unexpected non-whitespace character after JSON/i.test(bericht)) return 'er staat nog tekst na het einde van de gegevens';
  if (/Bad control character/i.test(bericht)) return 'een tekst bevat een losse regelovergang of tab';
  const token = /Unexpected token '?(.)'?/.exec(bericht);
  if (token) return `onverwacht teken "${token[1]}"`;
  return 'ongeldige opbouw';
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

/** Syntax check of every JSON file in data/. Returns the parsed files that are valid. */
export function valideerJsonSyntax(root: string): { meldingen: Melding[]; geldig: Map<string, { data: unknown; tekst: string }> } {
  const meldingen: Melding[] = [];
  const geldig = new Map<string, { data: unknown; tekst: string }>();
  for (const bestand of jsonBestanden(root)) {
    const r = leesJson(root, bestand);
    if (r.ok) geldig.set(bestand, { data: r.data, tekst: r.tekst });
    else meldingen.push(r.melding);
  }
  return { meldingen, geldig };
}

const THEMA_ID = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

/** data/themas.json: a list of {id, naam, kort, synoniemen}, unique ids. */
export function valideerThemas(bestand: string, data: unknown, tekst: string): Melding[] {
  const meldingen: Melding[] = [];
  if (!Array.isArray(data)) {
    return [{ bestand, regel: 1, veld: '-', melding: 'verwacht een lijst van thema\'s: [{"id", "naam", "kort", "synoniemen"}]' }];
  }
  const gezien = new Set<string>();
  data.forEach((t: unknown, i) => {
    const regel = regelVanId(tekst, t) ?? undefined;
    if (t === null || typeof t !== 'object' || Array.isArray(t)) {
      meldingen.push({ bestand, veld: `[${i}]`, melding: 'verwacht een thema met id, naam, kort en synoniemen' });
      return;
    }
    const o = t as Record<string, unknown>;
    if (typeof o.id !== 'string' || !THEMA_ID.test(o.id)) {
      meldingen.push({ bestand, regel, veld: `[${i}].id`, melding: 'verwacht een id van kleine letters, cijfers en streepjes, zoals "woningdelen"' });
    } else if (gezien.has(o.id)) {
      meldingen.push({ bestand, regel, veld: `[${i}].id`, melding: `het thema "${o.id}" staat er twee keer in; verwacht elk id één keer` });
    } else gezien.add(o.id);
    for (const veld of ['naam', 'kort'] as const) {
      if (typeof o[veld] !== 'string' || (o[veld] as string).trim() === '') {
        meldingen.push({ bestand, regel, veld: `[${i}].${veld}`, melding: `verwacht een tekst voor ${veld}, dit veld is leeg of ontbreekt` });
      }
    }
    if (!Array.isArray(o.synoniemen) || !o.synoniemen.every((s) => typeof s === 'string')) {
      meldingen.push({ bestand, regel, veld: `[${i}].synoniemen`, melding: 'verwacht een lijst van woorden, bijvoorbeeld ["flexunit", "flexwoning"] (mag leeg zijn: [])' });
    }
  });
  return meldingen;
}

function regelVanId(tekst: string, t: unknown): number | null {
  if (t === null || typeof t !== 'object') return null;
  const id = (t as { id?: unknown }).id;
  if (typeof id !== 'string') return null;
  const i = tekst.indexOf(`"id": "${id}"`) >= 0 ? tekst.indexOf(`"id": "${id}"`) : tekst.indexOf(`"id":"${id}"`);
  return i >= 0 ? regelVanPositie(tekst, i) : null;
}
