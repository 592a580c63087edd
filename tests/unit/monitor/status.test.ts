import { describe, expect, it } from 'vitest';

import {
  ENIGSZINS_ACHTER_MARGE,
  STATUS_LABEL,
  STATUS_REGEL_UITLEG,
  STATUS_UITLEG,
  STATUS_VOLGORDE,
  bepaalStatus,
  percentageGerealiseerd,
  schemaPercentage,
} from '../../../src/lib/monitor/status.ts';

const status = (gecorrigeerd: number, realisatie: number | null | undefined, maanden: number) =>
  bepaalStatus({ gecorrigeerd, realisatie, maanden });

describe('bepaalStatus: the rule of the original site', () => {
  it('is "goed" exactly at m/6 of the gecorrigeerde taakstelling (boundary included)', () => {
    // G = 12, m = 3 → schema 6
    expect(status(12, 6, 3)).toBe('goed');
    expect(status(12, 7, 3)).toBe('goed');
    // G = 18, m = 5 → schema 15
    expect(status(18, 15, 5)).toBe('goed');
    expect(status(18, 14, 5)).toBe('enigszins');
  });

  it('uses exact arithmetic when m/6 × G is not a whole number', () => {
    // G = 10, m = 1 → schema 1.67: 2 is enough, 1 is not
    expect(status(10, 2, 1)).toBe('goed');
    expect(status(10, 1, 1)).toBe('enigszins');
    // G = 7, m = 3 → 3.5
    expect(status(7, 4, 3)).toBe('goed');
    expect(status(7, 3, 3)).toBe('enigszins');
  });
});

describe('bepaalStatus: our boundary between enigszins and achter', () => {
  it('is one month of work', () => {
    expect(ENIGSZINS_ACHTER_MARGE).toBe(1 / 6);
  });

  it('is "enigszins" exactly at (m−1)/6 and "achter" just below', () => {
    // G = 12, m = 3 → (m−1)/6 × 12 = 4
    expect(status(12, 5, 3)).toBe('enigszins');
    expect(status(12, 4, 3)).toBe('enigszins');
    expect(status(12, 3, 3)).toBe('achter');
    // G = 18, m = 5 → 12
    expect(status(18, 12, 5)).toBe('enigszins');
    expect(status(18, 11, 5)).toBe('achter');
  });

  it('after one month nobody is "achter" yet: the lower line is 0', () => {
    expect(status(600, 0, 1)).toBe('enigszins');
  });

  it('at the end of the periode (m = 6) the result is gehaald, enigszins or achter, never goed', () => {
    expect(status(12, 12, 6)).toBe('gehaald');
    expect(status(12, 11, 6)).toBe('enigszins');
    expect(status(12, 10, 6)).toBe('enigszins');
    expect(status(12, 9, 6)).toBe('achter');
  });
});

describe('bepaalStatus: edge states', () => {
  it('m = 0 is a new periode without a verdict', () => {
    expect(status(12, 0, 0)).toBe('nieuw');
    expect(status(12, null, 0)).toBe('nieuw');
  });

  it('gecorrigeerd ≤ 0 means the voorsprong already covers the periode, whatever else is known', () => {
    expect(status(0, 0, 3)).toBe('gehaald');
    expect(status(-4, 0, 1)).toBe('gehaald');
    expect(status(-4, null, 3)).toBe('gehaald');
    expect(status(0, undefined, 0)).toBe('gehaald');
  });

  it('realisatie at or above the gecorrigeerde taakstelling is "gehaald" at any m, also above 100 %', () => {
    expect(status(12, 12, 1)).toBe('gehaald');
    expect(status(12, 30, 2)).toBe('gehaald');
    expect(percentageGerealiseerd(30, 12)).toBe(250);
  });

  it('missing realisatie is "onbekend" (shown as "Geen gegevens")', () => {
    expect(status(12, null, 3)).toBe('onbekend');
    expect(status(12, undefined, 3)).toBe('onbekend');
    expect(status(12, Number.NaN, 3)).toBe('onbekend');
    expect(STATUS_LABEL.onbekend).toBe('Geen gegevens');
  });

  it('rejects a month count outside 0–6', () => {
    expect(() => status(12, 3, 7)).toThrow(/0 tot en met 6/);
    expect(() => status(12, 3, -1)).toThrow(/0 tot en met 6/);
    expect(() => status(12, 3, 2.5)).toThrow(/0 tot en met 6/);
  });
});

describe('labels and explanations', () => {
  it('uses the three labels of the original legend', () => {
    expect(STATUS_LABEL.goed).toBe('Goed op schema');
    expect(STATUS_LABEL.enigszins).toBe('Enigszins achter op schema');
    expect(STATUS_LABEL.achter).toBe('Achter op schema');
    expect(STATUS_LABEL.gehaald).toBe('Taakstelling gehaald');
  });

  it('has a label and a plain explanation for every status, in legend order', () => {
    expect([...STATUS_VOLGORDE].sort()).toEqual(['achter', 'enigszins', 'gehaald', 'goed', 'nieuw', 'onbekend']);
    for (const s of STATUS_VOLGORDE) {
      expect(STATUS_LABEL[s].length).toBeGreaterThan(3);
      expect(STATUS_UITLEG[s].length).toBeGreaterThan(20);
    }
    expect(STATUS_REGEL_UITLEG).toMatch(/eigen keuze/);
  });
});

describe('percentages', () => {
  it('has no percentage when there is nothing to do or no data', () => {
    expect(percentageGerealiseerd(5, 0)).toBeNull();
    expect(percentageGerealiseerd(null, 10)).toBeNull();
    expect(percentageGerealiseerd(5, 10)).toBe(50);
  });

  it('gives the schedule line 16,7 %, 50 %, 100 %', () => {
    expect(schemaPercentage(1)).toBeCloseTo(16.667, 3);
    expect(schemaPercentage(3)).toBe(50);
    expect(schemaPercentage(6)).toBe(100);
  });
});
