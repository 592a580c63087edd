import { describe, expect, it } from 'vitest';
import { SLUG_PATROON, slugify } from '../../../src/lib/slug.ts';

describe('slugify', () => {
  it.each([
    ["'s-Hertogenbosch", 's-hertogenbosch'],
    ['Súdwest-Fryslân', 'sudwest-fryslan'],
    ['Nuenen, Gerwen en Nederwetten', 'nuenen-gerwen-en-nederwetten'],
    ['Wat kost een flexunit?', 'wat-kost-een-flexunit'],
    ['Woningdelen & toeslagen', 'woningdelen-en-toeslagen'],
    ['  Financiële  regeling  ', 'financiele-regeling'],
  ])('%s → %s', (titel, slug) => {
    expect(slugify(titel)).toBe(slug);
    expect(SLUG_PATROON.test(slug)).toBe(true);
  });
});
