/**
 * The search page (/zoeken/): Pagefind's JS API with our own accessible markup.
 *
 * - State lives in the URL (`?q=woningdelen&type=handreiking&thema=Woningdelen`): a result
 *   list can be shared, and Back/Forward restore it (pushState on submit and filter changes,
 *   replaceState while typing, popstate re-runs the search).
 * - One polite live region announces "12 resultaten voor “woningdelen”".
 * - Filters are checkboxes in fieldsets with counts; values within one filter are OR,
 *   different filters are AND. Counts for a filter ignore that filter's own selection.
 * - Pagefind's files load only here: content pages ship no JavaScript (SearchForm.astro is a
 *   plain form). No inline scripts or styles: this module is bundled by Astro.
 *
 * The pure helpers (URL state, Pagefind filters, announcement text) are exported for
 * unit tests; `ZOEK_OPTIES` is shared with the relevance tests so they rank exactly as
 * the browser does.
 */

/** Metadata fields that src/integrations/pagefind.ts adds at index time. */
export const META = {
  /** Names of a gemeente or thema: official, popular, spelling variants. */
  namen: 'namen',
  /** Names of a provincie (weighted above gemeenten: "Fryslân" is the provincie first). */
  provincienamen: 'provincienamen',
  /** Synonyms of words in the page title. */
  titeltermen: 'titeltermen',
  /** Synonyms of words the page text uses very often (8+ times: main subject). */
  hoofdtermen: 'hoofdtermen',
  /** Synonyms of words the page text uses often (3-7 times). */
  kerntermen: 'kerntermen',
  /** Synonyms of words the page text mentions once or twice. */
  zoektermen: 'zoektermen',
} as const;

/** Options for `pagefind.options()`, used by this page and by tests/site/zoeken. */
export const ZOEK_OPTIES = {
  excerptLength: 26,
  excerptEllipsis: '…',
  // The site is small; searching on the main thread saves downloading pagefind-worker.js
  // and needs no worker-src in the Content-Security-Policy.
  noWorker: true,
  ranking: {
    metaWeights: {
      title: 5,
      [META.namen]: 10,
      [META.provincienamen]: 12,
      [META.titeltermen]: 5,
      [META.hoofdtermen]: 4,
      [META.kerntermen]: 2.5,
      [META.zoektermen]: 1,
    },
  },
};

/** Separates the names in the `namen` and `provincienamen` metadata (names may contain commas). */
export const NAAM_SCHEIDING = ' | ';

export const PAGEFIND_URL = '/pagefind/pagefind.js';

/** Results shown at once, and loaded (with their excerpts) right after a search. */
export const PER_KEER = 10;

/** The filters offered on the search page, in this order. */
export const FILTERS = [
  { sleutel: 'type', label: 'Soort' },
  { sleutel: 'thema', label: 'Thema' },
  { sleutel: 'provincie', label: 'Provincie' },
  { sleutel: 'doelgroep', label: 'Voor wie' },
] as const;
export type FilterSleutel = (typeof FILTERS)[number]['sleutel'];

/** Order of the type filter values; others follow alphabetically. */
const TYPE_VOLGORDE = ['handreiking', 'factsheet', 'vraag', 'goed voorbeeld', 'thema', 'gemeente', 'provincie'];

export interface ZoekStaat {
  q: string;
  filters: Partial<Record<FilterSleutel, string[]>>;
}

/** Read the state from a query string ("?q=…&type=…&type=…"). Unknown parameters are ignored. */
export function leesStaat(search: string): ZoekStaat {
  const p = new URLSearchParams(search);
  const filters: ZoekStaat['filters'] = {};
  for (const { sleutel } of FILTERS) {
    const waarden = [...new Set(p.getAll(sleutel).map((w) => w.trim()).filter(Boolean))];
    if (waarden.length) filters[sleutel] = waarden;
  }
  return { q: (p.get('q') ?? '').trim(), filters };
}

/** The query string for a state, in a stable order: q first, then the filters in FILTERS order. */
export function schrijfStaat(staat: ZoekStaat): string {
  const p = new URLSearchParams();
  if (staat.q) p.set('q', staat.q);
  for (const { sleutel } of FILTERS) for (const w of staat.filters[sleutel] ?? []) p.append(sleutel, w);
  const s = p.toString();
  return s ? `?${s}` : '';
}

