import { describe, expect, it } from 'vitest';
import { verwanteItems } from '../../../src/lib/verwant.ts';

const item = (url: string, themas: string[], gemeenten: string[] = [], laatstBijgewerkt = '2026-10-01') => ({
  url,
  themas,
  gemeenten,
  laatstBijgewerkt,
});

describe('verwanteItems', () => {
  const a = item('a', ['flexwonen'], ['GM0363']);
  const alle = [
    a,
    item('zelfde-gemeente', ['woningdelen'], ['GM0363']),
    item('zelfde-thema', ['flexwonen']),
    item('niets', ['nareizigers']),
    item('twee-themas', ['flexwonen', 'woningdelen'], [], '2026-11-01'),
  ];
  it('never lists the item itself or unrelated items', () => {
    const r = verwanteItems(a, alle).map((x) => x.url);
    expect(r).not.toContain('a');
    expect(r).not.toContain('niets');
  });
  it('ranks a shared gemeente above a shared thema', () => {
    expect(verwanteItems(a, alle)[0]!.url).toBe('zelfde-gemeente');
  });
  it('breaks ties by newest first and respects the maximum', () => {
    const r = verwanteItems(a, alle, 2).map((x) => x.url);
    expect(r).toEqual(['zelfde-gemeente', 'twee-themas']);
  });
  it('keeps the best while scanning: the same list as sorting every item and taking the first', () => {
    // A fixed pseudo-random library: many ties on score and date, so the order of the tie-breaks matters.
    let seed = 7;
    const r = () => (seed = (seed * 16807) % 2147483647) / 2147483647;
    const themas = ['flexwonen', 'woningdelen', 'nareizigers', 'jongeren'];
    const gemeenten = ['GM0363', 'GM0599', 'GM0344'];
    const bib = Array.from({ length: 300 }, (_, i) =>
      item(
        `item-${i}`,
        themas.filter(() => r() < 0.4),
        gemeenten.filter(() => r() < 0.15),
        `2026-0${1 + Math.floor(r() * 3)}-01`,
      ),
    );
    const naief = (x: (typeof bib)[number], max: number) =>
      bib
        .filter((b) => b.url !== x.url)
        .map((b) => ({
          b,
          s: b.themas.filter((t) => x.themas.includes(t)).length + 2 * b.gemeenten.filter((g) => x.gemeenten.includes(g)).length,
        }))
        .filter(({ s }) => s > 0)
        .sort((p, q) => q.s - p.s || q.b.laatstBijgewerkt.localeCompare(p.b.laatstBijgewerkt) || p.b.url.localeCompare(q.b.url))
        .slice(0, max)
        .map(({ b }) => b.url);
    for (const x of bib.slice(0, 60)) {
      for (const max of [1, 6]) expect(verwanteItems(x, bib, max).map((v) => v.url)).toEqual(naief(x, max));
    }
  });
});
