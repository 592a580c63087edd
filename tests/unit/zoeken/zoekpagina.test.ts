/**
 * The search page's pure state logic (src/lib/zoeken/staat.ts): URL state, Pagefind filters,
 * the live-region text, display helpers and Pagefind's options. Ordering: ordening.test.ts.
 */
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import {
  aankondiging,
  FILTERS,
  formatDatum,
  gevondenAls,
  leesStaat,
  NAAM_SCHEIDING,
  pagefindFilters,
  schrijfStaat,
  sorteerWaarden,
  ZOEK_OPTIES,
  INSTANTIE_OPTIES,
  META,
  type ZoekStaat,
} from '../../../src/lib/zoeken/index.ts';

describe('state in the URL', () => {
  it('reads q and repeated filter parameters', () => {
    expect(leesStaat('?q=woning+delen&type=handreiking&type=goed+voorbeeld&thema=Woningdelen')).toEqual({
      q: 'woning delen',
      filters: { type: ['handreiking', 'goed voorbeeld'], thema: ['Woningdelen'] },
    });
  });

  it('ignores unknown parameters, empty values and duplicates', () => {
    expect(leesStaat('?q=&utm_source=x&type=&type=vraag&type=vraag&provincie=%20Utrecht%20')).toEqual({
      q: '',
      filters: { type: ['vraag'], provincie: ['Utrecht'] },
    });
  });

  it('writes q first, then filters in a fixed order', () => {
    expect(schrijfStaat({ q: 'Den Haag', filters: { doelgroep: ['jongeren'], type: ['gemeente'] } })).toBe(
      '?q=Den+Haag&type=gemeente&doelgroep=jongeren',
    );
    expect(schrijfStaat({ q: '', filters: {} })).toBe('');
  });

  it('reads back what it writes, for any query and filter values', () => {
    const waarde = fc
      .string({ minLength: 1, maxLength: 12 })
      .map((s) => s.trim())
      .filter((s) => s.length > 0);
    const staat = fc.record({
      q: fc.string({ maxLength: 20 }).map((s) => s.trim()),
      filters: fc.record(
        Object.fromEntries(FILTERS.map((f) => [f.sleutel, fc.uniqueArray(waarde, { minLength: 1, maxLength: 3 })])) as Record<
          string,
          fc.Arbitrary<string[]>
        >,
        { requiredKeys: [] },
      ),
    });
    fc.assert(
      fc.property(staat, (s) => {
        expect(leesStaat(schrijfStaat(s as ZoekStaat))).toEqual(s);
      }),
    );
  });
});

describe('Pagefind filters', () => {
  const staat: ZoekStaat = { q: 'x', filters: { type: ['handreiking', 'vraag'], provincie: ['Utrecht'] } };

  it('are OR within a filter and AND between filters', () => {
    expect(pagefindFilters(staat)).toEqual({ type: { any: ['handreiking', 'vraag'] }, provincie: { any: ['Utrecht'] } });
  });

  it('can leave one filter out, for that filter’s counts', () => {
    expect(pagefindFilters(staat, 'type')).toEqual({ provincie: { any: ['Utrecht'] } });
  });

  it('sorts type values in the site’s order and others alphabetically', () => {
    expect(sorteerWaarden('type', ['thema', 'vraag', 'handreiking', 'gemeente'])).toEqual([
      'handreiking',
      'vraag',
      'thema',
      'gemeente',
    ]);
    expect(sorteerWaarden('provincie', ['Zeeland', 'Fryslân', 'Drenthe'])).toEqual(['Drenthe', 'Fryslân', 'Zeeland']);
  });
});

describe('live region text', () => {
  it('says how many results for which query', () => {
    expect(aankondiging(12, { q: 'woningdelen', filters: {} })).toBe('12 resultaten voor “woningdelen”');
    expect(aankondiging(1, { q: 'Den Haag', filters: {} })).toBe('1 resultaat voor “Den Haag”');
    expect(aankondiging(0, { q: 'xyz', filters: {} })).toBe('Geen resultaten voor “xyz”');
  });

  it('mentions the filters', () => {
    expect(aankondiging(3, { q: 'flex', filters: { type: ['handreiking'] } })).toBe('3 resultaten voor “flex”, met 1 filter');
    expect(aankondiging(5, { q: '', filters: { type: ['vraag'], thema: ['Woningdelen'] } })).toBe('5 resultaten, met 2 filters');
  });
});

describe('other names', () => {
  it('explains why a page was found under another name', () => {
    expect(gevondenAls('Den Haag', "'s-Gravenhage", ["'s-Gravenhage", 'Den Haag'].join(NAAM_SCHEIDING))).toBe('Den Haag');
    expect(gevondenAls('Gravenhage', "'s-Gravenhage", ["'s-Gravenhage", 'Den Haag'].join(NAAM_SCHEIDING))).toBeUndefined();
    expect(gevondenAls('Den Haag', 'Iets', undefined)).toBeUndefined();
  });
});

describe('display', () => {
  it('writes ISO dates in Dutch', () => {
    expect(formatDatum('2026-09-01')).toBe('1 september 2026');
    expect(formatDatum(undefined)).toBeUndefined();
    expect(formatDatum('binnenkort')).toBe('binnenkort');
  });

  it('weights names above titles and provincies above gemeenten', () => {
    const w = ZOEK_OPTIES.ranking.metaWeights;
    expect(w[META.provincienamen]).toBeGreaterThan(w[META.namen]);
    expect(w[META.namen]).toBeGreaterThan(w.title);
    expect(w[META.cijferwoorden]).toBeLessThan(1);
  });

  it('gives noWorker only when the instance is created (Pagefind warns about it in options())', () => {
    expect(INSTANTIE_OPTIES).toEqual({ noWorker: true });
    expect(Object.keys(ZOEK_OPTIES)).not.toContain('noWorker');
  });
});