/** Pagefind's filter object: OR within a filter ({ any }), AND between filters. `behalve` leaves one filter out (for its counts). */
export function pagefindFilters(staat: ZoekStaat, behalve?: FilterSleutel): Record<string, { any: string[] }> {
  const uit: Record<string, { any: string[] }> = {};
  for (const { sleutel } of FILTERS) {
    const w = staat.filters[sleutel];
    if (sleutel !== behalve && w && w.length) uit[sleutel] = { any: w };
  }
  return uit;
}

export function aantalFilters(staat: ZoekStaat): number {
  return Object.values(staat.filters).reduce((n, w) => n + (w?.length ?? 0), 0);
}

/** The live-region text, e.g. "12 resultaten voor “woningdelen”, met 1 filter". */
export function aankondiging(aantal: number, staat: ZoekStaat): string {
  const n = aantalFilters(staat);
  const wat = aantal === 0 ? 'Geen resultaten' : aantal === 1 ? '1 resultaat' : `${aantal} resultaten`;
  const voor = staat.q ? ` voor “${staat.q}”` : '';
  const met = n === 0 ? '' : n === 1 ? ', met 1 filter' : `, met ${n} filters`;
  return `${wat}${voor}${met}`;
}

/** Sort filter values for display. */
export function sorteerWaarden(sleutel: string, waarden: string[]): string[] {
  const alfabet = (a: string, b: string) => a.localeCompare(b, 'nl');
  if (sleutel !== 'type') return [...waarden].sort(alfabet);
  const plek = (w: string) => (TYPE_VOLGORDE.includes(w) ? TYPE_VOLGORDE.indexOf(w) : TYPE_VOLGORDE.length);
  return [...waarden].sort((a, b) => plek(a) - plek(b) || alfabet(a, b));
}

export function hoofdletter(s: string): string {
  return s ? s[0]!.toUpperCase() + s.slice(1) : s;
}

