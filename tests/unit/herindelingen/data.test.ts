/**
 * data/herindelingen.json, checked against the gemeente lists: every gemeente of 2016 ends up in
 * exactly one gemeente of 2026, every gemeente of 2026 is reached, and the monitor still loads.
 */
import { describe, expect, it } from 'vitest';

import herindelingen from '../../../data/herindelingen.json' with { type: 'json' };
import g2015 from '../../../data/gemeenten/2015.json' with { type: 'json' };
import g2016 from '../../../data/gemeenten/2016.json' with { type: 'json' };
import g2026 from '../../../data/gemeenten/2026.json' with { type: 'json' };
import { opvolger, opvolgerVan, type HerindelingMetBron } from '../../../src/lib/monitor/herindeling.ts';
import { loadMonitor } from '../../../src/lib/monitor/index.ts';

const H = herindelingen as HerindelingMetBron[];
const codes2016 = g2016.map((g) => g.code);
const codes2026 = new Set(g2026.map((g) => g.code));
const alleCodes = new Set([...g2015, ...g2016, ...g2026].map((g) => g.code));
const na2016 = H.filter((h) => h.datum > '2016-01-01');
/** The code a 2016 gemeente has in 2026. */
const in2026 = (code: string) => opvolger(H, code, '2016-01-01', '2026-01-01');

describe('data/herindelingen.json', () => {
  it('keeps the four mergers of 1 January 2016 exactly as they were', () => {
    expect(H.filter((h) => h.datum === '2016-01-01')).toEqual([
      {
        datum: '2016-01-01',
        van: ['GM0381', 'GM0424', 'GM0425'],
        naar: 'GM1942',
        toelichting: 'Bussum, Muiden en Naarden vormen samen de nieuwe gemeente Gooise Meren.',
      },
      {
        datum: '2016-01-01',
        van: ['GM0385', 'GM0478'],
        naar: 'GM0385',
        toelichting: 'Zeevang gaat op in Edam-Volendam. Edam-Volendam houdt de code GM0385.',
      },
      {
        datum: '2016-01-01',
        van: ['GM0241'],
        naar: 'GM1945',
        toelichting: 'Groesbeek heet voortaan Berg en Dal en krijgt een nieuwe code.',
      },
      {
        datum: '2016-01-01',
        van: ['GM1921'],
        naar: 'GM1940',
        toelichting: 'De Friese Meren heet voortaan De Fryske Marren en krijgt een nieuwe code.',
      },
    ]);
    expect(H.slice(0, 4).every((h) => h.datum === '2016-01-01')).toBe(true);
  });

  it('is sorted by datum', () => {
    const data = H.map((h) => h.datum);
    expect(data).toEqual([...data].sort());
  });

  it('maps every 2016 gemeente to exactly one gemeente of 2026', () => {
    expect(codes2016).toHaveLength(390);
    for (const code of codes2016) {
      expect(codes2026.has(in2026(code)), `${code} komt uit bij ${in2026(code)}`).toBe(true);
      expect(na2016.filter((h) => h.van.includes(code)).length, code).toBeLessThanOrEqual(1);
    }
  });

  it('reaches every gemeente of 2026', () => {
    const bereikt = new Set(codes2016.map(in2026));
    expect([...codes2026].filter((c) => !bereikt.has(c))).toEqual([]);
    expect(bereikt.size).toBe(342);
  });

  it('lets exactly the 2016 codes that are gone in 2026 disappear', () => {
    const behouden = codes2016.filter((c) => codes2026.has(c));
    const verdwenen = new Set(na2016.flatMap((h) => h.van).filter((c) => c !== undefined && !codes2026.has(c)));
    expect(verdwenen.size).toBe(390 - behouden.length);
    expect(codes2016.filter((c) => !codes2026.has(c)).every((c) => verdwenen.has(c))).toBe(true);
    // A code that stays keeps itself: it is never moved to another code.
    for (const c of behouden) expect(in2026(c), c).toBe(c);
  });

  it('gives every later herindeling a date from 2017 to 2023 and at least one public source', () => {
    expect(na2016.length).toBe(27);
    for (const h of na2016) {
      expect(h.datum >= '2017-01-01' && h.datum <= '2023-12-31', `${h.naar} ${h.datum}`).toBe(true);
      expect(h.bron?.length, h.naar).toBeGreaterThan(0);
      for (const url of h.bron ?? []) expect(url).toMatch(/^https?:\/\/[^\s]+$/);
      expect(h.toelichting.length).toBeGreaterThan(20);
    }
  });

  it('describes split gemeenten with parts that add up to less than the whole', () => {
    const gesplitst = na2016.flatMap((h) => (h.delen ?? []).map((d) => ({ ...d, h })));
    expect([...new Set(gesplitst.map((d) => d.van))].sort()).toEqual(['GM0040', 'GM0053', 'GM0140', 'GM0788']);
    for (const d of gesplitst) {
      expect(d.h.van).toContain(d.van);
      expect(d.naar).not.toBe(d.h.naar);
      expect(codes2026.has(d.naar)).toBe(true);
      expect(d.aandeel > 0 && d.aandeel < 0.5).toBe(true);
      expect(d.datum <= d.h.datum).toBe(true);
    }
    // Haaren was split over four gemeenten (RvIG); here it counts with the one that got most of it.
    expect(opvolgerVan(H, 'GM0788')).toEqual({ code: 'GM0865', datum: '2021-01-01' });
    expect(
      gesplitst
        .filter((d) => d.van === 'GM0788')
        .map((d) => d.naar)
        .sort(),
    ).toEqual(['GM0757', 'GM0824', 'GM0855']);
  });

  it('uses only gemeente codes that exist in some indeling', () => {
    const gebruikt = H.flatMap((h) => [...h.van, h.naar, ...(h.delen ?? []).flatMap((d) => [d.van, d.naar])]);
    expect(gebruikt.filter((c) => !alleCodes.has(c))).toEqual([]);
  });

  it('knows the examples: Westerkwartier, Het Hogeland, Haarlemmermeer and Weesp', () => {
    expect(H.find((h) => h.naar === 'GM1969')).toMatchObject({
      datum: '2019-01-01',
      van: ['GM0015', 'GM0022', 'GM0025', 'GM0056'],
    });
    expect(opvolgerVan(H, 'GM0005')).toEqual({ code: 'GM1966', datum: '2019-01-01' });
    expect(H.find((h) => h.naar === 'GM0394')).toMatchObject({ datum: '2019-01-01', van: ['GM0393', 'GM0394'] });
    expect(opvolgerVan(H, 'GM0457')).toEqual({ code: 'GM0363', datum: '2022-03-24' });
  });
});

describe('the monitor with the extended herindelingen', () => {
  it('still loads the real data and keeps every herindeling', () => {
    const m = loadMonitor(process.cwd());
    expect(m.herindelingen).toHaveLength(H.length);
    // The 2015 → 2016 carry-over only uses the 2016 mergers.
    expect(opvolger(m.herindelingen, 'GM0424', '2015-01-01', '2016-01-01')).toBe('GM1942');
    expect(opvolger(m.herindelingen, 'GM0005', '2015-01-01', '2016-01-01')).toBe('GM0005');
  });
});
