/**
 * The ordering of results (src/lib/zoeken/ordening.ts) against a fake Pagefind: a tiny index
 * that, like Pagefind, returns pages containing every query word as a word prefix (in the text,
 * the names or the synonym metadata that ZoekSynoniemen.astro would emit), and honours the type
 * filter ({ any } and { none }).
 */
import { describe, expect, it } from 'vitest';
import {
  genoemdeNaam,
  namenInVraag,
  splitsFilters,
  verdachteWoorden,
  zoek,
  zonderNamen,
  zoektermZonderNamen,
  type PagefindFilters,
  type PagefindResultaat,
  type PagefindZoeker,
} from '../../../src/lib/zoeken/ordening.ts';
import { META, NAAM_SCHEIDING, PLAATS_FILTER } from '../../../src/lib/zoeken/meta.ts';
import { normaliseer } from '../../../src/lib/zoeken/vraag.ts';
import { synoniemMeta } from '../../../src/lib/zoeken/synoniemen.ts';

interface Pagina {
  url: string;
  type: string;
  titel: string;
  tekst: string;
  namen?: string[];
  /** The figure words of a Land in beeld page (metadata, weighted low). */
  cijferwoorden?: string;
  provincie?: boolean;
}

/** A place page's values of the `plaats` filter (ZoekAliassen.astro): its names, normalised. */
const plaatsWaarden = (p: Pagina): string[] =>
  p.type === 'gemeente' || p.type === 'provincie' ? (p.namen ?? []).map(normaliseer) : [];

function nepPagefind(paginas: Pagina[]): PagefindZoeker & { zoekopdrachten: string[]; geladen: string[] } {
  const zoekopdrachten: string[] = [];
  const geladen: string[] = [];
  return {
    zoekopdrachten,
    geladen,
    filters: async () => {
      const plaats: Record<string, number> = {};
      for (const p of paginas) for (const w of plaatsWaarden(p)) plaats[w] = (plaats[w] ?? 0) + 1;
      return { [PLAATS_FILTER]: plaats };
    },
    search: async (q, o) => {
      if (q !== null) zoekopdrachten.push(q);
      const f = (o?.filters ?? {}) as Record<string, { any?: string[]; none?: string[] }>;
      const typeOk = (t: string) => (!f.type?.any || f.type.any.includes(t)) && (!f.type?.none || !f.type.none.includes(t));
      const plaatsOk = (p: Pagina) => !f[PLAATS_FILTER]?.any || plaatsWaarden(p).some((w) => f[PLAATS_FILTER]!.any!.includes(w));
      // Pagefind stems Dutch words; a plural -s or -en is enough here.
      const termen = q
        ? normaliseer(q)
            .split(' ')
            .map((t) => (t.length > 5 ? t.replace(/(en|s)$/, '') : t))
        : [];
      const results: PagefindResultaat[] = [];
      for (const p of paginas) {
        if (!typeOk(p.type) || !plaatsOk(p)) continue;
        const synoniemen = Object.values(synoniemMeta(p.titel, p.tekst)).join(' ');
        const woorden = normaliseer(
          `${p.titel} ${p.tekst} ${(p.namen ?? []).join(' ')} ${p.cijferwoorden ?? ''} ${synoniemen}`,
        ).split(' ');
        const namen = normaliseer((p.namen ?? []).join(' ')).split(' ');
        // Like Pagefind: the metadata fields in which a query word matched.
        const velden = {
          title: normaliseer(p.titel).split(' '),
          [p.provincie ? META.provincienamen : META.namen]: namen,
          [META.cijferwoorden]: normaliseer(p.cijferwoorden ?? '').split(' '),
        };
        const matchedMetaFields = Object.keys(velden).filter((v) => termen.some((t) => velden[v]!.some((w) => w.startsWith(t))));
        if (!termen.every((t) => woorden.some((w) => w.startsWith(t)))) continue;
        // Score: hits, names count ten times.
        const score =
          termen.reduce(
            (s, t) => s + woorden.filter((w) => w.startsWith(t)).length + 10 * namen.filter((w) => w.startsWith(t)).length,
            0,
          ) || 1;
        const excerpt = p.tekst
          .split(' ')
          .map((w) => (termen.some((t) => normaliseer(w).startsWith(t)) ? `<mark>${w}</mark>` : w))
          .join(' ');
        results.push({
          id: p.url,
          score,
          ...(matchedMetaFields.length ? { matchedMetaFields } : {}),
          data: async () => (
            geladen.push(p.url),
            {
              url: p.url,
              excerpt,
              meta: { title: p.titel, [p.provincie ? META.provincienamen : META.namen]: p.namen?.join(NAAM_SCHEIDING) },
              filters: { type: [p.type] },
            }
          ),
        });
      }
      results.sort((a, b) => b.score - a.score);
      return { results, filters: {}, unfilteredResultCount: results.length };
    },
  };
}