/** "2026-09-01" → "1 september 2026"; anything else unchanged. */
export function formatDatum(iso: string | undefined): string | undefined {
  if (!iso || !/^\d{4}-\d{2}-\d{2}$/.test(iso)) return iso || undefined;
  return new Intl.DateTimeFormat('nl-NL', { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' }).format(new Date(`${iso}T00:00:00Z`));
}

function normaal(s: string): string {
  return s.normalize('NFKD').replace(/[\u0300-\u036f]/g, '').toLowerCase().replace(/['’‘`]/g, '').replace(/[^a-z0-9]+/g, ' ').trim();
}

/** If the query matches one of a page's other names (Den Haag for ’s-Gravenhage) but not its title, that name. */
export function gevondenAls(q: string, titel: string, namen: string | undefined): string | undefined {
  const nq = normaal(q);
  if (!nq || !namen || normaal(titel).includes(nq)) return undefined;
  return namen.split(NAAM_SCHEIDING).find((naam) => normaal(naam).includes(nq) && !normaal(titel).includes(normaal(naam)));
}

/** "gemeente Utrecht" → { naam: "utrecht", soort: "gemeente" }; "Den Haag" → { naam: "den haag" }. */
export function naamVraag(q: string): { naam: string; soort?: 'gemeente' | 'provincie' } {
  const n = normaal(q);
  const m = /^(gemeente|gem|provincie|prov) (.+)$/.exec(n);
  if (m) return { naam: m[2]!, soort: m[1]!.startsWith('gem') ? 'gemeente' : 'provincie' };
  return { naam: n };
}

/** Is the query exactly one of this page's names (gemeente, provincie or thema), or its title? */
export function isExacteNaam(q: string, d: Pick<PagefindResultaatData, 'meta' | 'filters'>): boolean {
  const { naam, soort } = naamVraag(q);
  if (!naam) return false;
  if (soort && d.filters.type?.[0] !== soort) return false;
  const namen = [d.meta[META.provincienamen], d.meta[META.namen]].flatMap((s) => (s ? s.split(NAAM_SCHEIDING) : []));
  const titel = normaal(d.meta.title ?? '');
  return namen.some((x) => normaal(x) === naam) || titel === naam || titel === `${soort ?? ''} ${naam}`.trim();
}

/**
 * Pagefind matches word prefixes and adds up scores per matching word, so "Utrecht" can
 * rank "Utrechtse Heuvelrug" above the gemeente Utrecht. Within the loaded results, pages
 * whose name is exactly the query move to the front (in Pagefind's order); the rest keep theirs.
 */
export function herorden<T extends Pick<PagefindResultaatData, 'meta' | 'filters'>>(q: string, lijst: T[]): T[] {
  const exact = lijst.filter((d) => isExacteNaam(q, d));
  return exact.length ? [...exact, ...lijst.filter((d) => !exact.includes(d))] : lijst;
}

/**
 * One search as the page does it: Pagefind search with the filters, the first `aantal`
 * results loaded and re-ordered by `herorden`. Shared with tests/site/zoeken.
 */
export async function zoekResultaten(pf: Pagefind, staat: ZoekStaat, aantal = PER_KEER): Promise<{ zoek: PagefindZoekResultaat; eerste: PagefindResultaatData[] } | null> {
  const zoek = await pf.search(staat.q || null, { filters: pagefindFilters(staat) });
  if (!zoek) return null;
  const data = await Promise.all(zoek.results.slice(0, aantal).map((r) => r.data()));
  return { zoek, eerste: herorden(staat.q, data) };
}

// ---------------------------------------------------------------------------
// Pagefind types (the parts we use)
// ---------------------------------------------------------------------------

export interface PagefindResultaatData {
  url: string;
  excerpt: string;
  meta: Record<string, string | undefined>;
  filters: Record<string, string[] | undefined>;
}
export interface PagefindZoekResultaat {
  results: { id: string; score: number; data: () => Promise<PagefindResultaatData> }[];
  filters: Record<string, Record<string, number>>;
  unfilteredResultCount: number;
}
export interface Pagefind {
  options: (o: object) => Promise<void>;
  init: (taal?: string) => Promise<void>;
  search: (q: string | null, o?: { filters?: object }) => Promise<PagefindZoekResultaat | null>;
  filters: () => Promise<Record<string, Record<string, number>>>;
  preload?: (q: string, o?: object) => Promise<void>;
}

/**
 * Counts per filter value for the current query and filters. For a filter with a selection,
 * the counts ignore that filter's own selection (values within a filter are OR), so the
 * other values show how many results choosing them adds. Needs `pf.filters()` loaded.
 */
export async function telFilters(pf: Pagefind, staat: ZoekStaat): Promise<Partial<Record<FilterSleutel, Record<string, number>>>> {
  const q = staat.q || null;
  const alle = await pf.search(q, { filters: pagefindFilters(staat) });
  const tellingen: Partial<Record<FilterSleutel, Record<string, number>>> = {};
  for (const { sleutel } of FILTERS) {
    if (staat.filters[sleutel]?.length) {
      const zonder = await pf.search(q, { filters: pagefindFilters(staat, sleutel) });
      tellingen[sleutel] = zonder?.filters[sleutel] ?? {};
    } else tellingen[sleutel] = alle?.filters[sleutel] ?? {};
  }
  return tellingen;
}

let laden: Promise<Pagefind> | undefined;

/** Load and initialise Pagefind once. The URL is built at runtime so Vite leaves it alone. */
export function laadPagefind(url = PAGEFIND_URL): Promise<Pagefind> {
  laden ??= (async () => {
    const pf = (await import(/* @vite-ignore */ url)) as Pagefind;
    await pf.options(ZOEK_OPTIES);
    await pf.init();
    return pf;
  })();
  // A failed load (offline for a moment) may be retried by the next search.
  laden.catch(() => (laden = undefined));
  return laden;
}

// ---------------------------------------------------------------------------
// The search page
// ---------------------------------------------------------------------------


function el<K extends keyof HTMLElementTagNameMap>(tag: K, props: Partial<Record<string, string>> = {}, ...kinderen: (Node | string)[]): HTMLElementTagNameMap[K] {
  const e = document.createElement(tag);
  for (const [k, v] of Object.entries(props)) if (v !== undefined) e.setAttribute(k, v);
  e.append(...kinderen);
  return e;
}

export function startZoekpagina(): void {
  const wortel = document.querySelector<HTMLElement>('[data-zoekpagina]');
  if (!wortel) return;
  const form = wortel.querySelector<HTMLFormElement>('[data-zoekformulier-pagina]')!;
  const invoer = form.querySelector<HTMLInputElement>('input[name="q"]')!;
  const filterVak = wortel.querySelector<HTMLElement>('[data-zoekfilters]')!;
  const status = wortel.querySelector<HTMLElement>('[data-zoekstatus]')!;
  const lijst = wortel.querySelector<HTMLOListElement>('[data-zoekresultaten]')!;
  const meer = wortel.querySelector<HTMLButtonElement>('[data-meer]')!;
  const kopInvoer = document.querySelector<HTMLInputElement>('[data-zoekformulier] input[name="q"]');

  wortel.hidden = false;
  document.querySelector('[data-zoeken-zonder-js]')?.remove();

  let staat = leesStaat(location.search);
  let volgnummer = 0;
  let resultaten: PagefindZoekResultaat['results'] = [];
  let getoond = 0;
  let typTimer: ReturnType<typeof setTimeout> | undefined;
  // On narrow screens all filter groups start folded, so the space they take is known in advance
  // (zoeken.css reserves it) and the results do not jump down when the filters arrive.
  const openGroepen = new Set<string>(window.matchMedia('(min-width: 52rem)').matches ? ['type'] : []);

  const zetInvoer = () => {
    invoer.value = staat.q;
    if (kopInvoer) kopInvoer.value = staat.q;
  };

  const naarUrl = (manier: 'push' | 'replace') => {
    const url = `${location.pathname}${schrijfStaat(staat)}`;
    if (url === `${location.pathname}${location.search}`) return;
    if (manier === 'push') history.pushState(null, '', url);
    else history.replaceState(null, '', url);
  };

  const toonFilters = (tellingen: Partial<Record<FilterSleutel, Record<string, number>>>) => {
    const actief = document.activeElement instanceof HTMLInputElement && filterVak.contains(document.activeElement) ? document.activeElement : null;
    const focusSleutel = actief ? `${actief.name}=${actief.value}` : undefined;
    filterVak.replaceChildren();
    for (const { sleutel, label } of FILTERS) {
      const telling = tellingen[sleutel] ?? {};
      const gekozen = staat.filters[sleutel] ?? [];
      const waarden = sorteerWaarden(sleutel, [...new Set([...Object.keys(telling).filter((w) => (telling[w] ?? 0) > 0), ...gekozen])]);
      if (waarden.length === 0) continue;
      const fieldset = el('fieldset', { class: 'zoekfilter' }, el('legend', { class: 'visually-hidden' }, label));
      for (const w of waarden) {
        const id = `filter-${sleutel}-${w.replace(/[^a-zA-Z0-9]+/g, '-')}`;
        const vak = el('input', { type: 'checkbox', name: sleutel, value: w, id });
        vak.checked = gekozen.includes(w);
        const aantal = telling[w] ?? 0;
        fieldset.append(el('div', { class: 'zoekfilter-optie' }, vak, el('label', { for: id }, `${sleutel === 'type' ? hoofdletter(w) : w} `, el('span', { class: 'zoekfilter-aantal' }, `(${aantal})`))));
      }
      // Long lists fold away, so keyboard users do not tab through every provincie first.
      const details = el('details', { class: 'zoekfilter-groep', 'data-filter': sleutel }, el('summary', {}, gekozen.length ? `${label} (${gekozen.length} gekozen)` : label), fieldset);
      details.open = gekozen.length > 0 || openGroepen.has(sleutel);
      details.addEventListener('toggle', () => (details.open ? openGroepen.add(sleutel) : openGroepen.delete(sleutel)));
      filterVak.append(details);
    }
    if (focusSleutel) {
      const [naam, waarde] = focusSleutel.split('=') as [string, string];
      [...filterVak.querySelectorAll<HTMLInputElement>('input')].find((i) => i.name === naam && i.value === waarde)?.focus();
    }
  };

  const toonItems = (data: PagefindResultaatData[]): HTMLAnchorElement | undefined => {
    let eersteLink: HTMLAnchorElement | undefined;
    for (const d of data) {
      const titel = d.meta.title ?? d.url;
      const type = d.filters.type?.[0] ?? d.meta.type;
      const datum = d.meta.date;
      const link = el('a', { href: d.url }, titel);
      eersteLink ??= link;
      const meta = el('p', { class: 'zoekresultaat-meta' });
      if (type) meta.append(el('span', { class: 'nl-data-badge' }, hoofdletter(type)));
      const datumTekst = formatDatum(datum);
      if (datumTekst) meta.append(' ', el('span', { class: 'visually-hidden' }, 'bijgewerkt '), el('time', { datetime: datum }, datumTekst));
      const uittreksel = el('p', { class: 'zoekresultaat-uittreksel' });
      // Pagefind escapes the page text and only adds <mark>: safe as HTML.
      uittreksel.innerHTML = d.excerpt;
      const item = el('li', { class: 'zoekresultaat' }, el('h3', { class: 'zoekresultaat-titel' }, link), meta, uittreksel);
      const alias = gevondenAls(staat.q, titel, d.meta[META.namen] ?? d.meta[META.provincienamen]);
      if (alias) item.append(el('p', { class: 'zoekresultaat-alias' }, `Gevonden als: ${alias}`));
      lijst.append(item);
    }
    getoond += data.length;
    meer.hidden = getoond >= resultaten.length;
    return eersteLink;
  };

  const toonMeer = async (): Promise<HTMLAnchorElement | undefined> => {
    const nummer = volgnummer;
    const data = await Promise.all(resultaten.slice(getoond, getoond + PER_KEER).map((r) => r.data()));
    return nummer === volgnummer ? toonItems(data) : undefined;
  };

  const zoek = async () => {
    const nummer = ++volgnummer;
    const heeftFilters = aantalFilters(staat) > 0;
    document.title = staat.q ? `Zoeken: ${staat.q} | Opnieuw Thuis` : 'Zoeken | Opnieuw Thuis';
    if (!staat.q && !heeftFilters) {
      lijst.replaceChildren();
      meer.hidden = true;
      resultaten = [];
      status.textContent = 'Typ een zoekterm, bijvoorbeeld woningdelen of de naam van uw gemeente.';
      let totaal: Record<string, Record<string, number>> = {};
      try {
        totaal = await (await laadPagefind()).filters();
      } catch {
        /* shown by the next search */
      }
      if (nummer === volgnummer) toonFilters(totaal);
      return;
    }
    let pf: Pagefind;
    try {
      pf = await laadPagefind();
    } catch {
      status.textContent = 'Zoeken lukt nu niet. Probeer het later opnieuw, of kies een onderwerp bij de thema’s.';
      return;
    }
    // The filter index loads alongside the first search; the results do not wait for it.
    const filterIndex = pf.filters();
    const uitkomst = await zoekResultaten(pf, staat);
    if (!uitkomst || nummer !== volgnummer) return;
    resultaten = uitkomst.zoek.results;
    getoond = 0;
    lijst.replaceChildren();
    toonItems(uitkomst.eerste);
    status.textContent = aankondiging(resultaten.length, staat);
    await filterIndex;
    const tellingen = await telFilters(pf, staat);
    if (nummer === volgnummer) toonFilters(tellingen);
  };

  form.addEventListener('submit', (e) => {
    e.preventDefault();
    clearTimeout(typTimer);
    staat = { ...staat, q: invoer.value.trim() };
    if (kopInvoer) kopInvoer.value = staat.q;
    naarUrl('push');
    void zoek();
  });

  invoer.addEventListener('input', () => {
    clearTimeout(typTimer);
    void laadPagefind().then((pf) => pf.preload?.(invoer.value.trim())).catch(() => undefined);
    typTimer = setTimeout(() => {
      const q = invoer.value.trim();
      if (q === staat.q) return;
      staat = { ...staat, q };
      if (kopInvoer) kopInvoer.value = q;
      naarUrl('replace');
      void zoek();
    }, 350);
  });

  filterVak.addEventListener('change', (e) => {
    const vak = e.target;
    if (!(vak instanceof HTMLInputElement) || vak.type !== 'checkbox') return;
    const sleutel = vak.name as FilterSleutel;
    const huidig = new Set(staat.filters[sleutel] ?? []);
    if (vak.checked) huidig.add(vak.value);
    else huidig.delete(vak.value);
    staat = { q: invoer.value.trim(), filters: { ...staat.filters, [sleutel]: [...huidig] } };
    if (!huidig.size) delete staat.filters[sleutel];
    naarUrl('push');
    void zoek();
  });

  meer.addEventListener('click', async () => {
    const eerste = await toonMeer();
    // Keyboard users continue at the first new result, not at the end of the page.
    eerste?.focus();
  });

  window.addEventListener('popstate', () => {
    staat = leesStaat(location.search);
    zetInvoer();
    void zoek();
  });

  zetInvoer();
  void zoek();
}
