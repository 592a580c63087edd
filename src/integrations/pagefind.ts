/**
 * The search index. After `astro build`, this integration reads every built page,
 * enriches it in memory (never on disk) and hands it to Pagefind's Node API, which
 * writes the index to dist/pagefind/. Model: Starlight's integrations/pagefind.ts.
 *
 * Pagefind has no synonym feature, so relevance is made at index time, as page metadata
 * (Pagefind 1.5+ searches metadata and can weight each field, see `ZOEK_OPTIES` in
 * src/scripts/zoeken.ts):
 * - `namen`: the names a page is *about*: a gemeente with its popular names and spelling
 *   variants (Den Haag, s-Gravenhage, Gravenhage), a thema hub with its synonyms.
 *   Rendered by ZoekAliassen.astro on Land in beeld pages; added here for thema hubs and
 *   for Land in beeld pages that forgot the component. Weighted high, so these pages come first.
 * - `provincienamen`: the same for a provincie page, weighted a little higher still, so
 *   "Fryslân" finds the provincie before the gemeente Súdwest-Fryslân.
 * - `titeltermen` / `hoofdtermen` / `kerntermen` / `zoektermen`: synonyms
 *   (data/zoeken/synoniemen.json) of words in the page title / 8+ times / 3-7 times / once
 *   or twice in the text, so "statushouder" finds pages about vergunninghouders, the pages
 *   that are most about them first.
 * The search page then puts a page whose name is exactly the query first (see `herorden`
 * in src/scripts/zoeken.ts): Pagefind matches word prefixes, so "Utrecht" also matches
 * "Utrechtse Heuvelrug", and only an exact comparison can settle that.
 * Metadata is not shown in excerpts, so users never see these lists as page text.
 *
 * The hook also fixes filters that the page templates cannot know: `provincie` for a goed
 * voorbeeld (from its gemeente links) and `type` for Land in beeld pages.
 */
import type { AstroIntegration, AstroIntegrationLogger } from 'astro';
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, relative, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import synoniemenData from '../../data/zoeken/synoniemen.json' with { type: 'json' };
import naamvariantenData from '../../data/zoeken/naamvarianten.json' with { type: 'json' };
import provinciesData from '../../data/provincies.json' with { type: 'json' };
import themasData from '../../data/themas.json' with { type: 'json' };
import gemeenten2015 from '../../data/gemeenten/2015.json' with { type: 'json' };
import gemeenten2016 from '../../data/gemeenten/2016.json' with { type: 'json' };
import gemeenten2026 from '../../data/gemeenten/2026.json' with { type: 'json' };
import { slugify, vouw } from '../lib/slug.ts';
import { META, NAAM_SCHEIDING } from '../scripts/zoeken.ts';

// ---------------------------------------------------------------------------
// Names and spelling variants
// ---------------------------------------------------------------------------

interface GemeenteRegel { code: string; naam: string; provincie?: string }

/** Newest name and provincie per gemeente code (later indelingen win). */
const GEMEENTEN = new Map<string, { naam: string; provincie?: string }>();
for (const g of [...gemeenten2015, ...gemeenten2016, ...gemeenten2026] as GemeenteRegel[]) {
  GEMEENTEN.set(g.code, { naam: g.naam, provincie: g.provincie ?? GEMEENTEN.get(g.code)?.provincie });
}
const PROVINCIES = new Map<string, string>(provinciesData.map((p) => [p.code, p.naam]));
const PROVINCIE_PER_SLUG = new Map<string, string>(provinciesData.map((p) => [slugify(p.naam), p.code]));
const EXTRA_GEMEENTE = naamvariantenData.gemeenten as Record<string, string[]>;
const EXTRA_PROVINCIE = naamvariantenData.provincies as Record<string, string[]>;

/** Lowercase, diacritics folded, apostrophes dropped, every other non-letter a single space. */
export function normaliseer(tekst: string): string {
  return vouw(tekst)
    .replace(/[^a-z0-9]+/g, ' ')
    .trim();
}

/**
 * The ways people type a name: as written, without diacritics, without apostrophe,
 * hyphens as spaces, without the leading 's- and without a parenthesised suffix.
 * "'s-Hertogenbosch" → 's-Hertogenbosch, s-Hertogenbosch, s Hertogenbosch, Hertogenbosch.
 */
