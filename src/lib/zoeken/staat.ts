/**
 * The search page's state and texts: URL state (`?q=woningdelen&type=handreiking`), Pagefind
 * filter objects, the live-region announcement, filter value order, and Pagefind's options.
 * Pure: no DOM, tested by tests/unit/zoeken.
 */
import { formatDatum as formatDatumNl } from '../format.ts';
import { META, NAAM_SCHEIDING } from './meta.ts';
import { normaliseer } from './vraag.ts';
import type { PagefindZoeker } from './ordening.ts';

/** Options for a Pagefind instance's `options()`, used by the search page and by tests/site/zoeken. */
export const ZOEK_OPTIES = {
  excerptLength: 26,
  excerptEllipsis: '…',
  ranking: {
    metaWeights: {
      title: 5,
      [META.namen]: 10,
      [META.provincienamen]: 12,
      // Just enough for "taakstelling Amsterdam" to find the page; topic queries list
      // place pages after knowledge anyway (./ordening.ts).
      [META.cijferwoorden]: 0.5,
      [META.titeltermen]: 5,
      [META.hoofdtermen]: 4,
      [META.kerntermen]: 2.5,
      [META.zoektermen]: 1,
    },
  },
};

/**
 * Options given when the instance is created (`createInstance`), not to `options()`:
 * Pagefind 1.6 reads `noWorker` only there and warns about it anywhere else.
 * Main thread: the index is small; no pagefind-worker.js download, no worker in the CSP.
 */
export const INSTANTIE_OPTIES = { noWorker: true };

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
    const waarden = [
      ...new Set(
        p
          .getAll(sleutel)
          .map((w) => w.trim())
          .filter(Boolean),
      ),
    ];
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

/** "2026-09-01" → "1 september 2026" (the site's one date format); anything else unchanged. */
export function formatDatum(iso: string | undefined): string | undefined {
  if (!iso || !/^\d{4}-\d{2}-\d{2}$/.test(iso)) return iso || undefined;
  return formatDatumNl(iso);
}

/** If the query matches one of a page's other names (Den Haag for ’s-Gravenhage) but not its title, that name. */
export function gevondenAls(q: string, titel: string, namen: string | undefined): string | undefined {
  const nq = normaliseer(q);
  if (!nq || !namen || normaliseer(titel).includes(nq)) return undefined;
  return namen
    .split(NAAM_SCHEIDING)
    .find((naam) => normaliseer(naam).includes(nq) && !normaliseer(titel).includes(normaliseer(naam)));
}

/**
 * Counts per filter value for the current query and filters. For a filter with a selection,
 * the counts ignore that filter's own selection (values within a filter are OR), so the
 * other values show how many results choosing them adds. `tekst` is the query as Pagefind
 * got it (./ordening.ts, `telTekst`), null for no query.
 */
export async function telFilters(
  pf: PagefindZoeker,
  staat: ZoekStaat,
  tekst: string | null,
  /** Added to the chosen filters (ZoekUitkomst.telFilter). */
  extra: Record<string, unknown> = {},
): Promise<Partial<Record<FilterSleutel, Record<string, number>>>> {
  const alle = await pf.search(tekst, { filters: { ...pagefindFilters(staat), ...extra } });
  const tellingen: Partial<Record<FilterSleutel, Record<string, number>>> = {};
  for (const { sleutel } of FILTERS) {
    if (staat.filters[sleutel]?.length) {
      const zonder = await pf.search(tekst, { filters: { ...pagefindFilters(staat, sleutel), ...extra } });
      tellingen[sleutel] = zonder?.filters[sleutel] ?? {};
    } else tellingen[sleutel] = alle?.filters[sleutel] ?? {};
  }
  return tellingen;
}
