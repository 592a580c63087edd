/**
 * Names a page is about (src/lib/zoeken/namen.ts), as ZoekAliassen.astro emits them at render time.
 */
import { describe, expect, it } from 'vitest';
import { namenMeta, provincieVan, spellingVarianten, themaNamen, zoekNamen } from '../../../src/lib/zoeken/namen.ts';
import { normaliseer } from '../../../src/lib/zoeken/vraag.ts';
import { META } from '../../../src/lib/zoeken/meta.ts';

describe('spelling variants of names', () => {
  it('drops apostrophe, leading s- and hyphens the way people type them', () => {
    const v = spellingVarianten("'s-Hertogenbosch");
    expect(v).toEqual(expect.arrayContaining(["'s-Hertogenbosch", 's-Hertogenbosch', 's Hertogenbosch', 'Hertogenbosch']));
  });

  it('folds Frisian diacritics', () => {
    expect(spellingVarianten('Súdwest-Fryslân')).toEqual(
      expect.arrayContaining(['Súdwest-Fryslân', 'Sudwest-Fryslan', 'Sudwest Fryslan']),
    );
  });

  it('gives the short name of gemeenten with a suffix or a list in their name', () => {
    expect(spellingVarianten('Bergen (NH.)')).toContain('Bergen');
    expect(spellingVarianten('Nuenen, Gerwen en Nederwetten')).toContain('Nuenen');
  });

  it('lists each variant once, whatever the case', () => {
    const v = spellingVarianten('Amsterdam');
    expect(v).toEqual(['Amsterdam']);
  });

  it('normalises for comparison: lowercase, no accents, no apostrophes, single spaces', () => {
    expect(normaliseer('  ’s-Gravenhage ')).toBe('s gravenhage');
    expect(normaliseer('Súdwest-Fryslân')).toBe('sudwest fryslan');
  });
});

describe('zoekNamen: names per gemeente or provincie code', () => {
  it('adds popular names from data/zoeken/naamvarianten.json', () => {
    const z = zoekNamen('GM0518');
    expect(z.sleutel).toBe(META.namen);
    expect(z.naam).toBe("'s-Gravenhage");
    expect(z.namen[0]).toBe("'s-Gravenhage");
    expect(z.namen).toEqual(expect.arrayContaining(['Den Haag', 's-Gravenhage', 'Gravenhage']));
    expect(z.provincie).toBe('Zuid-Holland');
  });

  it('accepts a lowercase code, as in the URL', () => {
    expect(zoekNamen('gm0796').namen).toContain('Den Bosch');
  });

  it('uses the provincie field for provincies, with Friesland for Fryslân', () => {
    const z = zoekNamen('PV21');
    expect(z.sleutel).toBe(META.provincienamen);
    expect(z.namen).toEqual(expect.arrayContaining(['Fryslân', 'Fryslan', 'Friesland']));
    expect(z.provincie).toBe('Fryslân');
  });

  it('knows gemeenten that no longer exist (older indelingen)', () => {
    // Leeuwarderadeel merged into Leeuwarden in 2018; it is in data/gemeenten/2015.json.
    expect(zoekNamen('GM0081').namen).toContain('Leeuwarderadeel');
  });

  it('returns no names for an unknown code', () => {
    expect(zoekNamen('GM9999').namen).toEqual([]);
  });

  it('gives a thema hub its name and synonyms', () => {
    const z = themaNamen('flexwonen');
    expect(z.naam).toBe('Flexwonen en flexunits');
    expect(z.namen[0]).toBe('Flexwonen en flexunits');
    expect(namenMeta(z)).toMatch(/^namen:Flexwonen en flexunits( \| |$)/);
  });

  it('finds the provincie of a gemeente, for a goed voorbeeld', () => {
    expect(provincieVan('GM0363')).toBe('Noord-Holland');
    expect(provincieVan('GM9999')).toBeUndefined();
  });
});
