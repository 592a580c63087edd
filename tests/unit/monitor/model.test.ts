/** The derived model, on the small valid fixture tests/fixtures/monitor/basis/. */
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

import { describe, expect, it } from 'vitest';

import {
  leesMonitor,
  loadMonitor,
  provincieNaam,
  reeksVan,
  snapshotOp,
  wisMonitorCache,
} from '../../../src/lib/monitor/index.ts';

const ROOT = fileURLToPath(new URL('../../fixtures/monitor/basis/', import.meta.url));
const model = leesMonitor(ROOT, { vandaag: '2026-01-01' });

describe('loading', () => {
  it('memoises per root and date, and can forget', () => {
    const a = loadMonitor(ROOT, { vandaag: '2026-01-01' });
    expect(loadMonitor(join(ROOT, '.'), { vandaag: '2026-01-01' })).toBe(a);
    expect(loadMonitor(ROOT, { vandaag: '2026-01-02' })).not.toBe(a);
    wisMonitorCache();
    expect(loadMonitor(ROOT, { vandaag: '2026-01-01' })).not.toBe(a);
  });

  it('knows gemeenten across indelingen, with inwoners where known', () => {
    expect([...model.gemeenten.keys()]).toEqual(['GM9001', 'GM9002', 'GM9003', 'GM9004']);
    expect(model.gemeenten.get('GM9003')).toMatchObject({
      naam: 'Zuidstad',
      indelingen: ['2015', '2016'],
      inwoners: { '2016': 50000 },
    });
    expect(model.gemeenten.get('GM9001')!.indelingen).toEqual(['2015']);
    expect(provincieNaam(model, 'PV21')).toBe('Fryslân');
  });

  it('sorts periods and snapshots in time', () => {
    expect([...model.perioden.keys()]).toEqual(['2015-II', '2016-I']);
    expect(model.snapshots.map((s) => `${s.peildatum} ${s.periode} m=${s.maanden}`)).toEqual([
      '2015-12-01 2015-II m=5',
      '2016-01-01 2015-II m=6',
      '2016-02-01 2016-I m=1',
    ]);
    expect(model.laatsteSnapshot!.peildatum).toBe('2016-02-01');
    expect(model.laatsteSnapshot!.bronStatus).toBe('officieel');
    expect(snapshotOp(model, '2016-01-01')!.periode).toBe('2015-II');
    expect(snapshotOp(model, '2016-01-01', '2016-I')).toBeUndefined();
  });
});

describe('gemeente figures at a snapshot', () => {
  const dec = snapshotOp(model, '2015-12-01')!;
  const jan = snapshotOp(model, '2016-01-01')!;

  it('derives percentage, schema, pace and status', () => {
    // Oostdorp: gecorrigeerd 12, realisatie 8 after 5 months → schema 10, lower line 8
    expect(dec.gemeenten.get('GM9001')).toMatchObject({
      naam: 'Oostdorp',
      gecorrigeerd: 12,
      realisatie: 8,
      schemaNorm: 10,
      benodigdPerMaand: 4,
      status: 'enigszins',
      toename: null, // no stand on 1 November
      perHonderdduizend: null, // no inwoners for 2015
    });
    expect(dec.gemeenten.get('GM9001')!.percentage).toBeCloseTo(66.667, 3);
    expect(dec.gemeenten.get('GM9003')).toMatchObject({ realisatie: 15, nareizigers: 4, status: 'achter' });
  });

  it('gives the growth in the last month when the stand before is known', () => {
    expect(jan.gemeenten.get('GM9001')!.toename).toBe(2);
    expect(jan.gemeenten.get('GM9002')).toMatchObject({ realisatie: 7, status: 'gehaald', benodigdPerMaand: 0 });
    expect(jan.gemeenten.get('GM9003')).toMatchObject({ status: 'enigszins', benodigdPerMaand: null });
  });
});

describe('sums (never stored)', () => {
  const dec = snapshotOp(model, '2015-12-01')!;

  it('national = sum of gemeenten', () => {
    expect(dec.landelijk).toMatchObject({
      aantalGemeenten: 3,
      netto: 36,
      achterstand: 5,
      gecorrigeerd: 41,
      realisatie: 28,
      maanden: 5,
    });
  });

  it('per provincie, with the group status', () => {
    expect(dec.perProvincie.get('PV20')).toMatchObject({ gecorrigeerd: 17, realisatie: 13, aantalGemeenten: 2 });
    expect(dec.perProvincie.get('PV21')).toMatchObject({ gecorrigeerd: 24, realisatie: 15, status: 'achter' });
  });

  it('the end stand counts who ends behind and ahead', () => {
    const eind = model.perioden.get('2015-II')!.eindstand!.landelijk;
    expect(eind.saldoAchterstand).toEqual({ aantal: 2, som: 6 });
    expect(eind.saldoVoorsprong).toEqual({ aantal: 1, som: -2 });
    expect(eind.saldo).toBe(4);
  });

  it('the start of a periode has realisatie 0 and status nieuw', () => {
    const begin = model.perioden.get('2016-I')!.begin.landelijk;
    expect(begin).toMatchObject({
      netto: 24,
      achterstand: 4,
      gecorrigeerd: 28,
      realisatie: 0,
      status: 'nieuw',
      benodigdPerMaand: 5,
    });
    expect(begin.perStatus.nieuw).toBe(2);
  });

  it('per 100.000 inwoners where inwoners are known (indeling 2016)', () => {
    const feb = model.laatsteSnapshot!;
    expect(feb.landelijk.inwoners).toBe(80000);
    expect(feb.landelijk.perHonderdduizend).toBe(6.25);
    expect(feb.gemeenten.get('GM9004')!.perHonderdduizend).toBeCloseTo(6.667, 3);
  });
});

describe('series per gemeente', () => {
  it('has a month-by-month line with 0 at the start and gaps where no stand exists', () => {
    const p = reeksVan(model, 'GM9001')!.perioden[0]!;
    expect(p.maandreeks.map((m) => m.realisatie)).toEqual([0, null, null, null, null, 8, 10]);
    expect(p.maandreeks.map((m) => m.peildatum)).toEqual([
      '2015-07-01',
      '2015-08-01',
      '2015-09-01',
      '2015-10-01',
      '2015-11-01',
      '2015-12-01',
      '2016-01-01',
    ]);
    expect(p.maandreeks[3]!.schemaNorm).toBe(6);
    expect(p).toMatchObject({ eindRealisatie: 10, overdracht: 2, illustratief: true });
  });

  it('links merged gemeenten both ways', () => {
    expect(reeksVan(model, 'GM9001')!.opvolgers).toEqual(['GM9004']);
    expect(reeksVan(model, 'GM9004')!.voorgangers).toEqual(['GM9001', 'GM9002']);
    expect(reeksVan(model, 'GM9003')!.perioden.map((p) => p.periode)).toEqual(['2015-II', '2016-I']);
  });

  it('carries the merged achterstand into the successor', () => {
    const p = reeksVan(model, 'GM9004')!.perioden[0]!;
    expect(p).toMatchObject({ periode: '2016-I', achterstand: 0, gecorrigeerd: 9, inwoners: 30000, illustratief: false });
    expect(p.standen[0]).toMatchObject({ realisatie: 2, toename: 2, status: 'goed' });
  });
});
