import { describe, expect, it } from 'vitest';

import {
  formatDatum,
  formatPeriode,
  isIsoDatum,
  isPeriodeId,
  maandLabel,
  maandLabelKort,
  maandenVerstreken,
  parseIsoDatum,
  parsePeriode,
  peildatumPastBijPeriode,
  periodeBereikLabel,
  periodeEinde,
  periodeEindstand,
  periodeLabel,
  periodeStart,
  periodeVanDatum,
  realisatieMaand,
  vergelijkPerioden,
  verschuifMaanden,
  volgendePeriode,
  vorigePeriode,
} from '../../../src/lib/monitor/periode.ts';

describe('parsePeriode / formatPeriode', () => {
  it('reads both halves of a year', () => {
    expect(parsePeriode('2015-I')).toEqual({ jaar: 2015, helft: 'I' });
    expect(parsePeriode('2015-II')).toEqual({ jaar: 2015, helft: 'II' });
    expect(formatPeriode({ jaar: 2016, helft: 'I' })).toBe('2016-I');
  });

  it('rejects anything else with a Dutch message', () => {
    for (const fout of ['2015-III', '2015-1', '15-I', '2015 I', '']) {
      expect(isPeriodeId(fout)).toBe(false);
      expect(() => parsePeriode(fout)).toThrow(/geen geldige periode/);
    }
  });
});

describe('dates of a periode', () => {
  it('knows start, last day and the final stand date', () => {
    expect(periodeStart('2015-I')).toBe('2015-01-01');
    expect(periodeEinde('2015-I')).toBe('2015-06-30');
    expect(periodeEindstand('2015-I')).toBe('2015-07-01');
    expect(periodeStart('2015-II')).toBe('2015-07-01');
    expect(periodeEinde('2015-II')).toBe('2015-12-31');
    expect(periodeEindstand('2015-II')).toBe('2016-01-01');
  });

  it('steps to the next and previous periode across a year boundary', () => {
    expect(volgendePeriode('2015-I')).toBe('2015-II');
    expect(volgendePeriode('2015-II')).toBe('2016-I');
    expect(vorigePeriode('2016-I')).toBe('2015-II');
    expect(vorigePeriode('2015-II')).toBe('2015-I');
  });

  it('orders periods chronologically', () => {
    const lijst = ['2016-I', '2015-II', '2015-I'].sort(vergelijkPerioden);
    expect(lijst).toEqual(['2015-I', '2015-II', '2016-I']);
  });

  it('finds the periode that contains a date', () => {
    expect(periodeVanDatum('2015-06-30')).toBe('2015-I');
    expect(periodeVanDatum('2015-07-01')).toBe('2015-II');
  });
});

describe('maandenVerstreken', () => {
  it('counts whole months since the periode start', () => {
    expect(maandenVerstreken('2015-II', '2015-07-01')).toBe(0);
    expect(maandenVerstreken('2015-II', '2015-08-01')).toBe(1);
    expect(maandenVerstreken('2015-II', '2015-08-31')).toBe(1);
    expect(maandenVerstreken('2015-II', '2016-01-01')).toBe(6);
    expect(maandenVerstreken('2016-I', '2016-06-01')).toBe(5);
  });

  it('the same date can end one periode and start the next', () => {
    expect(maandenVerstreken('2015-II', '2016-01-01')).toBe(6);
    expect(maandenVerstreken('2016-I', '2016-01-01')).toBe(0);
  });
});

describe('peildatumPastBijPeriode', () => {
  it('accepts the first of months 1 to 6 after the start', () => {
    expect(peildatumPastBijPeriode('2015-II', '2015-08-01')).toBe(true);
    expect(peildatumPastBijPeriode('2015-II', '2016-01-01')).toBe(true);
  });

  it('rejects the start itself, dates after the end stand and non-first days', () => {
    expect(peildatumPastBijPeriode('2015-II', '2015-07-01')).toBe(false);
    expect(peildatumPastBijPeriode('2015-II', '2016-02-01')).toBe(false);
    expect(peildatumPastBijPeriode('2015-II', '2015-06-01')).toBe(false);
    expect(peildatumPastBijPeriode('2015-II', '2015-08-02')).toBe(false);
    expect(peildatumPastBijPeriode('2015-II', '2015-13-01')).toBe(false);
  });
});

describe('ISO dates', () => {
  it('accepts real calendar dates only', () => {
    expect(isIsoDatum('2016-02-29')).toBe(true);
    expect(isIsoDatum('2015-02-29')).toBe(false);
    expect(isIsoDatum('2015-8-1')).toBe(false);
    expect(isIsoDatum(20150801)).toBe(false);
    expect(() => parseIsoDatum('2015-02-30')).toThrow(/geen geldige datum/);
  });

  it('shifts months across years', () => {
    expect(verschuifMaanden('2015-12-01', 1)).toBe('2016-01-01');
    expect(verschuifMaanden('2016-01-15', -1)).toBe('2015-12-01');
    expect(realisatieMaand('2015-08-01')).toBe('2015-07-01');
  });
});

describe('Dutch labels', () => {
  it('names half years in plain Dutch', () => {
    expect(periodeLabel('2015-II')).toBe('tweede helft 2015');
    expect(periodeLabel('2016-I')).toBe('eerste helft 2016');
    expect(periodeBereikLabel('2015-II')).toBe('1 juli tot en met 31 december 2015');
  });

  it('formats dates and months with nl-NL', () => {
    expect(formatDatum('2015-08-01')).toBe('1 augustus 2015');
    expect(maandLabel('2016-01-01')).toBe('januari 2016');
    expect(maandLabelKort('2015-03-01')).toBe('mrt 2015');
  });
});
