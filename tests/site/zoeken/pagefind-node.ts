/**
 * Pagefind's own search code (dist/pagefind/pagefind.js) loaded in Node against the built
 * index, served on loopback with the production headers (scripts/lib/server.ts). Since
 * Pagefind 1.4 pagefind.js runs outside a browser; it fetches its index and WASM with
 * global fetch. Same instance options and the same search logic (src/lib/zoeken) as the
 * search page, so ranking is the same.
 */
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { startDistServer } from '../../../scripts/lib/server.ts';
import { requireDist } from '../../../scripts/lib/paths.ts';
import {
  INSTANTIE_OPTIES,
  PER_KEER,
  ZOEK_OPTIES,
  pagefindFilters,
  zoek,
  type PagefindResultaatData,
  type PagefindInstantie,
} from '../../../src/lib/zoeken/index.ts';

export interface NodePagefind {
  pf: PagefindInstantie;
  dist: string;
  url: string;
  /** Does the built site have this page? */
  bestaat: (pad: string) => boolean;
  /** The first `aantal` results as the search page orders them, as paths. */
  zoek: (
    q: string,
    filters?: Record<string, string[]>,
    aantal?: number,
  ) => Promise<{ paden: string[]; data: PagefindResultaatData[]; totaal: number }>;
  close: () => Promise<void>;
}

export function padVan(url: string): string {
  return new URL(url, 'http://x').pathname;
}

export async function laadNodePagefind(): Promise<NodePagefind> {
  const dist = requireDist();
  const bestand = join(dist, 'pagefind', 'pagefind.js');
  if (!existsSync(bestand))
    throw new Error(`Geen zoekindex in ${dist}/pagefind/: bouw de site met de integratie src/integrations/pagefind.ts.`);
  const server = await startDistServer(dist);
  const mod = (await import(/* @vite-ignore */ pathToFileURL(bestand).href)) as {
    createInstance: (o: object) => PagefindInstantie;
  };
  const pf = mod.createInstance({ ...INSTANTIE_OPTIES, basePath: `${server.url}/pagefind/` });
  await pf.options(ZOEK_OPTIES);
  await pf.init();
  // As the search page does: load the filter index, so searches return counts.
  await pf.filters();
  return {
    pf,
    dist,
    url: server.url,
    bestaat: (pad) => existsSync(join(dist, pad, 'index.html')),
    zoek: async (q, filters = {}, aantal = PER_KEER) => {
      const r = await zoek(pf, q, pagefindFilters({ q, filters }), aantal);
      return { paden: r.eerste.map((d) => padVan(d.url)), data: r.eerste, totaal: r.resultaten.length };
    },
    close: () => server.close(),
  };
}
