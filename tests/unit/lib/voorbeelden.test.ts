import { describe, expect, it } from 'vitest';
import { heeftDoelgroep, kostenRegels, rijkssubsidie, toonLessenLijst, voorbeeldFilters } from '../../../src/lib/voorbeelden.ts';

describe('voorbeelden helpers', () => {
  it('shows missing costs as "onbekend", never as empty', () => {
    expect(kostenRegels(undefined).map((r) => r.waarde)).toEqual(['onbekend', 'onbekend', 'onbekend']);
    expect(kostenRegels({ stichting: '€ 4 miljoen' }).map((r) => r.waarde)).toEqual(['€ 4 miljoen', 'onbekend', 'onbekend']);
  });
  it('classifies the rijkssubsidie column of the matrix', () => {
    expect(rijkssubsidie(['huisvestingsvoorziening', 'gemeentelijk'])).toBe('ja');
    expect(rijkssubsidie(['taskforce-tijdelijke-huisvesting'])).toBe('ja');
    expect(rijkssubsidie(['gemeentelijk'])).toBe('nee');
    expect(rijkssubsidie(['geen'])).toBe('nee');
    expect(rijkssubsidie(['onbekend'])).toBe('onbekend');
  });
});

describe('voorbeelden: filters, matrix doelgroep, lessons once', () => {
  const v = [
    { title: 'Zwolle', themas: ['flexwonen'], doelgroep: ['gemengd'], gemeenten: ['GM0193'] },
    { title: 'Amsterdam', themas: ['flexwonen', 'studentenhuisvesting'], doelgroep: ['jongeren'], gemeenten: ['GM0363'] },
    { title: 'Hoogeveen', themas: ['nareizigers'], doelgroep: ['grote gezinnen'], gemeenten: ['GM0118', 'GM0363'] },
  ];
  const prov: Record<string, string> = { GM0193: 'Overijssel', GM0363: 'Noord-Holland', GM0118: 'Drenthe' };
  const f = voorbeeldFilters(v, {
    themas: [
      { id: 'flexwonen', naam: 'Flexwonen' },
      { id: 'woningdelen', naam: 'Woningdelen' },
      { id: 'studentenhuisvesting', naam: 'Studenten' },
      { id: 'nareizigers', naam: 'Nareizigers' },
    ],
    doelgroepen: ['alleenstaanden', 'gezinnen', 'grote gezinnen', 'jongeren', 'gemengd'],
    provincies: ['Drenthe', 'Overijssel', 'Noord-Holland', 'Zeeland'],
    provincieVan: (c) => prov[c],
    slug: (s) => s.toLowerCase().replace(/\s+/g, '-'),
  });
  it('lists only filter values that have voorbeelden, each with its voorbeelden in title order', () => {
    expect(f.thema.map((x) => [x.slug, x.items.map((i) => i.title)])).toEqual([
      ['flexwonen', ['Amsterdam', 'Zwolle']],
      ['studentenhuisvesting', ['Amsterdam']],
      ['nareizigers', ['Hoogeveen']],
    ]);
    expect(f.provincie.map((x) => [x.slug, x.items.length])).toEqual([
      ['drenthe', 1],
      ['overijssel', 1],
      ['noord-holland', 2],
    ]);
  });
  it('counts a groot gezin as a gezin (the matrix column "gezinnen" is not empty for Hoogeveen)', () => {
    expect(f.doelgroep.map((x) => [x.label, x.items.map((i) => i.title)])).toEqual([
      ['Gezinnen', ['Hoogeveen']],
      ['Grote gezinnen', ['Hoogeveen']],
      ['Jongeren', ['Amsterdam']],
      ['Gemengd', ['Zwolle']],
    ]);
    expect(heeftDoelgroep(['grote gezinnen'], 'gezinnen')).toBe(true);
    expect(heeftDoelgroep(['gezinnen'], 'grote gezinnen')).toBe(false);
    expect(heeftDoelgroep(['jongeren'], 'alleenstaanden')).toBe(false);
  });
  it('shows the lessen list only when the body has no lessons section of its own', () => {
    expect(toonLessenLijst([{ depth: 2, text: 'Wat is het?' }])).toBe(true);
    expect(
      toonLessenLijst([
        { depth: 2, text: 'Wat is het?' },
        { depth: 2, text: 'Wat kunt u ervan leren?' },
      ]),
    ).toBe(false);
    expect(toonLessenLijst([{ depth: 2, text: 'Lessen' }])).toBe(false);
  });
});
