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
});
