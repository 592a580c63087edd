/** The sentences a gemeente page shows about herindelingen, with links and the date, on the real data. */
import { describe, expect, it } from 'vitest';

import herindelingen from '../../../data/herindelingen.json' with { type: 'json' };
import { formatDatum } from '../../../src/lib/format.ts';
import { herindelingZinnen, type HerindelingMetBron, type HerindelingZin } from '../../../src/lib/monitor/herindeling.ts';
import { loadMonitor } from '../../../src/lib/monitor/index.ts';

const m = loadMonitor(process.cwd());
const naam = (c: string) => m.gemeenten.get(c)?.naam ?? c;
/** Sentences as text, with links written as [Naam]. */
function tekst(code: string): string[] {
  const zinnen = herindelingZinnen(herindelingen as HerindelingMetBron[], code, {
    naam,
    datum: formatDatum,
    achterstandTot: '2016-01-01',
  });
  return zinnen.map((z: HerindelingZin) => z.map((d) => (typeof d === 'string' ? d : `[${naam(d.code)}]`)).join(''));
}

describe('herindelingZinnen', () => {
  it('links a 2026-only gemeente to the gemeenten it came from, with the date', () => {
    expect(tekst('GM1969')).toEqual([
      'Westerkwartier is op 1 januari 2019 ontstaan uit een samenvoeging van [Grootegast], [Leek], [Marum] en [Zuidhorn].',
      'Op 1 januari 2019 kreeg Westerkwartier een deel van [Winsum].',
    ]);
  });

  it('links a 2016 gemeente that merged later to its successor, without claiming its achterstand moved', () => {
    expect(tekst('GM0005')).toEqual([
      'Bedum is op 1 januari 2019 samen met [Winsum], [Eemsmond] en [De Marne] opgegaan in de nieuwe gemeente [Het Hogeland].',
    ]);
  });

  it('says how a split gemeente was divided and where it counts on this site', () => {
    expect(tekst('GM0788')).toEqual([
      'Op 1 januari 2021 is Haaren verdeeld over [Vught], [Oisterwijk], [Tilburg] en [Boxtel].',
      'Het grootste deel ging naar [Vught]. Op deze site hoort Haaren daarom bij [Vught].',
    ]);
    expect(tekst('GM0824')).toEqual(['Op 1 januari 2021 kreeg Oisterwijk een deel van [Haaren].']);
  });

  it('keeps the carry-over sentence for the mergers of 1 January 2016', () => {
    expect(tekst('GM1942')).toEqual([
      'Gooise Meren is op 1 januari 2016 ontstaan uit een samenvoeging van [Bussum], [Muiden] en [Naarden].',
      'De achterstand of voorsprong van [Bussum], [Muiden] en [Naarden] telt mee bij Gooise Meren.',
    ]);
    expect(tekst('GM0478')).toEqual([
      'Zeevang is op 1 januari 2016 opgegaan in [Edam-Volendam].',
      'De achterstand of voorsprong van Zeevang telt daar verder mee.',
    ]);
  });

  it('puts every step in date order, also a part received before a merger', () => {
    expect(tekst('GM0014')).toEqual([
      'Op 1 januari 2017 kreeg Groningen een deel van [Slochteren].',
      'Op 1 januari 2019 zijn [Ten Boer] en [Haren] opgegaan in Groningen.',
    ]);
    expect(tekst('GM0457')).toEqual(['Weesp is op 24 maart 2022 opgegaan in [Amsterdam].']);
  });

  it('says nothing about a gemeente that never changed', () => {
    expect(tekst('GM0344')).toEqual([]);
  });
});
