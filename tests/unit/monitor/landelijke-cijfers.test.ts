/**
 * The REAL data/ tree, loaded through loadMonitor, must reproduce every national figure we
 * publish, by summing gemeenten:
 *  - Platform Opnieuw Thuis, second progress letter, 17 March 2016, figure 1 (2015 figures);
 *  - the same letter for 2016-I (netto 20.000, "circa 23.400" incl. achterstand);
 *  - NRC, 3 June 2016: 13.826 housed in 2016-I by early June.
 */
import { fileURLToPath } from 'node:url';

import { describe, expect, it } from 'vitest';

import { combineerAggregaten, loadMonitor, snapshotOp } from '../../../src/lib/monitor/index.ts';

const ROOT = fileURLToPath(new URL('../../../', import.meta.url));
const model = loadMonitor(ROOT);

const periode = (id: string) => {
  const p = model.perioden.get(id);
  if (!p) throw new Error(`periode ${id} ontbreekt`);
  return p;
};

describe('2015, figure 1 of the letter of 17 March 2016', () => {
  it('393 gemeenten in the 2015 indeling', () => {
    expect(periode('2015-I').begin.landelijk.aantalGemeenten).toBe(393);
    expect(periode('2015-II').begin.landelijk.aantalGemeenten).toBe(393);
  });

  it('achterstand on 1-1-2015: 2.633; taakstelling 2015-I: 14.000', () => {
    const begin = periode('2015-I').begin.landelijk;
    expect(begin.achterstand).toBe(2633);
    expect(begin.netto).toBe(14000);
    expect(begin.gecorrigeerd).toBe(16633);
  });

  it('realisatie 2015-I: 11.357 (stand on 1 July 2015)', () => {
    const eind = periode('2015-I').eindstand!;
    expect(eind.peildatum).toBe('2015-07-01');
    expect(eind.maanden).toBe(6);
    expect(eind.landelijk.realisatie).toBe(11357);
  });

  it('achterstand on 1-7-2015: 5.276; taakstelling 2015-II: 14.871, 20.147 including achterstand', () => {
    const begin = periode('2015-II').begin.landelijk;
    expect(begin.achterstand).toBe(5276);
    expect(periode('2015-I').eindstand!.landelijk.saldo).toBe(5276);
    expect(begin.netto).toBe(14871);
    expect(begin.gecorrigeerd).toBe(20147);
  });

  it('realisatie per month July–December 2015: 2.411, 2.236, 2.335, 2.724, 3.114, 3.933', () => {
    const standen = periode('2015-II').standen;
    expect(standen.map((s) => s.peildatum)).toEqual([
      '2015-08-01',
      '2015-09-01',
      '2015-10-01',
      '2015-11-01',
      '2015-12-01',
      '2016-01-01',
    ]);
    const cumulatief = standen.map((s) => s.landelijk.realisatie);
    const perMaand = cumulatief.map((c, i) => c - (i === 0 ? 0 : cumulatief[i - 1]!));
    expect(perMaand).toEqual([2411, 2236, 2335, 2724, 3114, 3933]);
    // the same growth, summed over the gemeenten' own monthly growth
    const toename = standen.map((s) => [...s.gemeenten.values()].reduce((t, g) => t + (g.toename ?? Number.NaN), 0));
    expect(toename).toEqual([2411, 2236, 2335, 2724, 3114, 3933]);
  });

  it('realisatie until 1-1-2016: 16.753; achterstand 3.394', () => {
    const eind = periode('2015-II').eindstand!.landelijk;
    expect(eind.realisatie).toBe(16753);
    expect(eind.saldo).toBe(3394);
  });

  it('on 1-1-2016: 241 gemeenten behind (together 4.493) and 152 ahead (together −1.099), none exactly 0', () => {
    const eind = periode('2015-II').eindstand!.landelijk;
    expect(eind.saldoAchterstand).toEqual({ aantal: 241, som: 4493 });
    expect(eind.saldoVoorsprong).toEqual({ aantal: 152, som: -1099 });
    expect(eind.saldoAchterstand.aantal + eind.saldoVoorsprong.aantal).toBe(393);
  });
});

describe('2016-I (indeling 2016)', () => {
  it('390 gemeenten, netto 20.000', () => {
    const begin = periode('2016-I').begin.landelijk;
    expect(periode('2016-I').indeling).toBe('2016');
    expect(begin.aantalGemeenten).toBe(390);
    expect(begin.netto).toBe(20000);
  });

  it('achterstand = the 2015-II carry-over through the mergers: 3.394; gecorrigeerd 23.394 ("circa 23.400")', () => {
    const begin = periode('2016-I').begin.landelijk;
    expect(begin.achterstand).toBe(3394);
    expect(begin.gecorrigeerd).toBe(23394);
  });

  it('mergers sum the achterstand of their predecessors', () => {
    const eind = periode('2015-II').eindstand!.gemeenten;
    const start = (code: string) => model.reeksen.get(code)!.perioden.find((p) => p.periode === '2016-I')!.achterstand;
    const overdracht = (code: string) => eind.get(code)!.gecorrigeerd - eind.get(code)!.realisatie!;
    expect(start('GM1942')).toBe(overdracht('GM0381') + overdracht('GM0424') + overdracht('GM0425'));
    expect(start('GM0385')).toBe(overdracht('GM0385') + overdracht('GM0478'));
    expect(start('GM1945')).toBe(overdracht('GM0241'));
    expect(start('GM1940')).toBe(overdracht('GM1921'));
  });

  it('13.826 housed by 1 June 2016 (NRC, 3 June 2016)', () => {
    const juni = snapshotOp(model, '2016-06-01')!;
    expect(juni.periode).toBe('2016-I');
    expect(juni.maanden).toBe(5);
    expect(juni.landelijk.realisatie).toBe(13826);
    expect(juni.bron).toContain(
      'https://www.nrc.nl/nieuws/2016/06/03/taakstelling-niet-genoeg-huizen-voor-vluchtelingen-1624134-a822195',
    );
  });
});

describe('the data are marked illustrative and consistent', () => {
  it('every taakstelling and snapshot says it is illustrative', () => {
    for (const p of model.perioden.values()) expect(p.taakstelling.illustratief).toBe(true);
    for (const s of model.snapshots) {
      expect(s.bronStatus).toBe('illustratief');
      expect(s.toelichting).toMatch(/illustratie/);
    }
  });

  it('there are exactly the snapshots we have national figures for', () => {
    expect(model.snapshots.map((s) => s.peildatum)).toEqual([
      '2015-07-01',
      '2015-08-01',
      '2015-09-01',
      '2015-10-01',
      '2015-11-01',
      '2015-12-01',
      '2016-01-01',
      '2016-06-01',
    ]);
  });

  it('for every snapshot the provincies add up to the national figures', () => {
    for (const s of model.snapshots) {
      const som = combineerAggregaten(s.perProvincie.values());
      for (const veld of [
        'aantalGemeenten',
        'netto',
        'achterstand',
        'gecorrigeerd',
        'realisatie',
        'saldoAchterstand',
        'saldoVoorsprong',
        'perStatus',
      ] as const) {
        expect(som[veld], `${s.peildatum} ${veld}`).toEqual(s.landelijk[veld]);
      }
      expect(s.perProvincie.size).toBe(12);
    }
  });
});
