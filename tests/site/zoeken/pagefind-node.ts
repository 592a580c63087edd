/**
 * Pagefind's own search code (dist/pagefind/pagefind.js) loaded in Node against the built
 * index, served on loopback with the production headers (tests/helpers/server.ts). Since
 * Pagefind 1.4 pagefind.js runs outside a browser; it fetches its index and WASM with
 * global fetch. Same options as the search page (ZOEK_OPTIES), so ranking is the same.
 */
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { startDistServer } from '../../helpers/server.ts';
import { requireDist } from '../../helpers/paths.ts';
import { ZOEK_OPTIES, zoekResultaten, type Pagefind, type PagefindResultaatData } from '../../../src/scripts/zoeken.ts';

export interface NodePagefind {
  pf: Pagefind;
  dist: string;
  url: string;
  /** Does the built site have this page? */
  bestaat: (pad: string) => boolean;
  /** The first `aantal` results as the search page shows them (re-ordered), as paths. */
  zoek: (q: string, filters?: Record<string, string[]>, aantal?: number) => Promise<{ paden: string[]; data: PagefindResultaatData[]; totaal: number }>;
  close: () => Promise<void>;
}

export function padVan(url: string): string {
  return new URL(url, 'http://x').pathname;
}

export async function laadNodePagefind(): Promise<NodePagefind> {
  const dist = requireDist();
  const bestand = join(dist, 'pagefind', 'pagefind.js');
  if (!existsSync(bestand)) throw new Error(`Geen zoekindex in ${dist}/pagefind/: bouw de site met de integratie src/integrations/pagefind.ts.`);
  const server = await startDistServer(dist);
  const pf = (await import(/* @vite-ignore */ pathToFileURL(bestand).href)) as Pagefind;
  await pf.options({ ...ZOEK_OPTIES, basePath: `${server.url}/pagefind/` });
  // No <html lang> in Node: ask for the Dutch index explicitly (the index is forced to nl).
  await pf.init('nl');
  // As the search page does (laadPagefind): load the filter index, so searches return counts.
  await pf.filters();
  return {
    pf,
    dist,
    url: server.url,
    bestaat: (pad) => existsSync(join(dist, pad, 'index.html')),
    zoek: async (q, filters = {}, aantal = 10) => {
      const r = await zoekResultaten(pf, { q, filters }, aantal);
      if (!r) throw new Error(`Pagefind gaf geen resultaat voor "${q}"`);
      return { paden: r.eerste.map((d) => padVan(d.url)), data: r.eerste, totaal: r.zoek.results.length };
    },
    close: () => server.close(),
  };
}
