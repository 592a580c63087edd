/**
 * data/zoeken/*.json: editors extend these files, so their mistakes must be caught
 * with a message that says which entry is wrong.
 */
import { describe, expect, it } from 'vitest';
import synoniemen from '../../../data/zoeken/synoniemen.json' with { type: 'json' };
import naamvarianten from '../../../data/zoeken/naamvarianten.json' with { type: 'json' };
import provincies from '../../../data/provincies.json' with { type: 'json' };
import { GEMEENTE_CODES } from '../../../src/schemas/referenties.ts';
import { normaliseer } from '../../../src/lib/zoeken/vraag.ts';
import { spellingVarianten, zoekNamen } from '../../../src/lib/zoeken/namen.ts';

describe('data/zoeken/synoniemen.json', () => {
  it('explains itself in Dutch', () => {
    expect(synoniemen._uitleg).toMatch(/zoekfunctie/);
  });

  it('has groups of at least two different terms', () => {
    for (const groep of synoniemen.groepen) {
      expect(new Set(groep.map(normaliseer)).size, `groep ${JSON.stringify(groep)}`).toBeGreaterThanOrEqual(2);
    }
  });

  it('puts every term in one group only, in lowercase', () => {
    const gezien = new Map<string, string>();
    for (const groep of synoniemen.groepen) {
      for (const term of groep) {
        expect(term, `"${term}" in kleine letters`).toBe(term.toLowerCase());
        const n = normaliseer(term);
        expect(gezien.get(n), `"${term}" staat in twee groepen`).toBeUndefined();
        gezien.set(n, groep[0]!);
      }
    }
  });

  it('has the synonyms the site promises', () => {
    const samen = (a: string, b: string) => synoniemen.groepen.some((g) => g.includes(a) && g.includes(b));
    expect(samen('statushouder', 'vergunninghouder')).toBe(true);
    expect(
      samen('flexunit', 'flexwoning') && samen('flexwoning', 'tijdelijke woning') && samen('flexwoning', 'verplaatsbare woning'),
    ).toBe(true);
    expect(samen('woningdelen', 'woning delen') && samen('woningdelen', 'kamergewijze verhuur')).toBe(true);
    expect(samen('corporatie', 'woningcorporatie') && samen('corporatie', 'woningbouwvereniging')).toBe(true);
  });
});

describe('data/zoeken/naamvarianten.json', () => {
  const provincieNamen = new Set(provincies.map((p) => normaliseer(p.naam)));

  it('explains itself in Dutch', () => {
    expect(naamvarianten._uitleg).toMatch(/zoekfunctie/);
  });

  it('only names gemeente codes that exist in data/gemeenten/', () => {
    for (const code of Object.keys(naamvarianten.gemeenten)) {
      expect(GEMEENTE_CODES.has(code), `${code} staat niet in data/gemeenten/`).toBe(true);
    }
  });

  it('only names provincie codes that exist in data/provincies.json', () => {
    for (const code of Object.keys(naamvarianten.provincies)) {
      expect(
        provincies.some((p) => p.code === code),
        `${code} staat niet in data/provincies.json`,
      ).toBe(true);
    }
  });

  it('never gives a gemeente the name of a provincie', () => {
    for (const [code, namen] of Object.entries(naamvarianten.gemeenten)) {
      for (const naam of namen)
        expect(provincieNamen.has(normaliseer(naam)), `${code}: "${naam}" is de naam van een provincie`).toBe(false);
    }
  });

  it('does not repeat the official name or its spelling variants (those are made automatically)', () => {
    for (const [code, namen] of Object.entries({ ...naamvarianten.gemeenten, ...naamvarianten.provincies })) {
      const automatisch = spellingVarianten(zoekNamen(code).naam ?? '').map(normaliseer);
      for (const naam of namen)
        expect(automatisch, `${code}: "${naam}" maakt de zoekfunctie al zelf`).not.toContain(normaliseer(naam));
    }
  });

  it('has the popular names the site promises', () => {
    expect(naamvarianten.gemeenten.GM0518).toContain('Den Haag');
    expect(naamvarianten.gemeenten.GM0796).toContain('Den Bosch');
    expect(naamvarianten.provincies.PV21).toContain('Friesland');
  });
});
