/**
 * One search as the search page does it, on top of Pagefind's JS API. Pure: it takes any
 * object with Pagefind's `search` and `filters`, so vitest runs it with a fake (tests/unit/zoeken) and the
 * browser with the real index (src/scripts/zoeken.ts).
 *
 * Why not Pagefind's ranking alone: every one of the 400+ gemeente pages says "vergunninghouders"
 * in a short text, so a topic query ("statushouders") would list them before the handreikingen;
 * and a query that names a place ("taakstelling Amsterdam") should show that place first, then
 * the knowledge about the topic. Pagefind cannot know which words are a place, but the place
 * pages can: each carries its names as metadata and as the filter `plaats` (ZoekAliassen.astro).
 * 0. The quick way (zoekGenoemdePlaats): a query with a known place name and a topic is answered
 *    by searching only the topic, in that place (by filter) and in the knowledge pages. Every
 *    query word costs an index download (14–22 KB), so the name's words are not searched.
 *    Otherwise (no name, only a name, or the place lacks the topic):
 * 1. Search the place pages (filter type gemeente/provincie) and the knowledge pages (every
 *    other type) separately, with the rewritten query (./vraag.ts).
 * 2. Of the first few place results, load those whose names matched a query word (Pagefind says
 *    which metadata fields matched, so a topic-only query loads none) and keep those whose name
 *    occurs, as whole words, in the query ("den bosch" in "Den Bosch taakstelling"): the named places.
 * 3. If places are named, the knowledge pages are those for the rest of the query (the topic).
 * 4. Order: named places (longest name first, "gemeente X"/"provincie X" picks the type),
 *    knowledge, the other place pages.
 * A query that still finds nothing falls back to words written together, then to each word on
 * its own (cut back to a prefix when it finds nothing), pages matching more words first.
 */
import { META, NAAM_SCHEIDING, PLAATS_FILTER, PLAATS_TYPES } from './meta.ts';
import { afgekapt, kernwoorden, normaliseer, samengevoegd, weggelatenStammen, woorden, zoekterm } from './vraag.ts';

export interface PagefindResultaatData {
  url: string;
  excerpt: string;
  meta: Record<string, string | undefined>;
  filters: Record<string, string[] | undefined>;
}
export interface PagefindResultaat {
  id: string;
  score: number;
  data: () => Promise<PagefindResultaatData>;
  /** The metadata fields a query word matched (Pagefind ≥ 1.5; absent when none did). */
  matchedMetaFields?: string[];
}
interface PagefindZoekResultaat {
  results: PagefindResultaat[];
  filters: Record<string, Record<string, number>>;
  unfilteredResultCount: number;
}
export type PagefindFilters = Record<string, unknown>;
export interface PagefindZoeker {
  search: (q: string | null, o?: { filters?: PagefindFilters }) => Promise<PagefindZoekResultaat | null>;
  /** Every filter value with its page count (the filter index, loaded once). */
  filters: () => Promise<Record<string, Record<string, number>>>;
}
/** A Pagefind instance (`createInstance`), in the browser and in the Node tests alike. */
export interface PagefindInstantie extends PagefindZoeker {
  options: (o: object) => Promise<void>;
  init: () => Promise<void>;
  preload: (q: string, o?: object) => Promise<void>;
}

/** Results loaded ahead while a query is checked for spelling slips (the search page shows 10). */
const PER_PAGINA = 10;

/** Place results loaded to look for a named place. */
const PLAATS_KANDIDATEN = 3;

/** A result's data, loaded once per result object (the typo check, the place check and the list share it). */
const geladen = new WeakMap<PagefindResultaat, Promise<PagefindResultaatData>>();
export function laad(r: PagefindResultaat): Promise<PagefindResultaatData> {
  let d = geladen.get(r);
  if (!d) geladen.set(r, (d = r.data()));
  return d;
}

/** The fields a place page's names are read from (see namenVan). */
const NAAMVELDEN: readonly string[] = [META.namen, META.provincienamen, 'title'];

