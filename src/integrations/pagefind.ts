/**
 * The search index, built while Astro renders. That is all this hook does. Every search fact
 * (names, aliases, filters, weights) is emitted by the pages themselves at render time as
 * data-pagefind-* attributes (src/components/ZoekAliassen.astro, the layouts); synonyms are
 * applied to the query in the browser (src/lib/zoeken/vraag.ts).
 *
 * How: Astro renders pages through a "prerenderer" (`setPrerenderer` in astro:build:start, the
 * API adapters use). We wrap Astro's own: every page it renders is passed on unchanged and, if it
 * has data-pagefind-body, handed to Pagefind's Node API (`addHTMLFile`). Pagefind parses it in its
 * own process, on the other core, while Astro renders the next pages; after the last page only
 * `writeFiles` is left. Reading dist/ again after the build (Starlight's
 * packages/starlight/integrations/pagefind.ts, `addDirectory`) made the build wait for all of it.
 *
 * Pages are handed over in the order of Astro's own list of paths (getStaticPaths), never in the
 * order they happen to finish (4 render at a time): Pagefind numbers pages in the order it gets
 * them, and that number decides file names and the order of equal scores. So the index is the
 * same on every build. A page that is never rendered (a duplicate path) holds the queue until the
 * end, where everything left is handed over in order.
 */
import type { AstroIntegration, AstroPrerenderer } from 'astro';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
// Imported with the config, not on demand: Astro runs this file through a Vite module runner
// that may already be closed when a hook first needs Pagefind (seen under load: "Vite module
// runner has been closed"). Loading the module starts nothing; createIndex starts Pagefind.
import * as pagefind from 'pagefind';

const DECODER = new TextDecoder();

/** Astro's list has "/a/b", the request "/a/b/": one key for both. */
const sleutel = (pad: string): string => (pad.length > 1 ? pad.replace(/\/+$/, '') : pad);

/**
 * What Pagefind needs of a page: its one <main> (data-pagefind-body and every data-pagefind-*
 * attribute are there, src/layouts/Base.astro) in an <html> element with the page's language,
 * without the parts Pagefind skips anyway (`zonderOverslagen`). Head, header, navigation and
 * footer are an eighth of a page's bytes; on a gemeente page the charts and maps are two thirds of
 * its <main>. On the 1,000-document corpus this leaves 13.6 MB of the 43.2 MB of the indexed
 * pages. Every byte is encoded and piped to Pagefind and parsed there, while both cores are busy
 * rendering. The index is the same (tests/site/zoeken checks it against Pagefind's own index of
 * the built pages). A page without exactly one <main> goes whole.
 */
export function alleenHoofdinhoud(html: string): string {
  const begin = html.indexOf('<main');
  const einde = html.lastIndexOf('</main>');
  if (begin < 0 || einde < begin || html.indexOf('<main', begin + 1) >= 0) return html;
  const buiten = html.slice(0, begin) + html.slice(einde);
  if (buiten.includes('data-pagefind-')) return html;
  const lang = /<html[^>]*\slang="([^"]*)"/.exec(html)?.[1];
  return `<!DOCTYPE html><html${lang ? ` lang="${lang}"` : ''}><body>${zonderOverslagen(html.slice(begin, einde + '</main>'.length))}</body></html>`;
}

/** Whether the tag that starts at `begin` ends in "/>" (an element without content). */
const sluitZichzelf = (html: string, begin: number): boolean => html[html.indexOf('>', begin) - 1] === '/';

/** Elements that have no end tag. */
const LEEG = new Set(['area', 'base', 'br', 'col', 'embed', 'hr', 'img', 'input', 'link', 'meta', 'source', 'track', 'wbr']);

/**
 * The start of an element Pagefind skips with everything in it: an <svg> (Pagefind never indexes
 * SVG) or an element with data-pagefind-ignore="all" (its text, filters and metadata are all left out).
 */
const OVERSLAAN = /<(svg)[\s>/]|<([a-z][a-z0-9-]*)\b[^>]*\sdata-pagefind-ignore=(?:"all"|'all')[\s>/]/g;

/**
 * `html` (valid HTML, as Astro writes it) without the elements Pagefind skips. An element ends at
 * the end tag that closes it: start and end tags of the same name are counted, so an <svg> in an
 * <svg> or a <div> in a <div> is handled. Text never holds a raw "<", so tags are found by name.
 */
