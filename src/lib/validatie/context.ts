/**
 * Loads the {@link SchemaContext} of a project root from its data/: thema ids, gemeenten per
 * indeling, herindelingen. Read once per run by the validation and by src/content.config.ts,
 * then passed to the schema factories. A missing or broken file gives an empty part here; the
 * data checks report the file itself.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Herindeling } from '../monitor/herindeling.ts';
import { datumVan, type Gemeente, type SchemaContext } from '../../schemas/context.ts';

function leesLijst(pad: string): unknown[] {
  try {
    const data: unknown = JSON.parse(readFileSync(pad, 'utf8').replace(/^\uFEFF/, ''));
    return Array.isArray(data) ? data : [];
  } catch {
    return [];
  }
}

const isTekst = (x: unknown): x is string => typeof x === 'string';

/** This code base's own project folder: its data/ is the vocabulary for a root that has none. */
const EIGEN = fileURLToPath(new URL('../../../', import.meta.url));

/**
 * @param root a project root; a part of data/ it does not have (a content-only fixture) is taken
 *   from this code base's own data/
 */
export function leesSchemaContext(root: string, vandaag: string = datumVan()): SchemaContext {
  const pad = (rel: string) => (existsSync(join(root, rel)) ? join(root, rel) : join(EIGEN, rel));
  const themaIds = leesLijst(pad('data/themas.json'))
    .map((t) => (t as { id?: unknown } | null)?.id)
    .filter(isTekst);
  const indelingen: Record<string, Gemeente[]> = {};
  const map = pad('data/gemeenten');
  if (existsSync(map)) {
    for (const f of readdirSync(map).sort()) {
      const jaar = /^(\d{4})\.json$/.exec(f)?.[1];
      if (!jaar) continue;
      indelingen[jaar] = leesLijst(join(map, f))
        .filter((g): g is { code: string; naam: unknown } => isTekst((g as { code?: unknown } | null)?.code))
        .map((g) => ({ code: g.code, naam: isTekst(g.naam) ? g.naam : g.code }));
    }
  }
  const herindelingen = leesLijst(pad('data/herindelingen.json')).filter(
    (h): h is Herindeling =>
      h !== null &&
      typeof h === 'object' &&
      isTekst((h as Herindeling).datum) &&
      isTekst((h as Herindeling).naar) &&
      Array.isArray((h as Herindeling).van),
  );
  return { themaIds, indelingen, herindelingen, vandaag };
}