/**
 * Can this place result be named by the query? Only if a query word matched one of its name
 * fields: genoemdeNaam looks for a name in exactly those fields, as whole query words, and a word
 * Pagefind got that equals a name word matches that field. So a place result without such a
 * match is never named, and its fragment (1.5–4 KB) need not be loaded to find out: a topic-only
 * query ("statushouders") matches the place pages only in the text and the figure words.
 */
function kanPlaatsNoemen(r: PagefindResultaat): boolean {
  return r.matchedMetaFields?.some((v) => NAAMVELDEN.includes(v)) ?? false;
}

async function zoekEen(pf: PagefindZoeker, tekst: string, filters: PagefindFilters): Promise<PagefindResultaat[]> {
  return (await pf.search(tekst, { filters }))?.results ?? [];
}

/** Pages matching more of the separate words first, then by summed score. */
function combineerWoorden(lijsten: PagefindResultaat[][]): PagefindResultaat[] {
  const stand = new Map<string, { r: PagefindResultaat; woorden: number; score: number }>();
  for (const lijst of lijsten) {
    for (const r of lijst) {
      const s = stand.get(r.id) ?? { r, woorden: 0, score: 0 };
      s.woorden++;
      s.score += r.score;
      stand.set(r.id, s);
    }
  }
  return [...stand.values()].sort((a, b) => b.woorden - a.woorden || b.score - a.score).map((s) => s.r);
}

/** The highlighted words of an excerpt, normalised. */
function gemarkeerd(excerpt: string): string[] {
  return [...excerpt.matchAll(/<mark>([^<]+)<\/mark>/g)].flatMap((m) => woorden(m[1]!));
}

/**
 * Typed words that look misspelt, judged by the excerpts of the best pages: Pagefind highlighted
 * only a look-alike (it matches loosely: "taak" for "taaksteling", "huizen" for "huisvesing"),
 * never the word itself or an inflection of it.
 */
export function verdachteWoorden(q: string, excerpt: string): string[] {
  const marks = gemarkeerd(excerpt);
  return kernwoorden(q).filter((w) => {
    if (w.length < 7) return false;
    const lijkt = marks.some((m) => m.slice(0, 3) === w.slice(0, 3));
    const heel = marks.some((m) => m.startsWith(w.slice(0, w.length - 2)) || (w.startsWith(m) && m.length > w.length - 3));
    return lijkt && !heel;
  });
}

/**
 * Correct a misspelt word from the index itself: cut it back to a prefix that Pagefind finds as
 * the start of a word, and take the full word it highlights there ("huisvesing" → "huisves" →
 * "huisvesting"). Undefined when no prefix of at least 5 letters helps.
 */
async function verbeterWoord(pf: PagefindZoeker, woord: string, filters: PagefindFilters): Promise<string | undefined> {
  for (const kort of afgekapt(woord)) {
    const k = await zoekEen(pf, kort, filters);
    const heel = k.length ? volledigWoord(kort, (await laad(k[0]!)).excerpt) : undefined;
    if (heel) return heel;
  }
  return undefined;
}

async function zoekWoorden(pf: PagefindZoeker, q: string, filters: PagefindFilters): Promise<PagefindResultaat[]> {
  return zoekEen(pf, zoekterm(q), filters);
}

/** The query with its suspect words corrected, or undefined if none could be. */
async function verbeterd(
  pf: PagefindZoeker,
  q: string,
  verdacht: string[],
  filters: PagefindFilters,
): Promise<string | undefined> {
  const kern = kernwoorden(q);
  const nieuw = await Promise.all(
    kern.map(async (w) => (verdacht.includes(w) ? ((await verbeterWoord(pf, w, filters)) ?? w) : w)),
  );
  return nieuw.some((w, i) => w !== kern[i]) ? nieuw.join(' ') : undefined;
}

