import fc from 'fast-check';
import { describe, expect, it } from 'vitest';

import { gecorrigeerd, overdracht, verdeelBegrensd, verdeelProRata } from '../../../src/lib/monitor/taakstelling.ts';

const som = (xs: readonly number[]) => xs.reduce((a, b) => a + b, 0);

describe('gecorrigeerd and overdracht', () => {
  it('adds the achterstand to the netto taakstelling (a voorsprong lowers it)', () => {
    expect(gecorrigeerd(14871, 5276)).toBe(20147);
    expect(gecorrigeerd(10, -4)).toBe(6);
  });

  it('carries what is left over into the next periode, negative when ahead', () => {
    expect(overdracht(16633, 11357)).toBe(5276);
    expect(overdracht(20147, 16753)).toBe(3394);
    expect(overdracht(12, 15)).toBe(-3);
  });

  it('conserves people: what was asked = what was housed + what carries over', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 0, max: 5000 }),
        fc.integer({ min: -500, max: 500 }),
        fc.integer({ min: 0, max: 6000 }),
        (netto, achterstand, realisatie) => {
          const g = gecorrigeerd(netto, achterstand);
          expect(realisatie + overdracht(g, realisatie)).toBe(netto + achterstand);
        },
      ),
    );
  });
});

describe('verdeelProRata', () => {
  it('splits 10 over 1:1:1 as 4, 3, 3 (largest remainder, ties to the first)', () => {
    expect(verdeelProRata(10, [1, 1, 1])).toEqual([4, 3, 3]);
  });

  it('gives the leftover to the largest remainders, not the largest weights', () => {
    // quotas 6.4, 2.4, 1.2 → floors 6, 2, 1 → one unit left → largest remainder 0.4 (tie) → larger weight first
    expect(verdeelProRata(10, [64, 24, 12])).toEqual([7, 2, 1]);
    // quotas 4.5, 2.7, 2.8 → 4, 2, 2 → two units to 0.8 and 0.7
    expect(verdeelProRata(10, [45, 27, 28])).toEqual([4, 3, 3]);
  });

  it('reproduces a national total exactly over real-sized weights', () => {
    const delen = verdeelProRata(20000, [833624, 629606, 919, 12001]);
    expect(som(delen)).toBe(20000);
    expect(delen[2]).toBe(12);
  });

  it('gives zeros when the total is 0 and rejects impossible input in Dutch', () => {
    expect(verdeelProRata(0, [0, 0])).toEqual([0, 0]);
    expect(() => verdeelProRata(5, [0, 0])).toThrow(/samen 0/);
    expect(() => verdeelProRata(-1, [1])).toThrow(/geheel getal van 0 of meer/);
    expect(() => verdeelProRata(2.5, [1])).toThrow(/geheel getal/);
    expect(() => verdeelProRata(5, [1, -1])).toThrow(/gewicht/);
  });

  it('property: sums exactly and every share is within 1 of its exact quota (integer weights)', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 0, max: 100_000 }),
        fc.array(fc.integer({ min: 0, max: 1_000_000 }), { minLength: 1, maxLength: 60 }).filter((w) => som(w) > 0),
        (totaal, gewichten) => {
          const delen = verdeelProRata(totaal, gewichten);
          expect(som(delen)).toBe(totaal);
          const W = som(gewichten);
          delen.forEach((d, i) => {
            expect(Number.isInteger(d)).toBe(true);
            expect(Math.abs(d - (totaal * gewichten[i]!) / W)).toBeLessThan(1);
          });
        },
      ),
    );
  });

  it('property: also for fractional weights', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 0, max: 10_000 }),
        fc.array(fc.double({ min: 0.001, max: 1000, noNaN: true }), { minLength: 1, maxLength: 40 }),
        (totaal, gewichten) => {
          const delen = verdeelProRata(totaal, gewichten);
          expect(som(delen)).toBe(totaal);
          const W = som(gewichten);
          delen.forEach((d, i) => expect(Math.abs(d - (totaal * gewichten[i]!) / W)).toBeLessThan(1 + 1e-9));
        },
      ),
    );
  });
});

describe('verdeelBegrensd', () => {
  it('respects maxima and hands the overflow to the others', () => {
    expect(verdeelBegrensd(10, [1, 1, 1], [0, 0, 0], [1, 10, 10])).toEqual([1, 5, 4]);
  });

  it('starts from the minima', () => {
    expect(verdeelBegrensd(6, [1, 0], [2, 3])).toEqual([3, 3]);
  });

  it('rejects bounds that cannot hold the total', () => {
    expect(() => verdeelBegrensd(10, [1, 1], [0, 0], [3, 3])).toThrow(/past niet binnen de grenzen/);
    expect(() => verdeelBegrensd(1, [1, 1], [1, 1])).toThrow(/past niet binnen de grenzen/);
  });

  it('property: sums exactly and stays within bounds', () => {
    fc.assert(
      fc.property(
        fc.array(
          fc.record({
            w: fc.integer({ min: 0, max: 100 }),
            min: fc.integer({ min: 0, max: 5 }),
            ruimte: fc.integer({ min: 0, max: 50 }),
          }),
          {
            minLength: 1,
            maxLength: 30,
          },
        ),
        fc.double({ min: 0, max: 1, noNaN: true }),
        (rijen, fractie) => {
          const min = rijen.map((r) => r.min);
          const max = rijen.map((r) => r.min + r.ruimte);
          const totaal = som(min) + Math.floor(fractie * (som(max) - som(min)));
          const delen = verdeelBegrensd(
            totaal,
            rijen.map((r) => r.w),
            min,
            max,
          );
          expect(som(delen)).toBe(totaal);
          delen.forEach((d, i) => {
            expect(d).toBeGreaterThanOrEqual(min[i]!);
            expect(d).toBeLessThanOrEqual(max[i]!);
          });
        },
      ),
    );
  });
});