const gemeente = (code: string, namen: string[], provincie = 'Noord-Brabant'): Pagina => ({
  url: `/land-in-beeld/gemeente/${code}/`,
  type: 'gemeente',
  titel: namen[0]!,
  tekst: `Gemeente ${namen[0]} in de provincie ${provincie}. Hier ziet u hoeveel vergunninghouders ${namen[0]} moest huisvesten.`,
  namen,
  cijferwoorden: 'taakstelling achterstand gehuisvest',
});
const SITE: Pagina[] = [
  gemeente('gm0796', ["'s-Hertogenbosch", 'Den Bosch', 's-Hertogenbosch']),
  gemeente('gm0363', ['Amsterdam'], 'Noord-Holland'),
  gemeente('gm0344', ['Utrecht'], 'Utrecht'),
  gemeente('gm1581', ['Utrechtse Heuvelrug'], 'Utrecht'),
  gemeente('gm0748', ['Bergen op Zoom']),
  gemeente('gm0893', ['Bergen (L.)', 'Bergen'], 'Limburg'),
  {
    url: '/land-in-beeld/provincie/utrecht/',
    type: 'provincie',
    titel: 'Provincie Utrecht',
    tekst: 'De provincie Utrecht houdt toezicht. Hoeveel vergunninghouders zijn gehuisvest.',
    namen: ['Utrecht'],
    cijferwoorden: 'taakstelling achterstand',
    provincie: true,
  },
  {
    url: '/factsheets/taakstelling/',
    type: 'factsheet',
    titel: 'Hoe de taakstelling wordt berekend',
    tekst: 'De taakstelling voor vergunninghouders geldt per half jaar. De taakstelling en de achterstand.',
  },
  {
    url: '/vragen/hoeveel/',
    type: 'vraag',
    titel: 'Hoe weet een gemeente hoeveel vergunninghouders zij moet huisvesten?',
    tekst: 'Elke gemeente krijgt een taakstelling voor het huisvesten van vergunninghouders.',
  },
  {
    url: '/goede-voorbeelden/startblok/',
    type: 'goed voorbeeld',
    titel: 'Startblok Riekerhaven in Amsterdam',
    tekst: 'Jongeren en statushouders wonen samen in Amsterdam.',
  },
];

const urls = async (q: string, filters: Record<string, { any: string[] }> = {}) =>
  (await zoek(nepPagefind(SITE), q, filters, 10)).eerste.map((d) => d.url);

