/** voorgangersVan, opvolgingVan, opvolgerVan and delenVan follow chains of herindelingen (2015 → 2016 → later). */
import { describe, expect, it } from 'vitest';

import {
  delenVan,
  opvolger,
  opvolgerVan,
  opvolgingVan,
  voorgangersVan,
  type HerindelingMetBron,
} from '../../../src/lib/monitor/herindeling.ts';

// Fictitious codes, so the chain can be longer than in reality.
const H: HerindelingMetBron[] = [
  {
    datum: '2019-01-01',
    van: ['GM0010', 'GM0020'],
    naar: 'GM0900',
    toelichting: 'B en C vormen samen D (later).',
    delen: [{ van: 'GM0020', naar: 'GM0030', aandeel: 0.2, datum: '2019-01-01' }],
  },
  { datum: '2016-01-01', van: ['GM0001', 'GM0002'], naar: 'GM0010', toelichting: 'A1 en A2 vormen samen B.' },
  { datum: '2016-01-01', van: ['GM0003', 'GM0040'], naar: 'GM0040', toelichting: 'A3 gaat op in E; E houdt de code.' },
  { datum: '2022-01-01', van: ['GM0040', 'GM0050'], naar: 'GM0040', toelichting: 'F gaat op in E.' },
  {
    datum: '2018-01-01',
    van: ['GM0060'],
    naar: 'GM0061',
    toelichting: 'G heet voortaan G2.',
    delen: [{ van: 'GM0099', naar: 'GM0061', aandeel: 0.1, datum: '2017-01-01' }],
  },
];

describe('opvolgingVan and opvolgerVan', () => {
  it('follow a chain through every later herindeling, oldest first', () => {
    expect(opvolgingVan(H, 'GM0001').map((o) => [o.van, o.naar, o.datum])).toEqual([
      ['GM0001', 'GM0010', '2016-01-01'],
      ['GM0010', 'GM0900', '2019-01-01'],
    ]);
    expect(opvolgerVan(H, 'GM0001')).toEqual({ code: 'GM0900', datum: '2019-01-01' });
    expect(opvolgerVan(H, 'GM0010')).toEqual({ code: 'GM0900', datum: '2019-01-01' });
  });

  it('return nothing for a gemeente that never changed, also when it kept its code while absorbing others', () => {
    expect(opvolgingVan(H, 'GM0777')).toEqual([]);
    expect(opvolgerVan(H, 'GM0777')).toBeNull();
    expect(opvolgerVan(H, 'GM0040')).toBeNull();
    expect(opvolgerVan(H, 'GM0003')).toEqual({ code: 'GM0040', datum: '2016-01-01' });
  });

  it('agree with the windowed opvolger over the whole time span', () => {
    for (const c of ['GM0001', 'GM0002', 'GM0003', 'GM0010', 'GM0020', 'GM0040', 'GM0050', 'GM0060', 'GM0777']) {
      expect(opvolgerVan(H, c)?.code ?? c, c).toBe(opvolger(H, c, '2015-01-01', '2099-01-01'));
    }
  });
});

describe('voorgangersVan', () => {
  it('lists direct predecessors and their own predecessors, oldest first', () => {
    expect(voorgangersVan(H, 'GM0900').map((o) => [o.van, o.naar, o.datum])).toEqual([
      ['GM0001', 'GM0010', '2016-01-01'],
      ['GM0002', 'GM0010', '2016-01-01'],
      ['GM0010', 'GM0900', '2019-01-01'],
      ['GM0020', 'GM0900', '2019-01-01'],
    ]);
  });

  it('never lists the gemeente itself when it kept its code, and collects every date', () => {
    expect(voorgangersVan(H, 'GM0040').map((o) => [o.van, o.datum])).toEqual([
      ['GM0003', '2016-01-01'],
      ['GM0050', '2022-01-01'],
    ]);
  });

  it('is empty for a gemeente without predecessors', () => {
    expect(voorgangersVan(H, 'GM0001')).toEqual([]);
    expect(voorgangersVan(H, 'GM0777')).toEqual([]);
  });
});

describe('delenVan', () => {
  it('finds the parts a gemeente gave away and the parts it received', () => {
    expect(delenVan(H, 'GM0020').map((d) => [d.van, d.naar, d.datum])).toEqual([['GM0020', 'GM0030', '2019-01-01']]);
    expect(delenVan(H, 'GM0030').map((d) => d.herindeling.naar)).toEqual(['GM0900']);
    expect(delenVan(H, 'GM0061').map((d) => [d.van, d.datum])).toEqual([['GM0099', '2017-01-01']]);
    expect(delenVan(H, 'GM0001')).toEqual([]);
  });
});
