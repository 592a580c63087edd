import fc from 'fast-check';
import { describe, expect, it } from 'vitest';

import {
  aggregaatStatus,
  aggregeer,
  aggregeerPer,
  combineerAggregaten,
  type AggregaatInvoer,
} from '../../../src/lib/monitor/aggregaat.ts';
import { bepaalStatus } from '../../../src/lib/monitor/status.ts';

function rij(
  netto: number,
  achterstand: number,
  realisatie: number | null,
  maanden = 6,
  provincie = 'PV20',
): AggregaatInvoer & { provincie: string } {
  const gecorrigeerd = netto + achterstand;
  return { netto, achterstand, gecorrigeerd, realisatie, status: bepaalStatus({ gecorrigeerd, realisatie, maanden }), provincie };
}

describe('aggregeer', () => {
  const rijen = [rij(10, 2, 8), rij(6, -1, 7), rij(20, 4, 24), rij(5, 0, 1)];
  const a = aggregeer(rijen);

  it('sums netto, achterstand, gecorrigeerd and realisatie', () => {
    expect(a.aantalGemeenten).toBe(4);
    expect(a.netto).toBe(41);
    expect(a.achterstand).toBe(5);
    expect(a.gecorrigeerd).toBe(46);
    expect(a.realisatie).toBe(40);
    expect(a.saldo).toBe(6);
    expect(a.percentage).toBeCloseTo((40 / 46) * 100, 10);
  });

  it('counts gemeenten that started behind and ahead', () => {
    expect(a.beginAchterstand).toEqual({ aantal: 2, som: 6 });
    expect(a.beginVoorsprong).toEqual({ aantal: 1, som: -1 });
  });

  it('counts gemeenten behind and ahead after realisatie; exactly 0 counts as neither', () => {
    // saldi: 12−8 = 4, 5−7 = −2, 24−24 = 0, 5−1 = 4
    expect(a.saldoAchterstand).toEqual({ aantal: 2, som: 8 });
    expect(a.saldoVoorsprong).toEqual({ aantal: 1, som: -2 });
  });

  it('counts every status', () => {
    expect(a.perStatus).toEqual({ gehaald: 2, goed: 0, enigszins: 0, achter: 2, nieuw: 0, onbekend: 0 });
  });

  it('keeps gemeenten without data out of the realisatie but reports them', () => {
    const b = aggregeer([rij(10, 0, 5, 3), rij(10, 0, null, 3)]);
    expect(b.realisatie).toBe(5);
    expect(b.aantalZonderGegevens).toBe(1);
    expect(b.saldo).toBeNull();
    expect(b.percentage).toBeNull();
    expect(b.perStatus.onbekend).toBe(1);
    expect(aggregaatStatus(b, 3)).toBe('onbekend');
  });

  it('gives the group the same status rule as a gemeente', () => {
    expect(aggregaatStatus(aggregeer([rij(6, 0, 3, 3), rij(6, 0, 3, 3)]), 3)).toBe('goed');
    expect(aggregaatStatus(aggregeer([rij(6, 0, 3, 3), rij(6, 0, 1, 3)]), 3)).toBe('enigszins'); // 4 of 12 = (m−1)/6
    expect(aggregaatStatus(aggregeer([rij(6, 0, 3, 3), rij(6, 0, 0, 3)]), 3)).toBe('achter');
  });

  it('is empty but valid for no gemeenten', () => {
    const leeg = aggregeer([]);
    expect(leeg.aantalGemeenten).toBe(0);
    expect(leeg.percentage).toBeNull();
  });
});

describe('aggregeerPer and combineerAggregaten', () => {
  const arbRij = fc
    .record({
      netto: fc.integer({ min: 0, max: 1000 }),
      achterstand: fc.integer({ min: -200, max: 300 }),
      realisatie: fc.option(fc.integer({ min: 0, max: 1500 }), { nil: null, freq: 8 }),
      maanden: fc.integer({ min: 0, max: 6 }),
      provincie: fc.constantFrom('PV20', 'PV21', 'PV22', 'PV27'),
    })
    .map((r) => rij(r.netto, r.achterstand, r.realisatie, r.maanden, r.provincie));

  it('property: the provincie aggregates add up to the national aggregate', () => {
    fc.assert(
      fc.property(fc.array(arbRij, { maxLength: 80 }), (rijen) => {
        const landelijk = aggregeer(rijen);
        const provincies = aggregeerPer(rijen, (r) => r.provincie);
        expect(combineerAggregaten(provincies.values())).toEqual(landelijk);
        let aantal = 0;
        for (const p of provincies.values()) aantal += p.aantalGemeenten;
        expect(aantal).toBe(rijen.length);
      }),
    );
  });

  it('groups in first-seen order', () => {
    const per = aggregeerPer([rij(1, 0, 1, 6, 'PV27'), rij(1, 0, 1, 6, 'PV20'), rij(1, 0, 1, 6, 'PV27')], (r) => r.provincie);
    expect([...per.keys()]).toEqual(['PV27', 'PV20']);
    expect(per.get('PV27')!.aantalGemeenten).toBe(2);
  });
});
