/**
 * Synonyms at render time (src/lib/zoeken/synoniemen.ts, emitted by ZoekSynoniemen.astro).
 */
import { describe, expect, it } from 'vitest';
import { synoniemenIn, synoniemMeta } from '../../../src/lib/zoeken/synoniemen.ts';
import { META } from '../../../src/lib/zoeken/meta.ts';

describe('synonyms found in a text', () => {
  it('finds a group through an inflected form and counts the mentions', () => {
    const g = synoniemenIn('Flexwoningen en nog een flexwoning. Ook tijdelijke woningen.');
    expect(g.find((x) => x.groep.includes('flexunit'))?.aantal).toBe(3);
  });

  it('finds a multi-word term written as one word and the other way round', () => {
    expect(synoniemenIn('Zij willen woning delen').some((g) => g.groep.includes('kamergewijze verhuur'))).toBe(true);
    expect(synoniemenIn('Woningdelen werkt').some((g) => g.groep.includes('woning delen'))).toBe(true);
  });

  it('does not match short terms inside other words', () => {
    expect(synoniemenIn('De coach van het team en een coalitie').some((g) => g.groep.includes('coa'))).toBe(false);
    expect(synoniemenIn('Het COA en de COA’s').find((g) => g.groep.includes('coa'))?.aantal).toBe(2);
  });

  it('finds nothing in unrelated text', () => {
    expect(synoniemenIn('Een tekst over het weer.')).toEqual([]);
  });
});

describe('synonym metadata of a page', () => {
  it('puts the groups of title terms in titeltermen, the rest by how often the text uses them', () => {
    const tekst = `${'Vergunninghouders wonen. '.repeat(8)} Een corporatie helpt drie keer: corporatie, corporatie. Eén flexwoning.`;
    const m = synoniemMeta('Wat kost een flexwoning?', tekst);
    expect(m[META.titeltermen]).toMatch(/tijdelijke woning/);
    expect(m[META.hoofdtermen]).toMatch(/statushouder/);
    expect(m[META.kerntermen]).toMatch(/woningbouwvereniging/);
    expect(m[META.zoektermen]).toBeUndefined();
  });

  it('is empty for a page without synonym terms', () => {
    expect(synoniemMeta('Over ons', 'Een tekst over het weer.')).toEqual({});
  });
});