export function zonderOverslagen(html: string): string {
  let uit = '';
  let vanaf = 0;
  OVERSLAAN.lastIndex = 0;
  for (let m = OVERSLAAN.exec(html); m; m = OVERSLAAN.exec(html)) {
    const naam = (m[1] ?? m[2])!;
    const eindeStart = html.indexOf('>', m.index);
    if (eindeStart < 0) break;
    let eind = eindeStart + 1;
    if (!LEEG.has(naam) && !sluitZichzelf(html, m.index)) {
      const tags = new RegExp(`<(/?)${naam}[\\s>/]`, 'g');
      tags.lastIndex = eind;
      let diepte = 1;
      for (let t = tags.exec(html); t; t = tags.exec(html)) {
        if (t[1]) diepte--;
        else if (!sluitZichzelf(html, t.index)) diepte++;
        if (diepte === 0) {
          eind = html.indexOf('>', t.index) + 1;
          break;
        }
      }
      // No end tag: the HTML is not what Astro writes; leave it whole rather than guess.
      if (diepte > 0) return html;
    }
    uit += html.slice(vanaf, m.index);
    vanaf = eind;
    OVERSLAAN.lastIndex = eind;
  }
  return uit + html.slice(vanaf);
}

/** Rendered pages, handed to `geef` one by one in the order of Astro's list of paths. */
export class PaginaVolgorde {
  private volgorde: string[] | undefined;
  private volgende = 0;
  /** Pages rendered before their turn: the page to hand over, or null (nothing to index). */
  private readonly wachtend = new Map<string, { url: string; html: string } | null>();
  private readonly geef: (url: string, html: string) => void;
  private alles!: () => void;
  /** Resolves once every page of the list has been handed over (or `rest()` was called). */
  readonly klaar = new Promise<void>((resolve) => (this.alles = resolve));

  constructor(geef: (url: string, html: string) => void) {
    this.geef = geef;
  }

  /** The paths of Astro's pages (not its endpoints), in Astro's order. */
  zetVolgorde(paden: readonly string[]): void {
    this.volgorde = paden.map(sleutel);
    this.doorgeven();
  }

  /** A page rendered at `url` (as built, with its trailing slash); `html` undefined when it is not an HTML page. */
  gerenderd(url: string, html: string | undefined): void {
    this.wachtend.set(sleutel(url), html?.includes('data-pagefind-body') ? { url, html: alleenHoofdinhoud(html) } : null);
    this.doorgeven();
  }

  /** Hand over every page still waiting: first in the list's order, then any not in the list by path. */
  rest(): void {
    const volgorde = this.volgorde ?? [];
    for (const pad of volgorde.slice(this.volgende)) this.geefPad(pad);
    this.volgende = volgorde.length;
    for (const pad of [...this.wachtend.keys()].sort()) this.geefPad(pad);
    this.alles();
  }

  private doorgeven(): void {
    if (!this.volgorde) return;
    while (this.volgende < this.volgorde.length && this.wachtend.has(this.volgorde[this.volgende]!)) {
      this.geefPad(this.volgorde[this.volgende++]!);
    }
    if (this.volgende === this.volgorde.length) this.alles();
  }

  private geefPad(pad: string): void {
    const pagina = this.wachtend.get(pad);
    this.wachtend.delete(pad);
    if (pagina) this.geef(pagina.url, pagina.html);
  }
}

/**
 * Astro's prerenderer, with every rendered page also given to `volgorde`. Responses pass unchanged.
 * Astro renders in the order of the list it gets: first the pages that can be in the index, then
 * the pages of routes that never are (`nietInIndex`: archive, advice steps), then the endpoints
 * (CSV and JSON downloads, the feed), which are never indexed. Once the last indexable page is
 * in, Pagefind writes the index while Astro renders the rest. A page of a `nietInIndex` route that
 * does have data-pagefind-body stops the build: the list in astro.config.mjs is out of date.
 */
export function metZoekindex(
  standaard: AstroPrerenderer,
  volgorde: PaginaVolgorde,
  nietInIndex: readonly string[] = [],
): AstroPrerenderer {
  const laat = (component: string) => nietInIndex.some((r) => (r.endsWith('/') ? component.startsWith(r) : component === r));
  return {
    ...standaard,
    name: 'opnieuw-thuis:zoekindex',
    async getStaticPaths() {
      const alle = await standaard.getStaticPaths();
      const paginas = alle.filter((p) => p.route.type === 'page' && !laat(p.route.component));
      volgorde.zetVolgorde(paginas.map((p) => p.pathname));
      return [
        ...paginas,
        ...alle.filter((p) => p.route.type === 'page' && laat(p.route.component)),
        ...alle.filter((p) => p.route.type !== 'page'),
      ];
    },
    async render(request, opties) {
      const uitkomst = await standaard.render(request, opties);
      const route = opties.routeData;
      if (route.type !== 'page') return uitkomst;
      const response = uitkomst instanceof Response ? uitkomst : uitkomst.response;
      const pad = new URL(request.url).pathname;
      if (!response.ok || !response.headers.get('content-type')?.includes('text/html')) {
        volgorde.gerenderd(pad, undefined);
        return uitkomst;
      }
      // Read the bytes once: the copy Astro gets is built from the same bytes (no second UTF-8
      // encoding of every page), Pagefind gets the text.
      const bytes = new Uint8Array(await response.arrayBuffer());
      const html = DECODER.decode(bytes);
      if (laat(route.component)) {
        if (html.includes('data-pagefind-body'))
          throw new Error(
            `De zoekindex mist ${pad}: die pagina heeft data-pagefind-body, maar ${route.component} staat in astro.config.mjs bij nietInIndex (routes zonder zoekbare pagina's). Haal de route daar weg.`,
          );
      } else volgorde.gerenderd(pad, html);
      const kopie = new Response(bytes, { status: response.status, statusText: response.statusText, headers: response.headers });
      return uitkomst instanceof Response ? kopie : { ...uitkomst, response: kopie };
    },
  };
}

