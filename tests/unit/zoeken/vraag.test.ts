/**
 * Query rewriting (src/lib/zoeken/vraag.ts): stopwords, apostrophes, fallbacks.
 */
import { describe, expect, it } from 'vitest';
import {
  afgekapt,
  kernwoorden,
  normaliseer,
  samengevoegd,
  STOPWOORDEN,
  weggelatenStammen,
  zoekterm,
} from '../../../src/lib/zoeken/vraag.ts';

describe('topic words', () => {
  it('drops question words and other stopwords, so they never block results', () => {
    expect(kernwoorden('Wat is een regeldag?')).toEqual(['regeldag']);
  });

  it('leaves out the words on nearly every page ("gemeente", "statushouders"), unless nothing else is left', () => {
    expect(kernwoorden('hoeveel statushouders moet mijn gemeente huisvesten')).toEqual(['huisvesten']);
    expect(zoekterm('Groningen statushouders')).toBe('groningen');
    expect(zoekterm('statushouders')).toBe('statushouders');
    expect(zoekterm('welke gemeenten doen mee met woningdelen')).toBe('woningdelen');
    expect(zoekterm('gemeente Utrecht')).toBe('utrecht');
    expect(zoekterm('welke gemeente')).toBe('gemeente');
    expect(zoekterm('gemeentes gemeenten')).toBe('gemeentes gemeenten');
    expect(zoekterm('gemeentelijk versnellingsarrangement')).toBe('gemeentelijk versnellingsarrangement');
  });

  it('names the left-out words per synonym group, as title word starts', () => {
    expect(weggelatenStammen('hoeveel statushouders moet mijn gemeente huisvesten')).toEqual([
      ['gemeente'],
      ['statushouder', 'vergunninghouder'],
    ]);
    expect(weggelatenStammen('statushouders')).toEqual([]);
    expect(weggelatenStammen('woningdelen')).toEqual([]);
  });

  it('keeps a query of stopwords only as typed, rather than searching for nothing', () => {
    expect(kernwoorden('wie is wie')).toEqual(['wie', 'is', 'wie']);
  });

  it('drops the apostrophe of a possessive and folds diacritics', () => {
    expect(kernwoorden("statushouder's")).toEqual(['statushouders']);
    expect(kernwoorden('Súdwest-Fryslân')).toEqual(['sudwest', 'fryslan']);
    expect(normaliseer('’s-Gravenhage')).toBe('s gravenhage');
  });

  it('never treats a word of a place name as a stopword', () => {
    for (const w of ['den', 'bosch', 'haag', 'bergen', 'zoom']) expect(STOPWOORDEN.has(w), w).toBe(false);
  });
});

describe('the query Pagefind gets', () => {
  it('is the topic words, space-separated', () => {
    expect(zoekterm('Wat is de BRP-straat?')).toBe('brp straat');
    expect(zoekterm('  ')).toBe('');
  });
});

describe('fallbacks', () => {
  it('joins two or three words written apart', () => {
    expect(samengevoegd('kostendelers norm')).toBe('kostendelersnorm');
    expect(samengevoegd('regeldag')).toBeUndefined();
  });

  it('cuts a word back to prefixes of at least 5 letters, at most 4 letters off', () => {
    expect(afgekapt('huisvesing')).toEqual(['huisvesin', 'huisvesi', 'huisves', 'huisve']);
    expect(afgekapt('woning')).toEqual(['wonin']);
    expect(afgekapt('coa')).toEqual([]);
  });
});
