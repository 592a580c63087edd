/**
 * The search index: after `astro build`, Pagefind indexes dist/ into dist/pagefind/. That is all
 * this hook does. Every search fact (names, aliases, filters, weights) is emitted by the pages
 * themselves at render time as data-pagefind-* attributes (src/components/ZoekAliassen.astro,
 * the layouts), synonyms are applied to the query in the browser (src/lib/zoeken/vraag.ts).
 * Model: Starlight's packages/starlight/integrations/pagefind.ts (Node API, addDirectory, writeFiles).
 */
import type { AstroIntegration } from 'astro';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

function controleer(stap: string, errors: string[] | undefined): void {
  if (errors && errors.length > 0) throw new Error(`De zoekindex kon niet worden gemaakt (${stap}): ${errors.join('; ')}`);
}

/** Characters that mean something in Pagefind's glob syntax. */
const GLOB_TEKENS = /[{}[\]*?,!\\]/;

/**
 * The HTML files that can be in the index: those with data-pagefind-body. Once any page has it,
 * Pagefind indexes only pages that have it, but it still reads and parses every other page
 * (Land in beeld archive, advies steps: a quarter of the bytes in dist/). Giving Pagefind only
 * these files makes the same index (byte for byte) in about a quarter less time. A file that
 * merely mentions the word is passed on too; Pagefind itself then decides, as before.
 * Undefined when a path cannot be written in a glob: then Pagefind reads every file.
 */
function indexeerbarePaginas(distMap: string): string[] | undefined {
  const paden = readdirSync(distMap, { recursive: true, encoding: 'utf8' })
    .filter((p) => p.endsWith('.html'))
    .sort();
  if (paden.some((p) => GLOB_TEKENS.test(p))) return undefined;
  return paden.filter((p) => readFileSync(join(distMap, p), 'utf8').includes('data-pagefind-body'));
}

/** Index `distMap` into `distMap/pagefind/`. Exported for scripts/bench. */
async function maakZoekindex(distMap: string): Promise<{ paginas: number; ms: number }> {
  const pagefind = await import('pagefind');
  const start = performance.now();
  try {
    const paginas = indexeerbarePaginas(distMap);
    if (paginas?.length === 0) throw new Error('De zoekindex is leeg: geen enkele pagina heeft data-pagefind-body.');
    // The site is Dutch; forcing it keeps one index (and one WASM file) even for pages without lang.
    const { index, errors } = await pagefind.createIndex({ forceLanguage: 'nl' });
    controleer('createIndex', errors);
    if (!index) throw new Error('De zoekindex kon niet worden gemaakt: Pagefind gaf geen index terug.');
    const r = await index.addDirectory({ path: distMap, ...(paginas ? { glob: `{${paginas.join(',')}}` } : {}) });
    controleer('addDirectory', r.errors);
    if (r.page_count === 0) throw new Error('De zoekindex is leeg: geen enkele pagina heeft data-pagefind-body.');
    const w = await index.writeFiles({ outputPath: join(distMap, 'pagefind') });
    controleer('writeFiles', w.errors);
    return { paginas: r.page_count, ms: Math.round(performance.now() - start) };
  } finally {
    await pagefind.close();
  }
}

export default function zoekindex(): AstroIntegration {
  return {
    name: 'opnieuw-thuis:pagefind',
    hooks: {
      'astro:build:done': async ({ dir, logger }) => {
        const { paginas, ms } = await maakZoekindex(fileURLToPath(dir));
        logger.info(`zoekindex: ${paginas} HTML-pagina's gelezen, index in dist/pagefind/ (taal nl, ${ms} ms).`);
      },
    },
  };
}