export function spellingVarianten(naam: string): string[] {
  const zonderAccent = naam.normalize('NFKD').replace(/[\u0300-\u036f]/g, '');
  const kandidaten = [naam, zonderAccent];
  for (const n of [naam, zonderAccent]) {
    const zonderApostrof = n.replace(/['’‘`]/g, '');
    kandidaten.push(zonderApostrof, zonderApostrof.replace(/-/g, ' '));
    const zonderLidwoord = zonderApostrof.replace(/^s-/i, '');
    if (zonderLidwoord !== zonderApostrof) kandidaten.push(zonderLidwoord);
    const zonderHaakjes = n.replace(/\s*\(.*\)\s*$/, '');
    if (zonderHaakjes !== n) kandidaten.push(zonderHaakjes);
    const komma = n.split(',')[0]!.trim();
    if (komma !== n) kandidaten.push(komma);
  }
  return uniek(kandidaten);
}

function uniek(lijst: string[]): string[] {
  const gezien = new Set<string>();
  const uit: string[] = [];
  for (const item of lijst.map((s) => s.replace(/\s+/g, ' ').trim()).filter(Boolean)) {
    if (gezien.has(item.toLowerCase())) continue;
    gezien.add(item.toLowerCase());
    uit.push(item);
  }
  return uit;
}

export interface ZoekNamen {
  /** The metadata field: `namen` for a gemeente, `provincienamen` for a provincie. */
  sleutel: string;
  /** The official name first, then popular names and spelling variants. */
  namen: string[];
  /** Name of the provincie, for the `provincie` filter. */
  provincie: string | undefined;
  /** Official name (undefined if the code is unknown). */
  naam: string | undefined;
}

/** Search names for a gemeente (GM0518) or provincie (PV21) code; case-insensitive. */
export function zoekNamen(code: string): ZoekNamen {
  const c = code.toUpperCase();
  if (c.startsWith('PV')) {
    const naam = PROVINCIES.get(c);
    const extra = EXTRA_PROVINCIE[c] ?? [];
    return { sleutel: META.provincienamen, naam, provincie: naam, namen: naam ? uniek([naam, ...extra].flatMap(spellingVarianten)) : [] };
  }
  const g = GEMEENTEN.get(c);
  const extra = EXTRA_GEMEENTE[c] ?? [];
  return {
    sleutel: META.namen,
    naam: g?.naam,
    provincie: g?.provincie ? PROVINCIES.get(g.provincie) : undefined,
    namen: g ? uniek([g.naam, ...extra].flatMap(spellingVarianten)) : [],
  };
}

/** The HTML that ZoekAliassen.astro renders, as a string (used when a page lacks the component). */
export function zoekNamenHtml(code: string): string {
  const z = zoekNamen(code);
  if (z.namen.length === 0) return '';
  let html = `<span hidden data-zoek-aliassen data-pagefind-meta="${attr(`${z.sleutel}:${z.namen.join(NAAM_SCHEIDING)}`)}"></span>`;
  if (z.provincie) html += `<span hidden data-pagefind-filter="${attr(`provincie:${z.provincie}`)}"></span>`;
  return html;
}

// ---------------------------------------------------------------------------
// Synonyms
// ---------------------------------------------------------------------------

export const SYNONIEMGROEPEN: readonly (readonly string[])[] = synoniemenData.groepen;

/**
 * A term occurs if it starts a word and is followed by at most a Dutch inflection
 * (-en, -s, -e, -ers…); short terms (coa, brp, azc) only by a plural s, so "coa" never matches "coach".
 */
function termPatroon(term: string): RegExp {
  const n = normaliseer(term);
  const achtervoegsel = n.length <= 4 ? 's?' : '[a-z]{0,4}';
  return new RegExp(`(?:^| )${n.replace(/ /g, ' ?')}${achtervoegsel}(?= |$)`, 'g');
}
const GROEP_PATRONEN = SYNONIEMGROEPEN.map((groep) => ({ groep, patronen: groep.map(termPatroon) }));

/** Synonym groups whose terms occur in the given text, with how often (all terms of the group together). */
export function synoniemenIn(tekst: string): { groep: string[]; aantal: number }[] {
  const n = normaliseer(tekst);
  const uit: { groep: string[]; aantal: number }[] = [];
  for (const { groep, patronen } of GROEP_PATRONEN) {
    const aantal = patronen.reduce((som, p) => som + (n.match(p)?.length ?? 0), 0);
    if (aantal > 0) uit.push({ groep: [...groep], aantal });
  }
  return uit;
}

/** From this many mentions a group counts as a subject of the page (metadata `kerntermen`)… */
export const KERN_DREMPEL = 3;
/** …and from this many as a main subject (metadata `hoofdtermen`). */
export const HOOFD_DREMPEL = 8;

// ---------------------------------------------------------------------------
// Reading the indexable text of a built page
// ---------------------------------------------------------------------------

const VOID = new Set(['area', 'base', 'br', 'col', 'embed', 'hr', 'img', 'input', 'link', 'meta', 'source', 'track', 'wbr']);
const RAW = new Set(['script', 'style', 'template', 'noscript']);

function entiteiten(s: string): string {
  return s
    .replace(/&#(\d+);/g, (_, n: string) => String.fromCodePoint(Number(n)))
    .replace(/&#x([0-9a-f]+);/gi, (_, n: string) => String.fromCodePoint(parseInt(n, 16)))
    .replace(/&nbsp;/g, ' ')
    .replace(/&rsquo;|&lsquo;/g, '’')
    .replace(/&quot;/g, '"')
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&amp;/g, '&');
}

/**
 * The text Pagefind indexes: inside the element with data-pagefind-body, without elements
 * marked data-pagefind-ignore and without scripts and styles. Returns '' if the page has no
 * data-pagefind-body (Pagefind then skips it).
 */
export function indexeerbareTekst(html: string): string {
  const start = html.search(/<[a-zA-Z][\w-]*\b[^>]*\sdata-pagefind-body\b/);
  if (start < 0) return '';
  const tagRe = /<(\/?)([a-zA-Z][\w-]*)\b((?:[^>"']|"[^"]*"|'[^']*')*)>/g;
  tagRe.lastIndex = start;
  const stapel: { naam: string; negeer: boolean }[] = [];
  const delen: string[] = [];
  let negeerDiepte = 0;
  let vorige = start;
  let m: RegExpExecArray | null;
  while ((m = tagRe.exec(html))) {
    if (negeerDiepte === 0 && stapel.length > 0) delen.push(html.slice(vorige, m.index));
    vorige = tagRe.lastIndex;
    const [, sluit, ruweNaam, attrs = ''] = m;
    const naam = ruweNaam!.toLowerCase();
    if (sluit) {
      // Pop to the matching open element (tolerates unclosed <p>, <li>).
      let i = stapel.length - 1;
      while (i >= 0 && stapel[i]!.naam !== naam) i--;
      if (i < 0) continue;
      while (stapel.length > i) if (stapel.pop()!.negeer) negeerDiepte--;
      if (stapel.length === 0) break;
      continue;
    }
    if (RAW.has(naam)) {
      const einde = html.indexOf(`</${naam}`, tagRe.lastIndex);
      tagRe.lastIndex = vorige = einde < 0 ? html.length : html.indexOf('>', einde) + 1;
      continue;
    }
    if (VOID.has(naam) || attrs.trimEnd().endsWith('/')) continue;
    const negeer = /\sdata-pagefind-ignore\b/.test(attrs);
    if (negeer) negeerDiepte++;
    stapel.push({ naam, negeer });
  }
  return entiteiten(delen.join(' ')).replace(/\s+/g, ' ').trim();
}

/** The page title as Pagefind sees it: the data-pagefind-meta="title" element, else the first h1. */
export function paginaTitel(html: string): string {
  const m =
    /<([a-zA-Z][\w-]*)\b[^>]*\sdata-pagefind-meta="title"[^>]*>([\s\S]*?)<\/\1>/.exec(html) ??
    /<(h1)\b[^>]*>([\s\S]*?)<\/h1>/i.exec(html);
  return m ? entiteiten(m[2]!.replace(/<[^>]+>/g, ' ')).replace(/\s+/g, ' ').trim() : '';
}

// ---------------------------------------------------------------------------
// Enriching one page
// ---------------------------------------------------------------------------

function attr(s: string): string {
  return s.replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
}

const meta = (sleutel: string, waarde: string) => `<span hidden data-pagefind-meta="${attr(`${sleutel}:${waarde}`)}"></span>`;
const filter = (sleutel: string, waarde: string) => `<span hidden data-pagefind-filter="${attr(`${sleutel}:${waarde}`)}"></span>`;

export interface Verrijking {
  html: string;
  /** Synonym terms added as metadata (title and text together). */
  synoniemen: string[];
  /** Names added for a gemeente, provincie or thema page. */
  namen: string[];
  /** Land in beeld page without ZoekAliassen (names were added here instead). */
  zonderAliassen: boolean;
}

/**
 * Add search metadata and filters to a built page, by inserting empty hidden elements
 * before </body>. `url` is the page path, e.g. "/land-in-beeld/gemeente/gm0518/".
 */
export function verrijkPagina(html: string, url: string): Verrijking {
  const extra: string[] = [];
  const namen: string[] = [];
  let zonderAliassen = false;

  // Synonyms of words in the title weigh like the title, synonyms of words in the text like the text.
  // Often-mentioned ones weigh more than a passing mention.
  const titel = paginaTitel(html);
  const titelGroepen = synoniemenIn(titel).map((g) => g.groep);
  const tekstGroepen = synoniemenIn(indexeerbareTekst(html)).filter((g) => !titelGroepen.some((t) => t[0] === g.groep[0]));
  const hoofd = tekstGroepen.filter((g) => g.aantal >= HOOFD_DREMPEL).map((g) => g.groep);
  const kern = tekstGroepen.filter((g) => g.aantal >= KERN_DREMPEL && g.aantal < HOOFD_DREMPEL).map((g) => g.groep);
  const terloops = tekstGroepen.filter((g) => g.aantal < KERN_DREMPEL).map((g) => g.groep);
  if (titelGroepen.length) extra.push(meta(META.titeltermen, titelGroepen.flat().join(', ')));
  if (hoofd.length) extra.push(meta(META.hoofdtermen, hoofd.flat().join(', ')));
  if (kern.length) extra.push(meta(META.kerntermen, kern.flat().join(', ')));
  if (terloops.length) extra.push(meta(META.zoektermen, terloops.flat().join(', ')));

  const heeftType = /\sdata-pagefind-filter="type[":]/.test(html);
  const heeftAliassen = /\sdata-zoek-aliassen\b/.test(html);

  const gemeente = /^\/land-in-beeld\/gemeente\/(gm\d{4})\/$/.exec(url);
  const provincie = /^\/land-in-beeld\/provincie\/([a-z0-9-]+)\/$/.exec(url);
  const provincieCode = provincie ? PROVINCIE_PER_SLUG.get(provincie[1]!) : undefined;
  const code = gemeente ? gemeente[1]!.toUpperCase() : provincieCode;
  if (code) {
    if (!heeftAliassen) {
      zonderAliassen = true;
      extra.push(zoekNamenHtml(code));
    }
    namen.push(...zoekNamen(code).namen);
    if (!heeftType) extra.push(filter('type', gemeente ? 'gemeente' : 'provincie'));
  }

  const thema = /^\/themas\/([a-z0-9-]+)\/$/.exec(url);
  const t = thema ? themasData.find((x) => x.id === thema[1]) : undefined;
  if (t) {
    const themaNamen = uniek([t.naam, ...t.synoniemen]);
    namen.push(...themaNamen);
    extra.push(meta(META.namen, themaNamen.join(NAAM_SCHEIDING)));
    // The hub belongs to its own thema, so the thema filter lists it with the items.
    if (!/\sdata-pagefind-filter="thema"/.test(html)) extra.push(filter('thema', t.naam));
  }

  // A goed voorbeeld names its gemeenten (links with data-pagefind-filter="gemeente"): add their provincies.
  const provincies = new Set<string>();
  for (const a of html.matchAll(/<a\b[^>]*>/g)) {
    const tag = a[0];
    if (!/\sdata-pagefind-filter="gemeente"/.test(tag)) continue;
    const href = /\shref="\/land-in-beeld\/gemeente\/(gm\d{4})\/"/.exec(tag);
    const p = href ? zoekNamen(href[1]!).provincie : undefined;
    if (p) provincies.add(p);
  }
  for (const p of provincies) extra.push(filter('provincie', p));

  if (!/\sdata-pagefind-meta="type[":]/.test(html)) {
    const type = /<[^>]*\sdata-pagefind-filter="type"[^>]*>([^<]*)</.exec(html)?.[1]?.trim() ?? (code ? (gemeente ? 'gemeente' : 'provincie') : undefined);
    if (type) extra.push(meta('type', type));
  }

  const synoniemen = [...titelGroepen, ...hoofd, ...kern, ...terloops].flat();
  if (extra.length === 0) return { html, synoniemen, namen, zonderAliassen };
  const blok = `<div hidden data-zoek-verrijking>${extra.join('')}</div>`;
  const i = html.lastIndexOf('</body>');
  return { html: i < 0 ? html + blok : html.slice(0, i) + blok + html.slice(i), synoniemen, namen, zonderAliassen };
}

// ---------------------------------------------------------------------------
// The Astro integration
// ---------------------------------------------------------------------------

function* htmlBestanden(map: string, wortel: string): Generator<string> {
  for (const naam of readdirSync(map)) {
    const pad = join(map, naam);
    if (statSync(pad).isDirectory()) {
      if (relative(wortel, pad) !== 'pagefind') yield* htmlBestanden(pad, wortel);
    } else if (naam.endsWith('.html')) yield pad;
  }
}

/** "/vragen/x/index.html" → "/vragen/x/"; "/404.html" stays. */
export function paginaUrl(relatiefPad: string): string {
  return `/${relatiefPad.split(sep).join('/')}`.replace(/\/index\.html$/, '/');
}

function controleer(stap: string, errors: string[] | undefined): void {
  if (errors && errors.length > 0) throw new Error(`De zoekindex kon niet worden gemaakt (${stap}): ${errors.join('; ')}`);
}

/** Index `distMap` into `distMap/pagefind/`. Exported for scripts/bench-search.ts. */
export async function maakZoekindex(distMap: string, logger?: Pick<AstroIntegrationLogger, 'info' | 'warn'>): Promise<{ paginas: number; overgeslagen: number }> {
  const pagefind = await import('pagefind');
  const start = performance.now();
  const { index, errors } = await pagefind.createIndex({ forceLanguage: 'nl' });
  controleer('createIndex', errors);
  if (!index) throw new Error('De zoekindex kon niet worden gemaakt: Pagefind gaf geen index terug.');
  try {
    let paginas = 0;
    let overgeslagen = 0;
    let metSynoniemen = 0;
    const zonderAliassen: string[] = [];
    // Enriched copies go to a scratch folder that Pagefind reads in one go (its Rust side parses
    // in parallel); dist/ itself stays untouched. One addHTMLFile call per page was 3–4× slower.
    const kladMap = mkdtempSync(join(tmpdir(), 'ot-zoekindex-'));
    try {
      for (const bestand of htmlBestanden(distMap, distMap)) {
        const html = readFileSync(bestand, 'utf8');
        // Pages without data-pagefind-body (overviews, the search page, 404) stay out, as Pagefind would do.
        if (!/\sdata-pagefind-body\b/.test(html)) {
          overgeslagen++;
          continue;
        }
        const rel = relative(distMap, bestand);
        const v = verrijkPagina(html, paginaUrl(rel));
        if (v.synoniemen.length) metSynoniemen++;
        if (v.zonderAliassen) zonderAliassen.push(paginaUrl(rel));
        mkdirSync(dirname(join(kladMap, rel)), { recursive: true });
        writeFileSync(join(kladMap, rel), v.html);
        paginas++;
      }
      const r = await index.addDirectory({ path: kladMap });
      controleer('addDirectory', r.errors);
      if (r.page_count !== paginas) throw new Error(`De zoekindex telt ${r.page_count} pagina's, verwacht ${paginas}.`);
    } finally {
      rmSync(kladMap, { recursive: true, force: true });
    }
    if (paginas === 0) throw new Error('De zoekindex is leeg: geen enkele pagina heeft data-pagefind-body.');
    const w = await index.writeFiles({ outputPath: join(distMap, 'pagefind') });
    controleer('writeFiles', w.errors);
    const ms = Math.round(performance.now() - start);
    logger?.info(`zoekindex: ${paginas} pagina's in dist/pagefind/ (taal nl, ${ms} ms); ${overgeslagen} pagina's zonder data-pagefind-body overgeslagen; synoniemen toegevoegd op ${metSynoniemen} pagina's.`);
    if (zonderAliassen.length > 0) {
      logger?.warn(`zoekindex: ${zonderAliassen.length} Land in beeld-pagina's hebben geen <ZoekAliassen>; de namen zijn bij het indexeren toegevoegd (bijvoorbeeld ${zonderAliassen[0]}).`);
    }
    return { paginas, overgeslagen };
  } finally {
    await pagefind.close();
  }
}

export default function zoekindex(): AstroIntegration {
  return {
    name: 'opnieuw-thuis:pagefind',
    hooks: {
      'astro:build:done': async ({ dir, logger }) => {
        await maakZoekindex(fileURLToPath(dir), logger);
      },
    },
  };
}