describe('place + topic', () => {
  it('puts the named place first, then the knowledge about the topic', async () => {
    expect(await urls('Den Bosch taakstelling')).toEqual([
      '/land-in-beeld/gemeente/gm0796/',
      '/factsheets/taakstelling/',
      '/vragen/hoeveel/',
    ]);
    const amsterdam = await urls('taakstelling Amsterdam');
    expect(amsterdam[0]).toBe('/land-in-beeld/gemeente/gm0363/');
    expect(amsterdam.slice(1, 3)).toEqual(['/factsheets/taakstelling/', '/vragen/hoeveel/']);
  });

  it('knows which place a query names: whole words, the longest name, "gemeente"/"provincie" picks the type', async () => {
    expect((await urls('Bergen op Zoom'))[0]).toBe('/land-in-beeld/gemeente/gm0748/');
    expect((await urls('gemeente Utrecht'))[0]).toBe('/land-in-beeld/gemeente/gm0344/');
    expect((await urls('provincie Utrecht'))[0]).toBe('/land-in-beeld/provincie/utrecht/');
    const utrecht = await urls('Utrecht');
    expect(utrecht.slice(0, 2).sort()).toEqual(['/land-in-beeld/gemeente/gm0344/', '/land-in-beeld/provincie/utrecht/']);
    expect(utrecht.indexOf('/land-in-beeld/gemeente/gm1581/')).toBeGreaterThan(1);
  });

  it('sees the place names in a query: whole words, a name inside a longer one left out', () => {
    const namen = ['bergen', 'bergen op zoom', 'den bosch', 'utrecht', 'utrechtse heuvelrug'];
    expect(namenInVraag('Bergen op Zoom', namen).map((g) => g.naam)).toEqual(['bergen op zoom']);
    expect(namenInVraag('Utrechtse Heuvelrug', namen).map((g) => g.naam)).toEqual(['utrechtse heuvelrug']);
    expect(namenInVraag('Den Bosch en Bergen', namen).map((g) => g.naam)).toEqual(['den bosch', 'bergen']);
    expect(namenInVraag('bosch', namen)).toEqual([]);
    expect(zoektermZonderNamen('taakstelling gemeente Den Bosch', namen)).toBe('taakstelling');
    expect(zoektermZonderNamen('Den Bosch', namen)).toBe('den bosch');
    expect(zoektermZonderNamen('woningdelen', namen)).toBe('woningdelen');
  });

  it('removes the place (and "gemeente" before it) to find the topic', () => {
    expect(zonderNamen('gemeente den bosch taakstelling', [{ naam: 'den bosch', start: 1, gevraagdType: true }])).toBe(
      'taakstelling',
    );
  });

  it('reads a page’s names from its metadata and title', () => {
    const d = {
      meta: { title: "'s-Hertogenbosch", [META.namen]: ["'s-Hertogenbosch", 'Den Bosch'].join(NAAM_SCHEIDING) },
      filters: { type: ['gemeente'] },
    };
    expect(genoemdeNaam('Den Bosch taakstelling', d)).toEqual({ naam: 'den bosch', start: 0, gevraagdType: false });
    expect(genoemdeNaam('Bossche taakstelling', d)).toBeUndefined();
  });
});

describe('what is loaded (every result shown or checked costs a fragment download)', () => {
  // Two results shown: the fake site has two knowledge pages about the figures.
  const plaatsenGeladen = async (q: string) => {
    const pf = nepPagefind(SITE);
    const r = await zoek(pf, q, {}, 2);
    return { eerste: r.eerste.map((d) => d.url), plaatsen: pf.geladen.filter((u) => u.startsWith('/land-in-beeld/')) };
  };

  it('loads no place page for a topic-only query, and still lists the knowledge', async () => {
    const { eerste, plaatsen } = await plaatsenGeladen('taakstelling vergunninghouders');
    expect(plaatsen).toEqual([]);
    expect(eerste.sort()).toEqual(['/factsheets/taakstelling/', '/vragen/hoeveel/']);
    expect((await plaatsenGeladen('hoeveel statushouders moet mijn gemeente huisvesten')).plaatsen).toEqual([]);
  });

  it('loads only the place pages whose names the query matched', async () => {
    const { eerste, plaatsen } = await plaatsenGeladen('Den Bosch taakstelling');
    expect(eerste[0]).toBe('/land-in-beeld/gemeente/gm0796/');
    expect([...new Set(plaatsen)]).toEqual(['/land-in-beeld/gemeente/gm0796/']);
  });

  it('finds a named place by its names, without searching the words of the name', async () => {
    const pf = nepPagefind(SITE);
    const r = await zoek(pf, 'Den Bosch taakstelling', {}, 10);
    expect(r.eerste.map((d) => d.url)).toEqual([
      '/land-in-beeld/gemeente/gm0796/',
      '/factsheets/taakstelling/',
      '/vragen/hoeveel/',
    ]);
    expect(pf.zoekopdrachten).toEqual(['taakstelling', 'taakstelling']);
    const provincieEerst = await zoek(nepPagefind(SITE), 'Utrecht taakstelling', {}, 10);
    expect(provincieEerst.eerste.map((d) => d.url).slice(0, 2)).toEqual([
      '/land-in-beeld/provincie/utrecht/',
      '/land-in-beeld/gemeente/gm0344/',
    ]);
    const utrecht = await zoek(nepPagefind(SITE), 'gemeente Utrecht taakstelling', {}, 10);
    expect(utrecht.eerste.map((d) => d.url).slice(0, 2)).toEqual([
      '/land-in-beeld/gemeente/gm0344/',
      '/land-in-beeld/provincie/utrecht/',
    ]);
  });

  it('takes the general way when the named place lacks the topic', async () => {
    const pf = nepPagefind(SITE);
    const r = await zoek(pf, 'jongeren Amsterdam', {}, 10);
    expect(r.eerste[0]!.url).toBe('/land-in-beeld/gemeente/gm0363/');
    expect(r.eerste[1]!.url).toBe('/goede-voorbeelden/startblok/');
    expect(pf.zoekopdrachten).toContain('jongeren amsterdam');
  });

  it('does not send "gemeente" to Pagefind, yet "gemeente Utrecht" still asks for the gemeente', async () => {
    const pf = nepPagefind(SITE);
    const r = await zoek(pf, 'gemeente Utrecht', {}, 3);
    expect(r.eerste[0]!.url).toBe('/land-in-beeld/gemeente/gm0344/');
    expect(
      pf.zoekopdrachten.every((z) => !z.includes('gemeente')),
      pf.zoekopdrachten.join(' / '),
    ).toBe(true);
  });
});