/** All pages for a query under `filters`, with the fallbacks described above; `tekst` is the Pagefind query that found them. */
async function zoekTekst(
  pf: PagefindZoeker,
  q: string,
  filters: PagefindFilters,
  vooruit = PER_PAGINA,
  /** Which results the spelling-slip check may load (place search: only those that can be named). */
  laadbaar: (r: PagefindResultaat) => boolean = () => true,
): Promise<{
  resultaten: PagefindResultaat[];
  /** every word matched (not the word-by-word fallback) */ alleWoorden: boolean;
  tekst: string;
}> {
  const tekst = zoekterm(q);
  if (!tekst) return { resultaten: [], alleWoorden: true, tekst };
  const gevonden = await zoekWoorden(pf, q, filters);
  if (gevonden.length) {
    // Only long words are checked (see verdachteWoorden); no fragment is loaded for short queries.
    const lang = kernwoorden(q).some((w) => w.length >= 7);
    const teLaden = lang ? gevonden.filter(laadbaar) : [];
    // The first page of results is loaded now, alongside the check: usually it is what is shown.
    for (const r of teLaden.slice(0, vooruit)) void laad(r).catch(() => undefined);
    const excerpts = await Promise.all(teLaden.slice(0, 3).map(async (r) => (await laad(r)).excerpt));
    const verdacht = lang ? verdachteWoorden(q, excerpts.join(' ')) : [];
    const beter = verdacht.length ? await verbeterd(pf, q, verdacht, filters) : undefined;
    const r = beter ? await zoekWoorden(pf, beter, filters) : [];
    return r.length
      ? { resultaten: r, alleWoorden: true, tekst: zoekterm(beter!) }
      : { resultaten: gevonden, alleWoorden: true, tekst };
  }
  const samen = samengevoegd(q);
  if (samen) {
    const r = await zoekEen(pf, samen, filters);
    if (r.length) return { resultaten: r, alleWoorden: true, tekst: samen };
  }
  // Nothing has every word: correct the words that find nothing, and try all words once more;
  // else each word on its own, pages with more of the words first.
  const kern = kernwoorden(q);
  const per = await Promise.all(kern.map((w) => zoekWoorden(pf, w, filters)));
  const beter = await verbeterd(
    pf,
    q,
    kern.filter((_, i) => per[i]!.length === 0),
    filters,
  );
  if (beter) {
    const r = await zoekWoorden(pf, beter, filters);
    if (r.length) return { resultaten: r, alleWoorden: true, tekst: zoekterm(beter) };
    const perBeter = await Promise.all(kernwoorden(beter).map((w) => zoekWoorden(pf, w, filters)));
    return { resultaten: combineerWoorden(perBeter), alleWoorden: false, tekst };
  }
  return { resultaten: combineerWoorden(per), alleWoorden: false, tekst };
}

/** The highlighted word in an excerpt that starts with `prefix` (the word the index has), normalised. */
function volledigWoord(prefix: string, excerpt: string): string | undefined {
  return gemarkeerd(excerpt).find((x) => x.startsWith(prefix));
}

/** The names of a result page (metadata `namen`/`provincienamen` and the title), normalised. */
function namenVan(d: Pick<PagefindResultaatData, 'meta'>): string[] {
  const lijst = [d.meta[META.provincienamen], d.meta[META.namen]].flatMap((s) => (s ? s.split(NAAM_SCHEIDING) : []));
  if (d.meta.title) lijst.push(d.meta.title.replace(/^provincie\s+/i, ''));
  return [...new Set(lijst.map(normaliseer).filter(Boolean))];
}

/** Where `naam` occurs as whole words in `woordenlijst`, or -1. */
function positie(woordenlijst: string[], naam: string): number {
  const n = naam.split(' ');
  for (let i = 0; i + n.length <= woordenlijst.length; i++) if (n.every((w, j) => woordenlijst[i + j] === w)) return i;
  return -1;
}

