/**
 * Split an MDX file into YAML frontmatter and body, keeping line numbers so that
 * every message can point at the line an editor has to fix.
 */
import { isMap, isSeq, LineCounter, parseDocument, type Document } from 'yaml';

export interface Frontmatter {
  data: unknown;
  /** Line in the file for a field path, falling back to the nearest parent that exists. */
  regelVan: (pad: readonly PropertyKey[]) => number;
  /** 1-based line where the body starts. */
  bodyRegel: number;
  body: string;
}

export type FrontmatterResultaat =
  | { ok: true; frontmatter: Frontmatter }
  | { ok: false; regel: number; melding: string };

export function leesFrontmatter(bron: string): FrontmatterResultaat {
  const tekst = bron.replace(/^\uFEFF/, '').replace(/\r\n?/g, '\n');
  if (tekst.trim() === '') return { ok: false, regel: 1, melding: 'het bestand is leeg; verwacht frontmatter tussen twee regels met ---' };
  const regels = tekst.split('\n');
  if (regels[0]?.trim() !== '---') {
    return { ok: false, regel: 1, melding: 'het bestand begint niet met ---; verwacht frontmatter tussen twee regels met ---' };
  }
  const eind = regels.findIndex((r, i) => i > 0 && r.trim() === '---');
  if (eind < 0) return { ok: false, regel: 1, melding: 'de frontmatter wordt niet afgesloten; verwacht een tweede regel met ---' };
  const yamlTekst = regels.slice(1, eind).join('\n');
  const lc = new LineCounter();
  const doc: Document = parseDocument(yamlTekst, { lineCounter: lc, prettyErrors: false, uniqueKeys: true });
  if (doc.errors.length > 0) {
    const e = doc.errors[0]!;
    const pos = e.linePos?.[0] ?? (typeof e.pos?.[0] === 'number' ? lc.linePos(e.pos[0]) : undefined);
    const regel = (pos?.line ?? 1) + 1;
    return { ok: false, regel, melding: `de frontmatter is geen geldige YAML (${vertaalYamlFout(e.code, e.message)}); controleer inspringing, dubbele punten en aanhalingstekens` };
  }
  const regelVan = (pad: readonly PropertyKey[]): number => {
    for (let n = pad.length; n >= 0; n--) {
      const deel = pad.slice(0, n).map((p) => (typeof p === 'symbol' ? String(p) : p));
      const node = n === 0 ? doc.contents : doc.getIn(deel as (string | number)[], true);
      if (node && typeof node === 'object' && 'range' in node && Array.isArray((node as { range?: unknown }).range)) {
        // Prefer the key's line for a map entry: find the pair whose key matches.
        const parent = n > 0 ? (n === 1 ? doc.contents : doc.getIn(deel.slice(0, -1) as (string | number)[], true)) : null;
        if (parent && isMap(parent)) {
          const pair = parent.items.find((p) => (p.key as { value?: unknown })?.value === deel[deel.length - 1]);
          const kr = (pair?.key as { range?: number[] } | undefined)?.range;
          if (kr) return lc.linePos(kr[0]!).line + 1;
        }
        if (parent && isSeq(parent)) {
          const r = (node as { range: number[] }).range;
          return lc.linePos(r[0]!).line + 1;
        }
        const r = (node as { range: number[] }).range;
        return lc.linePos(r[0]!).line + 1;
      }
    }
    return 1;
  };
  return {
    ok: true,
    frontmatter: {
      data: doc.toJS() ?? {},
      regelVan,
      bodyRegel: eind + 2,
      body: regels.slice(eind + 1).join('\n'),
    },
  };
}

function vertaalYamlFout(code: string, bericht: string): string {
  const vertalingen: Record<string, string> = {
    DUPLICATE_KEY: 'een veld staat er twee keer in',
    BAD_INDENT: 'de inspringing klopt niet',
    MISSING_CHAR: 'er ontbreekt een teken',
    MULTILINE_IMPLICIT_KEY: 'een veldnaam loopt over meer regels, of er ontbreekt een dubbele punt',
    BLOCK_AS_IMPLICIT_KEY: 'een veldnaam is ongeldig',
    UNEXPECTED_TOKEN: 'onverwacht teken',
    BAD_SCALAR_START: 'een waarde begint met een teken dat tussen aanhalingstekens moet',
  };
  return vertalingen[code] ?? bericht.split('\n')[0]!;
}