describe('topic only', () => {
  it('lists knowledge pages before the place pages that mention the topic', async () => {
    const r = await urls('vergunninghouders');
    const eersteplaats = r.findIndex((u) => u.startsWith('/land-in-beeld/'));
    expect(eersteplaats).toBe(3);
    expect(r.slice(0, 3).sort()).toEqual(['/factsheets/taakstelling/', '/goede-voorbeelden/startblok/', '/vragen/hoeveel/']);
  });

  it('answers a question typed as a person asks it, with a synonym and stopwords', async () => {
    expect((await urls('hoeveel statushouders moet mijn gemeente huisvesten'))[0]).toBe('/vragen/hoeveel/');
  });

  it('puts a title with a left-out word ("gemeente") first on the first page, as Pagefind would', async () => {
    expect((await urls('taakstelling'))[0]).toBe('/factsheets/taakstelling/');
    expect((await urls('taakstelling van een gemeente'))[0]).toBe('/vragen/hoeveel/');
  });

  it('finds pages that use either word of a synonym group', async () => {
    const r = await urls('statushouders');
    expect(r).toContain('/goede-voorbeelden/startblok/');
    expect(r).toContain('/factsheets/taakstelling/');
  });
});

describe('spelling slips', () => {
  it('corrects a word that finds nothing from a prefix the index has', async () => {
    const pf = nepPagefind(SITE);
    const r = await zoek(pf, 'taaksteling', {}, 10);
    expect(r.eerste[0]!.url).toBe('/factsheets/taakstelling/');
    expect(pf.zoekopdrachten).toContain('taakstelling');
  });

  it('spots a word Pagefind only matched loosely', () => {
    expect(verdachteWoorden('huisvesing', 'in <mark>huizen</mark> wonen')).toEqual(['huisvesing']);
    expect(verdachteWoorden('taaksteling', 'de <mark>taak</mark> ligt')).toEqual(['taaksteling']);
    expect(verdachteWoorden('flexwoningen', 'een <mark>flexwoning</mark>')).toEqual([]);
    expect(verdachteWoorden('huisvesting', 'geen hit hier')).toEqual([]);
  });
});

describe('filters and merging', () => {
  it('splits the search into place pages and knowledge pages, honouring a chosen type', () => {
    expect(splitsFilters({})).toEqual({
      plaatsen: { type: { any: ['gemeente', 'provincie'] } },
      kennis: { type: { none: ['gemeente', 'provincie'] } },
    });
    expect(splitsFilters({ type: { any: ['vraag'] } })).toEqual({ plaatsen: undefined, kennis: { type: { any: ['vraag'] } } });
    const metThema: PagefindFilters = splitsFilters({ type: { any: ['gemeente'] }, thema: { any: ['Woningdelen'] } }).plaatsen!;
    expect(metThema).toEqual({ type: { any: ['gemeente'] }, thema: { any: ['Woningdelen'] } });
  });

  it('respects a chosen type filter in the results', async () => {
    expect(await urls('vergunninghouders', { type: { any: ['vraag'] } })).toEqual(['/vragen/hoeveel/']);
  });

  it('shows everything without a query, in Pagefind’s order', async () => {
    expect((await zoek(nepPagefind(SITE), '', {}, 100)).resultaten.length).toBe(SITE.length);
  });
});
