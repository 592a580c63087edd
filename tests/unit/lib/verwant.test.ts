import { describe, expect, it } from 'vitest';
import { verwanteItems } from '../../../src/lib/verwant.ts';

const item = (sleutel: string, themas: string[], gemeenten: string[] = [], datum = '2026-10-01') => ({ sleutel, themas, gemeenten, datum });

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
    const r = verwanteItems(a, alle).map((x) => x.sleutel);
    expect(r).not.toContain('a');
    expect(r).not.toContain('niets');
  });
  it('ranks a shared gemeente above a shared thema', () => {
    expect(verwanteItems(a, alle)[0]!.sleutel).toBe('zelfde-gemeente');
  });
  it('breaks ties by newest first and respects the maximum', () => {
    const r = verwanteItems(a, alle, 2).map((x) => x.sleutel);
    expect(r).toEqual(['zelfde-gemeente', 'twee-themas']);
  });
});
