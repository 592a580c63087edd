import { describe, expect, it } from 'vitest';

import {
  benodigdPerMaand,
  perHonderdduizend,
  resterendeMaanden,
  schemaLijn,
  schemaNorm,
} from '../../../src/lib/monitor/tempo.ts';

describe('benodigdPerMaand', () => {
  it('reproduces the pace the original site published', () => {
    // 2017-I: 13.000 + 6.082 = 19.082 to house in 6 months → about 3.180 a month
    expect(benodigdPerMaand(19082, 0, 0)).toBe(3181);
    // 2016-II: 23.000 + 5.283 → about 4.714 a month
    expect(benodigdPerMaand(28283, 0, 0)).toBe(4714);
  });

  it('rounds up what is still open over the remaining months', () => {
    expect(benodigdPerMaand(20, 5, 2)).toBe(4); // 15 over 4 months → 3,75 → 4
    expect(benodigdPerMaand(20, 8, 3)).toBe(4); // 12 over 3 months
    expect(benodigdPerMaand(20, 19, 5)).toBe(1);
  });

  it('is 0 when the taakstelling is reached, also with a voorsprong', () => {
    expect(benodigdPerMaand(20, 20, 4)).toBe(0);
    expect(benodigdPerMaand(20, 25, 6)).toBe(0);
    expect(benodigdPerMaand(-3, 0, 1)).toBe(0);
  });

  it('is null at the end of the periode when something is still open (it carries over)', () => {
    expect(benodigdPerMaand(20, 15, 6)).toBeNull();
  });

  it('rejects an impossible month count', () => {
    expect(() => benodigdPerMaand(20, 0, 7)).toThrow(/0 tot en met 6/);
  });
});

describe('schedule line', () => {
  it('is m/6 of the gecorrigeerde taakstelling', () => {
    expect(schemaNorm(20147, 0)).toBe(0);
    expect(schemaNorm(20147, 3)).toBe(10073.5);
    expect(schemaNorm(20147, 6)).toBe(20147);
    expect(schemaLijn(12)).toEqual([0, 2, 4, 6, 8, 10, 12]);
  });

  it('counts the months left', () => {
    expect(resterendeMaanden(0)).toBe(6);
    expect(resterendeMaanden(5)).toBe(1);
    expect(resterendeMaanden(6)).toBe(0);
  });
});

describe('perHonderdduizend', () => {
  it('scales to 100.000 inwoners', () => {
    expect(perHonderdduizend(50, 50000)).toBe(100);
    expect(perHonderdduizend(1, 919)).toBeCloseTo(108.81, 2);
  });

  it('is null without (positive) inwoners', () => {
    expect(perHonderdduizend(5, null)).toBeNull();
    expect(perHonderdduizend(5, undefined)).toBeNull();
    expect(perHonderdduizend(5, 0)).toBeNull();
  });
});