export interface Genoemd {
  /** Words of the name as found in the query. */
  naam: string;
  /** Index of its first word in the normalised query. */
  start: number;
  /** The query asked for this type ("gemeente Utrecht"). */
  gevraagdType: boolean;
}

/** Does the query name this place page? The longest of its names that occurs in the query. */
export function genoemdeNaam(q: string, d: Pick<PagefindResultaatData, 'meta' | 'filters'>): Genoemd | undefined {
  const w = woorden(q);
  let beste: Genoemd | undefined;
  for (const naam of namenVan(d)) {
    const start = positie(w, naam);
    if (start < 0 || (beste && beste.naam.length >= naam.length)) continue;
    const type = d.filters.type?.[0];
    beste = { naam, start, gevraagdType: start > 0 && !!type && w[start - 1] === type };
  }
  return beste;
}

/** The query without the words of the named places (and the word "gemeente"/"provincie" before them). */
export function zonderNamen(q: string, genoemd: Genoemd[]): string {
  const w = woorden(q);
  const weg = new Set<number>();
  for (const g of genoemd) {
    const n = g.naam.split(' ').length;
    for (let i = g.start; i < g.start + n; i++) weg.add(i);
    if (g.start > 0 && PLAATS_TYPES.includes(w[g.start - 1] as (typeof PLAATS_TYPES)[number])) weg.add(g.start - 1);
  }
  return w.filter((_, i) => !weg.has(i)).join(' ');
}

export interface ZoekUitkomst {
  /** Every result in display order. */
  resultaten: PagefindResultaat[];
  /** Data of the first `aantal`, in the same order. */
  eerste: PagefindResultaatData[];
  /** The query string for the filter counts (the rewritten query), null without query. */
  telTekst: string | null;
  /** A filter to add for the counts (a named place: the knowledge pages or that place), if any. */
  telFilter?: PagefindFilters;
}

/** The place names the index knows (values of the `plaats` filter, normalised); none if the filters fail to load. */
export async function plaatsnamen(pf: Pick<PagefindZoeker, 'filters'>): Promise<string[]> {
  try {
    return Object.keys((await pf.filters())[PLAATS_FILTER] ?? {});
  } catch {
    return [];
  }
}

/**
 * The place names that occur in the query as whole words: the longest first, a name inside a
 * longer one left out ("bergen op zoom" names Bergen op Zoom, not Bergen). `gevraagdType` is not
 * known here (false): it depends on the page.
 */
export function namenInVraag(q: string, namen: Iterable<string>): Genoemd[] {
  const w = woorden(q);
  const gevonden: Genoemd[] = [];
  for (const naam of namen) {
    const start = positie(w, naam);
    if (start >= 0) gevonden.push({ naam, start, gevraagdType: false });
  }
  gevonden.sort((a, b) => b.naam.length - a.naam.length);
  const bezet = new Set<number>();
  return gevonden.filter((g) => {
    const plekken = g.naam.split(' ').map((_, i) => g.start + i);
    if (plekken.some((i) => bezet.has(i))) return false;
    for (const i of plekken) bezet.add(i);
    return true;
  });
}

/**
 * The Pagefind query for a query that may name places: without the names when a topic is left
 * ("Den Bosch taakstelling" → "taakstelling"), else the whole rewritten query. What the search
 * page preloads while someone types.
 */
export function zoektermZonderNamen(q: string, namen: Iterable<string>): string {
  const genoemd = namenInVraag(q, namen);
  const onderwerp = genoemd.length ? zoekterm(zonderNamen(q, genoemd)) : '';
  return onderwerp || zoekterm(q);
}

