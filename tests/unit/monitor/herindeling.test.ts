import fc from 'fast-check';
import { describe, expect, it } from 'vitest';

import {
  herindelingenVan,
  indelingDatum,
  opvolger,
  voorgangers,
  zetOverNaarIndeling,
  type Herindeling,
} from '../../../src/lib/monitor/herindeling.ts';

const H: Herindeling[] = [
  { datum: '2016-01-01', van: ['GM0381', 'GM0424', 'GM0425'], naar: 'GM1942', toelichting: 'Gooise Meren' },
  { datum: '2016-01-01', van: ['GM0385', 'GM0478'], naar: 'GM0385', toelichting: 'Edam-Volendam' },
  { datum: '2016-01-01', van: ['GM0241'], naar: 'GM1945', toelichting: 'Berg en Dal' },
  // a fictitious later step, to test chains
  { datum: '2018-01-01', van: ['GM1942', 'GM0457'], naar: 'GM9999', toelichting: 'test' },
];

describe('opvolger', () => {
  it('follows a merger into a new code', () => {
    expect(opvolger(H, 'GM0424', '2015-01-01', '2016-01-01')).toBe('GM1942');
  });

  it('keeps the code when the gemeente absorbs another one', () => {
    expect(opvolger(H, 'GM0385', '2015-01-01', '2016-01-01')).toBe('GM0385');
    expect(opvolger(H, 'GM0478', '2015-01-01', '2016-01-01')).toBe('GM0385');
  });

  it('leaves untouched codes alone', () => {
    expect(opvolger(H, 'GM0363', '2015-01-01', '2016-01-01')).toBe('GM0363');
  });

  it('only applies herindelingen after the first date and up to and including the second', () => {
    expect(opvolger(H, 'GM0424', '2016-01-01', '2017-01-01')).toBe('GM0424');
    expect(opvolger(H, 'GM0424', '2015-01-01', '2015-12-31')).toBe('GM0424');
    expect(opvolger(H, 'GM0424', '2015-01-01', '2019-01-01')).toBe('GM9999');
  });
});

describe('voorgangers and herindelingenVan', () => {
  it('lists the old gemeenten that form a new one', () => {
    const oud = ['GM0363', 'GM0381', 'GM0385', 'GM0424', 'GM0425', 'GM0478'];
    expect(voorgangers(H, 'GM1942', oud, '2015-01-01', '2016-01-01')).toEqual(['GM0381', 'GM0424', 'GM0425']);
    expect(voorgangers(H, 'GM0385', oud, '2015-01-01', '2016-01-01')).toEqual(['GM0385', 'GM0478']);
  });

  it('finds the herindelingen a code took part in', () => {
    expect(herindelingenVan(H, 'GM1942').map((h) => h.datum)).toEqual(['2016-01-01', '2018-01-01']);
    expect(indelingDatum('2016')).toBe('2016-01-01');
  });
});

describe('zetOverNaarIndeling', () => {
  it('sums the achterstand of the predecessors into the successor', () => {
    const uit = zetOverNaarIndeling(
      H,
      new Map([
        ['GM0381', 5],
        ['GM0424', -2],
        ['GM0425', 3],
        ['GM0385', 4],
        ['GM0478', -1],
        ['GM0363', 100],
      ]),
      '2015-01-01',
      '2016-01-01',
    );
    expect(Object.fromEntries(uit)).toEqual({ GM1942: 6, GM0385: 3, GM0363: 100 });
  });

  it('property: carry-over through mergers conserves people', () => {
    const codes = ['GM0381', 'GM0424', 'GM0425', 'GM0385', 'GM0478', 'GM0241', 'GM0363', 'GM0457'];
    fc.assert(
      fc.property(
        fc.array(fc.integer({ min: -500, max: 500 }), { minLength: codes.length, maxLength: codes.length }),
        fc.constantFrom('2016-01-01', '2019-01-01'),
        (waarden, tot) => {
          const invoer = new Map(codes.map((c, i) => [c, waarden[i]!]));
          const uit = zetOverNaarIndeling(H, invoer, '2015-01-01', tot);
          const som = (m: Map<string, number>) => [...m.values()].reduce((a, b) => a + b, 0);
          expect(som(uit)).toBe(som(invoer));
        },
      ),
    );
  });
});
