import { describe, expect, it } from 'vitest';
import {
  addMonths,
  formatNumber,
  formatPercent,
  monthLong,
  monthShort,
  parseMonth,
  standLong,
  standShort,
  vergunninghouders,
} from '../../../src/lib/charts/format.ts';

describe('Dutch number formatting', () => {
  it('groups thousands with a dot and rounds to whole persons', () => {
    expect(formatNumber(3933)).toBe('3.933');
    expect(formatNumber(20147.6)).toBe('20.148');
    expect(formatNumber(0)).toBe('0');
  });

  it('writes decimals with a comma when asked', () => {
    expect(formatNumber(212.43, 1)).toBe('212,4');
    expect(formatNumber(1234.5, 1)).toBe('1.234,5');
  });

  it('keeps the sign of negative numbers but never prints "-0"', () => {
    expect(formatNumber(-1234)).toBe('-1.234');
    expect(formatNumber(-0.2)).toBe('0');
  });

  it('shows a dash for missing numbers instead of NaN', () => {
    expect(formatNumber(Number.NaN)).toBe('–');
    expect(formatPercent(Number.POSITIVE_INFINITY)).toBe('–');
  });

  it('formats fractions as percentages, also above 100%', () => {
    expect(formatPercent(0.456)).toBe('46%');
    expect(formatPercent(1.25)).toBe('125%');
    expect(formatPercent(-0.001)).toBe('0%');
  });

  it('uses singular and plural for vergunninghouders', () => {
    expect(vergunninghouders(1)).toBe('1 vergunninghouder');
    expect(vergunninghouders(3933)).toBe('3.933 vergunninghouders');
  });
});

describe('Dutch months', () => {
  it('gives short month names for axes', () => {
    expect(['2015-07', '2015-08', '2015-09', '2015-10', '2015-11', '2015-12', '2016-03'].map(monthShort)).toEqual([
      'jul',
      'aug',
      'sep',
      'okt',
      'nov',
      'dec',
      'mrt',
    ]);
  });

  it('gives long month names and stand dates for text', () => {
    expect(monthLong('2015-12')).toBe('december 2015');
    expect(standLong('2016-01')).toBe('1 januari 2016');
    expect(standShort('2016-01')).toBe('1 jan');
  });

  it('adds months across the turn of the year', () => {
    expect(addMonths('2015-11', 2)).toBe('2016-01');
    expect(addMonths('2016-01', -1)).toBe('2015-12');
    expect(addMonths('2015-07', 6)).toBe('2016-01');
  });

  it('rejects malformed months with a Dutch message', () => {
    expect(() => parseMonth('2015-13')).toThrow(/geen geldige maand/);
    expect(() => parseMonth('juli 2015')).toThrow(RangeError);
  });
});