function controleer(stap: string, errors: readonly string[] | undefined): void {
  if (errors && errors.length > 0) throw new Error(`De zoekindex kon niet worden gemaakt (${stap}): ${errors.join('; ')}`);
}

/**
 * One Pagefind index per build: pages go in while the site renders; as soon as the last page is
 * in, Pagefind writes the index to `uitvoer` (while Astro renders the endpoints).
 */
function pagefindIndex(uitvoer: string) {
  const start = performance.now();
  const index = (async () => {
    // The site is Dutch; forcing it keeps one index (and one WASM file) even for pages without lang.
    const { index, errors } = await pagefind.createIndex({ forceLanguage: 'nl' });
    controleer('createIndex', errors);
    if (!index) throw new Error('De zoekindex kon niet worden gemaakt: Pagefind gaf geen index terug.');
    return index;
  })();
  index.catch(() => undefined); // reported below, when the index is written
  const toevoegingen: Promise<void>[] = [];
  const volgorde = new PaginaVolgorde((url, html) => {
    const t = index.then(async (i) => controleer(url, (await i.addHTMLFile({ url, content: html })).errors));
    t.catch(() => undefined); // reported below, when the index is written
    toevoegingen.push(t);
  });
  const geschreven = volgorde.klaar.then(async () => {
    const i = await index;
    await Promise.all(toevoegingen);
    if (toevoegingen.length === 0) throw new Error('De zoekindex is leeg: geen enkele pagina heeft data-pagefind-body.');
    controleer('writeFiles', (await i.writeFiles({ outputPath: uitvoer })).errors);
    return performance.now();
  });
  // A failure is reported when the build waits for the index, never as an unhandled rejection before that.
  geschreven.catch(() => undefined);
  return {
    volgorde,
    /** Wait until the index is written. */
    async klaar(): Promise<{ paginas: number; wachtMs: number; totaalMs: number }> {
      const buildKlaar = performance.now();
      try {
        volgorde.rest();
        const einde = await geschreven;
        return {
          paginas: toevoegingen.length,
          wachtMs: Math.round(Math.max(0, einde - buildKlaar)),
          totaalMs: Math.round(einde - start),
        };
      } finally {
        await pagefind.close();
      }
    },
  };
}

export interface ZoekindexOpties {
  /**
   * Routes (component paths; a path ending in / means every route under it) whose pages are never
   * in the search index. They render after the indexable pages, so Pagefind can write the index
   * meanwhile. Optional: leaving a route out only makes the build wait longer.
   */
  nietInIndex?: readonly string[];
}

export default function zoekindex(opties: ZoekindexOpties = {}): AstroIntegration {
  let uitvoer: string | undefined;
  let index: ReturnType<typeof pagefindIndex> | undefined;
  return {
    name: 'opnieuw-thuis:pagefind',
    hooks: {
      'astro:config:done': ({ config }) => {
        uitvoer = join(fileURLToPath(config.outDir), 'pagefind');
      },
      'astro:build:start': ({ setPrerenderer }) => {
        const nieuw = pagefindIndex(uitvoer!);
        index = nieuw;
        setPrerenderer((standaard) => metZoekindex(standaard, nieuw.volgorde, opties.nietInIndex));
      },
      'astro:build:done': async ({ logger }) => {
        if (!index) throw new Error('De zoekindex kon niet worden gemaakt: de pagina’s zijn niet langs de indexeerder gegaan.');
        const { paginas, wachtMs, totaalMs } = await index.klaar();
        index = undefined;
        logger.info(
          `zoekindex: ${paginas} HTML-pagina's tijdens het renderen geïndexeerd, index in dist/pagefind/ (taal nl, ${totaalMs} ms sinds de start, ${wachtMs} ms na het renderen).`,
        );
      },
    },
  };
}
