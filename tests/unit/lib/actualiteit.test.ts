import { describe, expect, it } from 'vitest';
import {
  nieuwEnBijgewerkt,
  publicatieRegels,
  regelingMelding,
  rssBeschrijving,
  volgendeDag,
} from '../../../src/lib/actualiteit.ts';

/** Temporary freshness values, as content engineers will add them (not in real content). */
const FIXTURE = {
  grotegezinnen: {
    title: 'Regeling grote gezinnen',
    publicatiedatum: '2024-03-01',
    laatstBijgewerkt: '2026-12-04',
    gecontroleerd: '2026-12-04',
    wijziging: 'Het loket sloot op 15 oktober 2026; de tekst zegt nu dat de regeling voorbij is.',
    regeling: {
      naam: 'Regeling huisvesting grote gezinnen',
      eindigt: '2026-10-15',
      stand: 'gesloten' as const,
      verder: { titel: 'Volkshuisvesting Nederland: grote gezinnen', url: 'https://www.volkshuisvestingnederland.nl/' },
    },
  },
  sft: {
    title: 'Subsidie flex- en transformatiewoningen',
    publicatiedatum: '2025-02-03',
    gecontroleerd: '2026-12-06',
    regeling: { naam: 'Subsidieregeling flex- en transformatiewoningen', eindigt: '2027-12-31', stand: 'open' as const },
  },
  oud: { title: 'Aardappels', publicatiedatum: '2016-03-17' },
};

describe('regelingMelding: what an item says about the regeling it is about', () => {
  it('says a regeling has ended, since the day after its last day, and where to look now', () => {
    expect(regelingMelding(FIXTURE.grotegezinnen.regeling, '2026-12-06')).toEqual({
      soort: 'beeindigd',
      naam: 'Regeling huisvesting grote gezinnen',
      laatsteDag: '2026-10-15',
      sinds: '2026-10-16',
      verder: FIXTURE.grotegezinnen.regeling.verder,
    });
  });
  it('treats the last day itself as still open, and the next day as ended', () => {
    expect(regelingMelding(FIXTURE.sft.regeling, '2027-12-31')?.soort).toBe('loopt');
    expect(regelingMelding(FIXTURE.sft.regeling, '2028-01-01')?.soort).toBe('beeindigd');
  });
  it('says until when a running regeling is open', () => {
    expect(regelingMelding(FIXTURE.sft.regeling, '2026-12-06')).toEqual({
      soort: 'loopt',
      naam: 'Subsidieregeling flex- en transformatiewoningen',
      laatsteDag: '2027-12-31',
    });
  });
  it('claims no end date for a regeling the editor already marked as closed', () => {
    expect(regelingMelding({ ...FIXTURE.sft.regeling, stand: 'gesloten' }, '2026-12-06')).toBeUndefined();
  });
  it('shows nothing without a regeling', () => {
    expect(regelingMelding(undefined, '2026-12-06')).toBeUndefined();
  });
  it('counts days over month and year ends', () => {
    expect(volgendeDag('2026-12-31')).toBe('2027-01-01');
    expect(volgendeDag('2028-02-28')).toBe('2028-02-29');
  });
});

describe('publicatieRegels: the lines under the title', () => {
  it('shows the update date with its change note and the check date', () => {
    expect(publicatieRegels(FIXTURE.grotegezinnen)).toEqual({
      gepubliceerd: '2024-03-01',
      bijgewerkt: '2026-12-04',
      wijziging: FIXTURE.grotegezinnen.wijziging,
      gecontroleerd: '2026-12-04',
    });
  });
  it('shows no update line for an item never changed, and nothing for absent fields', () => {
    expect(publicatieRegels({ ...FIXTURE.oud, laatstBijgewerkt: '2016-03-17' })).toEqual({
      gepubliceerd: '2016-03-17',
      bijgewerkt: undefined,
      wijziging: undefined,
      gecontroleerd: undefined,
    });
  });
  it('ignores an empty change note', () => {
    expect(
      publicatieRegels({ publicatiedatum: '2020-01-01', laatstBijgewerkt: '2021-01-01', wijziging: '  ' }).wijziging,
    ).toBeUndefined();
  });
});

describe('nieuwEnBijgewerkt', () => {
  const lijst = nieuwEnBijgewerkt([FIXTURE.oud, FIXTURE.sft, FIXTURE.grotegezinnen], 10);
  it('lists newest first, by the date of the last change', () => {
    expect(lijst.map((n) => [n.item.title, n.datum])).toEqual([
      ['Regeling grote gezinnen', '2026-12-04'],
      ['Subsidie flex- en transformatiewoningen', '2025-02-03'],
      ['Aardappels', '2016-03-17'],
    ]);
  });
  it('marks an item as new until it changes, and carries what changed', () => {
    expect(lijst.map((n) => n.soort)).toEqual(['bijgewerkt', 'nieuw', 'nieuw']);
    expect(lijst[0]!.wijziging).toBe(FIXTURE.grotegezinnen.wijziging);
    expect(lijst[1]!.wijziging).toBeUndefined();
  });
  it('keeps at most max entries and orders ties by Dutch title', () => {
    const gelijk = [
      { title: 'IJsselstein', publicatiedatum: '2026-01-01' },
      { title: 'Ede', publicatiedatum: '2026-01-01' },
      { title: 'Zwolle', publicatiedatum: '2020-01-01' },
    ];
    expect(nieuwEnBijgewerkt(gelijk, 2).map((n) => n.item.title)).toEqual(['Ede', 'IJsselstein']);
  });
});

describe('rssBeschrijving', () => {
  it('puts the change note before the summary', () => {
    expect(rssBeschrijving('Samenvatting.', 'Bedragen 2026.')).toBe('Bijgewerkt: Bedragen 2026. — Samenvatting.');
    expect(rssBeschrijving('Samenvatting.', undefined)).toBe('Samenvatting.');
  });
});