/** Filters for the place pages and for the knowledge pages, respecting a chosen type filter. */
export function splitsFilters(filters: Record<string, { any: string[] }>): {
  plaatsen?: PagefindFilters;
  kennis?: PagefindFilters;
} {
  const gekozen = filters.type?.any;
  const plaats = (t: string) => (PLAATS_TYPES as readonly string[]).includes(t);
  const plaatsTypes = gekozen ? gekozen.filter(plaats) : [...PLAATS_TYPES];
  const kennisTypes = gekozen ? gekozen.filter((t) => !plaats(t)) : undefined;
  return {
    plaatsen: plaatsTypes.length ? { ...filters, type: { any: plaatsTypes } } : undefined,
    kennis:
      kennisTypes === undefined
        ? { ...filters, type: { none: [...PLAATS_TYPES] } }
        : kennisTypes.length
          ? { ...filters, type: { any: kennisTypes } }
          : undefined,
  };
}

/**
 * The words left out of the Pagefind query for being on nearly every page (./vraag.ts) still tell
 * which page is meant when they are in its title: Pagefind weighs titles, and "Mogen gemeenten hun
 * taakstelling uitruilen?" came first for "mogen gemeenten taakstelling uitruilen" only thanks to
 * "gemeenten". So the first `n` results (the knowledge on the first page, loaded anyway) are
 * ordered by how many of those words their title has, else as Pagefind ranked them.
 */
async function titelVoorrang(q: string, lijst: PagefindResultaat[], n: number): Promise<PagefindResultaat[]> {
  const stammen = weggelatenStammen(q);
  if (!stammen.length || n < 2) return lijst;
  const kop = lijst.slice(0, n);
  const titels = await Promise.all(kop.map(async (r) => woorden((await laad(r)).meta.title ?? '')));
  const punten = titels.map((t) => stammen.filter((groep) => t.some((w) => groep.some((s) => w.startsWith(s)))).length);
  const volgorde = kop
    .map((r, i) => ({ r, p: punten[i]!, i }))
    .sort((a, b) => b.p - a.p || a.i - b.i)
    .map((x) => x.r);
  return [...volgorde, ...lijst.slice(n)];
}

/** Named places first (longest name first; "gemeente X"/"provincie X" picks the type), then by rank. */
function ordenGenoemd(genoemd: { r: PagefindResultaat; g: Genoemd; plek: number }[]): void {
  genoemd.sort(
    (a, b) => Number(b.g.gevraagdType) - Number(a.g.gevraagdType) || b.g.naam.length - a.g.naam.length || a.plek - b.plek,
  );
}

/**
 * "Den Bosch taakstelling" without downloading the index chunks of "den" and "bosch" (about 40 KB
 * of a first search): the names come from the `plaats` filter, already loaded with the filters, so
 * the place is found by filter and only the topic words are searched, once in the named place
 * pages and once in the knowledge pages. Same outcome as the general path below when each named
 * page also has every topic word; otherwise (or for a query that is only a name) undefined, and
 * the general path decides. The other place pages, which the general path would list after the
 * knowledge, are left out: finding them means searching the name's words.
 */
async function zoekGenoemdePlaats(
  pf: PagefindZoeker,
  q: string,
  pFilters: PagefindFilters,
  kFilters: PagefindFilters | undefined,
  aantal: number,
): Promise<ZoekUitkomst | undefined> {
  const namen = namenInVraag(q, await plaatsnamen(pf));
  const onderwerp = namen.length ? zonderNamen(q, namen) : '';
  if (!zoekterm(onderwerp)) return undefined;
  const plaatsFilter = { [PLAATS_FILTER]: { any: namen.map((n) => n.naam) } };
  const leeg = { resultaten: [], alleWoorden: true, tekst: zoekterm(onderwerp) };
  const [p, k] = await Promise.all([
    zoekTekst(pf, onderwerp, { ...pFilters, ...plaatsFilter }, aantal),
    kFilters ? zoekTekst(pf, onderwerp, kFilters, Math.max(0, aantal - namen.length)) : leeg,
  ]);
  if (!p.alleWoorden || !p.resultaten.length) return undefined;
  const genoemd: { r: PagefindResultaat; g: Genoemd; plek: number }[] = [];
  const data = await Promise.all(p.resultaten.map(laad));
  p.resultaten.forEach((r, i) => {
    const g = genoemdeNaam(q, data[i]!);
    // Equal names: the provincie first, as the general path ranks it (provincienamen weigh more).
    if (g) genoemd.push({ r, g, plek: data[i]!.filters.type?.[0] === 'provincie' ? -1 : i });
  });
  if (genoemd.length !== p.resultaten.length) return undefined;
  ordenGenoemd(genoemd);
  const kennis = await titelVoorrang(q, k.resultaten, aantal - genoemd.length);
  const resultaten = [...genoemd.map((x) => x.r), ...kennis];
  const eerste = await Promise.all(resultaten.slice(0, aantal).map(laad));
  // Counts for exactly this list: the topic in the knowledge pages or in the named places.
  const telFilter = { any: [{ type: { none: [...PLAATS_TYPES] } }, plaatsFilter] };
  return { resultaten, eerste, telTekst: (kFilters ? k : p).tekst, telFilter };
}

