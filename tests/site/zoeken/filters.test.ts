/**
 * Filters and metadata in the built index, through Pagefind's JS API in Node
 * (the same calls the search page makes).
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import themas from '../../../data/themas.json' with { type: 'json' };
import { pagefindFilters } from '../../../src/lib/zoeken/index.ts';
import { laadNodePagefind, padVan, type NodePagefind } from './pagefind-node.ts';

const TYPES = ['handreiking', 'factsheet', 'vraag', 'goed voorbeeld', 'thema', 'gemeente', 'provincie'];
const PAD_VAN_TYPE: Record<string, RegExp> = {
  handreiking: /^\/handreikingen\/[^/]+\/$/,
  factsheet: /^\/factsheets\/[^/]+\/$/,
  vraag: /^\/vragen\/[^/]+\/$/,
  'goed voorbeeld': /^\/goede-voorbeelden\/[^/]+\/$/,
  thema: /^\/themas\/[^/]+\/$/,
  gemeente: /^\/land-in-beeld\/gemeente\/gm\d{4}\/$/,
  provincie: /^\/land-in-beeld\/(provincie\/[^/]+\/)?$/,
};

describe('filters in the index', () => {
  let z: NodePagefind;
  let totaal: Record<string, Record<string, number>>;
  beforeAll(async () => {
    z = await laadNodePagefind();
    totaal = await z.pf.filters();
  });
  afterAll(async () => {
    await z?.close();
  });

  it('has the filters type, thema, provincie and doelgroep', () => {
    expect(Object.keys(totaal)).toEqual(expect.arrayContaining(['type', 'thema', 'provincie', 'doelgroep']));
  });

  it('types every page with one of the site’s content types', () => {
    const types = Object.keys(totaal.type!);
    expect(
      types.filter((t) => !TYPES.includes(t)),
      'unknown type values',
    ).toEqual([]);
    for (const t of ['handreiking', 'vraag', 'thema']) expect(totaal.type![t], t).toBeGreaterThan(0);
  });

  it('uses the thema names of data/themas.json, and every hub is in its own thema', async () => {
    const namen = themas.map((t) => t.naam);
    expect(
      Object.keys(totaal.thema!).filter((t) => !namen.includes(t)),
      'unknown thema values',
    ).toEqual([]);
    const hubs = await z.pf.search(null, { filters: { type: 'thema' } });
    expect(hubs!.results.length).toBe(themas.length);
    for (const t of themas) {
      const r = await z.pf.search(null, { filters: { type: 'thema', thema: t.naam } });
      expect(r!.results.length, `hub of ${t.naam}`).toBe(1);
    }
  });

  it('each type filter returns only pages of that type (checked on their URLs)', async () => {
    for (const t of Object.keys(totaal.type!)) {
      const r = await z.zoek('', { type: [t] }, 50);
      expect(
        r.paden.filter((p) => !PAD_VAN_TYPE[t]!.test(p)),
        `type ${t}`,
      ).toEqual([]);
      expect(r.totaal).toBe(totaal.type![t]);
    }
  });

  it('combines values of one filter with OR and different filters with AND', async () => {
    const a = (await z.pf.search('woning', { filters: { type: { any: ['handreiking'] } } }))!.results.length;
    const b = (await z.pf.search('woning', { filters: { type: { any: ['vraag'] } } }))!.results.length;
    const ab = (await z.pf.search('woning', {
      filters: pagefindFilters({ q: 'woning', filters: { type: ['handreiking', 'vraag'] } }),
    }))!.results.length;
    expect(a).toBeGreaterThan(0);
    expect(b).toBeGreaterThan(0);
    expect(ab).toBe(a + b);
    const metThema = (await z.pf.search('woning', {
      filters: pagefindFilters({ q: 'woning', filters: { type: ['handreiking', 'vraag'], thema: ['Woningdelen'] } }),
    }))!.results.length;
    expect(metThema).toBeGreaterThan(0);
    expect(metThema).toBeLessThan(ab);
  });

  it('gives goede voorbeelden the provincie of their gemeenten (every voorbeeld has at least one)', async () => {
    const r = await z.zoek('', { type: ['goed voorbeeld'] }, 100);
    expect(r.data.length).toBeGreaterThan(0);
    for (const d of r.data) expect(d.filters.provincie?.length, padVan(d.url)).toBeGreaterThan(0);
  });

  it('gives Land in beeld pages their provincie', async (ctx) => {
    if (!totaal.type!.gemeente) ctx.skip('SKIPPED: no gemeente pages built yet');
    const r = await z.zoek('Den Haag', { type: ['gemeente'] }, 3);
    expect(r.paden[0]).toBe('/land-in-beeld/gemeente/gm0518/');
    expect(r.data[0]!.filters.provincie).toEqual(['Zuid-Holland']);
    const inFryslan = await z.pf.search(null, { filters: { type: 'gemeente', provincie: 'Fryslân' } });
    expect(inFryslan!.results.length).toBeGreaterThanOrEqual(18);
  });

  it('gives doelgroep values to goede voorbeelden only', async () => {
    const waarden = Object.keys(totaal.doelgroep ?? {});
    expect(waarden.length).toBeGreaterThan(0);
    const r = await z.zoek('', { doelgroep: waarden }, 100);
    for (const p of r.paden) expect(p).toMatch(PAD_VAN_TYPE['goed voorbeeld']!);
  });

  it('returns title, type, date and a highlighted excerpt for a content result', async () => {
    const { data } = await z.zoek('kostendelersnorm');
    const d = data.find((x) => x.filters.type?.[0] === 'vraag')!;
    expect(d.meta.title).toBeTruthy();
    expect(d.meta.date).toMatch(/^\d{4}-\d{2}-\d{2}$/);
    expect(d.excerpt).toMatch(/<mark>kostendelersnorm/i);
    // Hidden filter and sort values, the type and date line and the thema labels are not page text.
    expect(d.excerpt).not.toMatch(/^(<mark>)?(handreiking|vraag|factsheet)\b/i);
    expect(d.excerpt).not.toMatch(/\d{4}-\d{2}-\d{2}|gepubliceerd/);
  });

  it('shows a goed voorbeeld’s own text in the excerpt, not its table of facts ("Voor wie gemeente, …")', async () => {
    const r = await z.zoek('', { type: ['goed voorbeeld'] }, 100);
    expect(r.data.length).toBeGreaterThan(0);
    for (const d of r.data) expect(d.excerpt, padVan(d.url)).not.toMatch(/Voor wie|Wooneenheden|Soort oplossing|Beheerder/);
  });

  it('counts per filter value for the current query', async () => {
    const r = await z.pf.search('flexwoning', {});
    const som = Object.values(r!.filters.type ?? {}).reduce((a: number, b: number) => a + b, 0);
    expect(som).toBe(r!.results.length);
  });
});
