/** The computed share per gemeente: largest remainder over inhabitants, summing exactly to the national figure. */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { berekenAandelen } from '../../../src/lib/land-in-beeld/aandeel.ts';
import inwoners2024 from '../../../data/inwoners/2024.json' with { type: 'json' };

const som = (m: Map<string, number>) => [...m.values()].reduce((a, b) => a + b, 0);

describe('berekenAandelen', () => {
  it('splits 13.000 over the 342 gemeenten of 1 January 2024 so that the shares add up to exactly 13.000', () => {
    const a = berekenAandelen(13000, inwoners2024);
    expect(a.size).toBe(342);
    expect(som(a)).toBe(13000);
    expect(a.get('GM0363')).toBe(675); // Amsterdam, 931.298 of 17.942.942 inhabitants
    expect(a.get('GM0088')).toBe(1); // Schiermonnikoog, 972 inhabitants
  });

  it('gives a vrijgestelde gemeente 0 and the rest still sums to the national figure', () => {
    const a = berekenAandelen(14871, inwoners2024, new Set(['GM0299']));
    expect(a.get('GM0299')).toBe(0);
    expect(som(a)).toBe(14871);
  });

  it('property: for any national figure and any inhabitants, the shares sum exactly and each is its quota rounded down or up', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 0, max: 60000 }),
        fc.array(fc.integer({ min: 1, max: 1_000_000 }), { minLength: 1, maxLength: 60 }),
        (totaal, gewichten) => {
          const gemeenten = gewichten.map((inwoners, i) => ({ code: `GM${String(i).padStart(4, '0')}`, inwoners }));
          const a = berekenAandelen(totaal, gemeenten);
          expect(som(a)).toBe(totaal);
          const totaalInwoners = gewichten.reduce((x, y) => x + y, 0);
          gemeenten.forEach((g) => {
            const quotum = (totaal * g.inwoners) / totaalInwoners;
            const deel = a.get(g.code)!;
            expect(deel).toBeGreaterThanOrEqual(Math.floor(quotum));
            expect(deel).toBeLessThanOrEqual(Math.ceil(quotum));
          });
        },
      ),
      { numRuns: 300 },
    );
  });
});