/** Search `q` under `filters` (Pagefind's filter object) and order the results as described at the top. */
export async function zoek(
  pf: PagefindZoeker,
  q: string,
  filters: Record<string, { any: string[] }>,
  aantal: number,
): Promise<ZoekUitkomst> {
  if (!kernwoorden(q).length) {
    const r = (await pf.search(null, { filters }))?.results ?? [];
    return { resultaten: r, eerste: await Promise.all(r.slice(0, aantal).map(laad)), telTekst: null };
  }
  const { plaatsen: pFilters, kennis: kFilters } = splitsFilters(filters);
  const snel = pFilters ? await zoekGenoemdePlaats(pf, q, pFilters, kFilters, aantal) : undefined;
  if (snel) return snel;
  const leeg = { resultaten: [], alleWoorden: true, tekst: zoekterm(q) };
  const [p, k] = await Promise.all([
    pFilters ? zoekTekst(pf, q, pFilters, PLAATS_KANDIDATEN, kanPlaatsNoemen) : leeg,
    kFilters ? zoekTekst(pf, q, kFilters) : leeg,
  ]);
  const plaatsen = p.resultaten;

  const kandidaten = await Promise.all(
    plaatsen.slice(0, PLAATS_KANDIDATEN).map(async (r, plek) => ({ r, plek, d: kanPlaatsNoemen(r) ? await laad(r) : undefined })),
  );
  const genoemd: { r: PagefindResultaat; g: Genoemd; plek: number }[] = [];
  for (const { r, plek, d } of kandidaten) {
    const g = d && genoemdeNaam(q, d);
    if (g) genoemd.push({ r, g, plek });
  }
  ordenGenoemd(genoemd);

  let kennis = k.resultaten;
  const onderwerp = genoemd.length
    ? zonderNamen(
        q,
        genoemd.map((x) => x.g),
      )
    : '';
  if (kFilters && onderwerp && kernwoorden(onderwerp).length) {
    // "Den Bosch taakstelling": the knowledge about the topic ("taakstelling") comes next. Not the
    // knowledge pages that matched the whole query: Pagefind matches loosely ("den" in "Den Haag"),
    // so a page about another place would come before the explanation of the topic.
    // The named places take the first places of the page, so only the rest is loaded ahead.
    kennis = (await zoekTekst(pf, onderwerp, kFilters, Math.max(0, aantal - genoemd.length))).resultaten;
  }
  kennis = await titelVoorrang(q, kennis, aantal - genoemd.length);
  const eersten = new Set(genoemd.map((x) => x.r.id));
  const resultaten = [...genoemd.map((x) => x.r), ...kennis, ...plaatsen.filter((r) => !eersten.has(r.id))];
  const eerste = await Promise.all(resultaten.slice(0, aantal).map(laad));
  // Counts per filter come from one Pagefind search: exact when one query found everything,
  // approximate after a fallback or with a named place (the topic search adds pages).
  return { resultaten, eerste, telTekst: (kFilters ? k : p).tekst };
}
