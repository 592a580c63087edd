/**
 * The rules of the former src/lib/monitor/valideer.ts, now in the data pipeline
 * (src/schemas/data/ + src/lib/validatie/data.ts). Every fixture under tests/fixtures/monitor/<case>/
 * is the valid `basis` tree with one thing broken (tests/fixtures/monitor/maak-fixtures.ts).
 * Each test asserts the full Dutch message with file, line, column and field, and that
 * loadMonitor refuses the same data with the same messages.
 */
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import { leesMonitor, loadMonitor } from '../../../src/lib/monitor/index.ts';
import { valideerData } from '../../../src/lib/validatie/data.ts';
import { formatMelding, ValidatieFout } from '../../../src/lib/validatie/melding.ts';
import { hashBoom } from '../validatie/boom.ts';

const FIXTURES = fileURLToPath(new URL('../../fixtures/monitor/', import.meta.url));
const meldingen = (casus: string, vandaag = '2026-01-01') => valideerData(join(FIXTURES, casus), { vandaag }).meldingen.map(formatMelding);

let voor: string;
beforeAll(() => {
  voor = hashBoom(FIXTURES);
});
afterAll(() => {
  expect(hashBoom(FIXTURES)).toBe(voor);
});

const GEVALLEN: Record<string, string[]> = {
  basis: [],
  'onbekende-code': [
    'data/monitor/2015-12.json:23:15 — gemeenten[3].code: deze gemeente bestaat niet in de indeling 2015; verwacht een code uit data/gemeenten/2015.json; gevonden: "GM9999"',
  ],
  'code-van-andere-indeling': [
    'data/monitor/2015-12.json:23:15 — gemeenten[3].code: deze gemeente bestaat niet in de indeling 2015; verwacht een code uit data/gemeenten/2015.json; gevonden: "GM9004"',
  ],
  'ontbrekende-gemeente': [
    'data/monitor/2015-12.json:8:16 — gemeenten: GM9002 (Westdorp) ontbreekt; verwacht een regel voor elke gemeente van de indeling 2015 (data/gemeenten/2015.json)',
  ],
  'negatief-getal': ['data/monitor/2015-12.json:11:21 — gemeenten[0].realisatie: GM9001 (Oostdorp): verwacht een geheel getal van 0 of meer; gevonden: -3'],
  'geen-geheel-getal': ['data/taakstelling/2015-II.json:22:16 — gemeenten[2].netto: GM9003 (Zuidstad): verwacht een geheel getal van 0 of meer; gevonden: 20,5'],
  'gecorrigeerd-klopt-niet': [
    'data/taakstelling/2015-II.json:12:23 — gemeenten[0].gecorrigeerd: GM9001 (Oostdorp): verwacht netto + achterstand = 10 + 2 = 12; gevonden: 13',
  ],
  'realisatie-daalt': [
    'data/monitor/2016-01.json:11:21 — gemeenten[0].realisatie: GM9001 (Oostdorp): verwacht minstens 11, de stand op 1 december 2015: de realisatie telt op vanaf het begin van periode 2015-II en kan niet dalen; gevonden: 10',
  ],
  'peildatum-past-niet': [
    'data/monitor/2015-07.json:2:16 — peildatum: de peildatum 2015-07-01 past niet bij periode 2015-II (tweede helft 2015); verwacht de eerste dag van een maand na 1 juli 2015 en uiterlijk 1 januari 2016 (2016-01-01); gevonden: "2015-07-01"',
  ],
  'dubbele-gemeente': [
    'data/monitor/2015-12.json:23:15 — gemeenten[3].code: deze gemeente staat er meer dan één keer in (ook in gemeenten[0]); verwacht elke gemeente precies één keer; gevonden: "GM9001"',
  ],
  'nareizigers-te-veel': [
    'data/monitor/2016-01.json:20:22 — gemeenten[2].nareizigers: GM9003 (Zuidstad): verwacht hooguit de realisatie (20), want nareizigers tellen mee in de realisatie; gevonden: 21',
  ],
  'bestandsnaam-klopt-niet': [
    'data/monitor/2015-11.json:2:16 — peildatum: de bestandsnaam moet bij de peildatum passen: een bestand met peildatum 2015-12-01 heet data/monitor/2015-12.json, en data/monitor/2015-11.json hoort peildatum 2015-11-01 te hebben; gevonden: "2015-12-01"',
  ],
  'overdracht-klopt-niet': [
    'data/taakstelling/2016-I.json:11:22 — gemeenten[0].achterstand: GM9003 (Zuidstad): verwacht 4: dat is de overdracht uit periode 2015-II (gecorrigeerde taakstelling 24 min realisatie 20 op 1 januari 2016); gevonden: 5',
    'data/taakstelling/2016-I.json:17:22 — gemeenten[1].achterstand: GM9004 (Samendorp): verwacht 0: dat is de opgetelde overdracht uit periode 2015-II van GM9001 (Oostdorp) 2, GM9002 (Westdorp) -2 op 1 januari 2016; gevonden: 1',
  ],
  'herindeling-ontbreekt': [
    'data/herindelingen.json — -: GM9001 (Oostdorp): deze gemeente bestaat niet meer in de indeling 2016, dus haar achterstand op 1 januari 2016 (2) kan nergens heen; verwacht in data/herindelingen.json een herindeling met deze code in "van" en haar opvolger in "naar"',
    'data/herindelingen.json — -: GM9002 (Westdorp): deze gemeente bestaat niet meer in de indeling 2016, dus haar achterstand op 1 januari 2016 (-2) kan nergens heen; verwacht in data/herindelingen.json een herindeling met deze code in "van" en haar opvolger in "naar"',
  ],
  'kapotte-json': [
    "data/monitor/2015-12.json:1:30 — -: het bestand is geen geldige JSON (een veldnaam zonder aanhalingstekens, of een komma te veel); controleer komma's, aanhalingstekens en haakjes op of vlak vóór regel 1",
  ],
  'veel-fouten': [
    'data/monitor/2015-12.json:23:15 — gemeenten[3].code: deze gemeente bestaat niet in de indeling 2015; verwacht een code uit data/gemeenten/2015.json; gevonden: "GM9999"',
    'data/monitor/2016-02.json:15:21 — gemeenten[1].realisatie: GM9004 (Samendorp): verwacht een geheel getal van 0 of meer; gevonden: -1',
    'data/taakstelling/2015-II.json:16:16 — gemeenten[1].netto: GM9002 (Westdorp): verwacht een geheel getal van 0 of meer; gevonden: "zes"',
  ],
};

describe('monitor data: every rule of the former valideer.ts, through the pipeline', () => {
  for (const [casus, verwacht] of Object.entries(GEVALLEN)) {
    it(casus, () => {
      expect(meldingen(casus).sort()).toEqual([...verwacht].sort());
    });
  }

  it('loadMonitor builds from the pipeline and refuses bad data with the same messages', () => {
    expect(() => leesMonitor(join(FIXTURES, 'basis'), { vandaag: '2026-01-01' })).not.toThrow();
    let fout: unknown;
    try {
      leesMonitor(join(FIXTURES, 'veel-fouten'), { vandaag: '2026-01-01' });
    } catch (e) {
      fout = e;
    }
    expect(fout).toBeInstanceOf(ValidatieFout);
    expect((fout as ValidatieFout).meldingen.map(formatMelding).sort()).toEqual([...GEVALLEN['veel-fouten']!].sort());
    expect((fout as ValidatieFout).message).toMatch(/^3 problemen gevonden:\n {2}data\/monitor\/2015-12\.json:23:15/);
  });
});

describe('a snapshot dated in the future', () => {
  const vroeger = process.env.OT_VANDAAG;
  afterEach(() => {
    if (vroeger === undefined) delete process.env.OT_VANDAAG;
    else process.env.OT_VANDAAG = vroeger;
  });
  const verwacht =
    'data/monitor/2016-02.json:2:16 — peildatum: de peildatum 1 februari 2016 ligt in de toekomst; verwacht een datum op of vóór vandaag (15 januari 2016); gevonden: "2016-02-01"';

  it('is rejected against the given date', () => {
    expect(meldingen('basis', '2016-01-15')).toEqual([verwacht]);
  });
  it('loadMonitor takes today from OT_VANDAAG when no date is given (read when called, never at module load)', () => {
    process.env.OT_VANDAAG = '2016-01-15';
    expect(() => leesMonitor(join(FIXTURES, 'basis'))).toThrow(verwacht);
    process.env.OT_VANDAAG = '2016-02-01';
    expect(loadMonitor(join(FIXTURES, 'basis')).vandaag).toBe('2016-02-01');
  });
  it('without OT_VANDAAG takes today as the build does (UTC), also where the local date is already tomorrow', () => {
    delete process.env.OT_VANDAAG;
    const tz = process.env.TZ;
    process.env.TZ = 'Pacific/Kiritimati'; // UTC+14: at 12:00 UTC the local date is the next day
    vi.useFakeTimers({ now: new Date('2026-12-06T12:00:00Z'), toFake: ['Date'] });
    try {
      expect(leesMonitor(join(FIXTURES, 'basis')).vandaag).toBe('2026-12-06');
    } finally {
      vi.useRealTimers();
      if (tz === undefined) delete process.env.TZ;
      else process.env.TZ = tz;
    }
  });
  it('rejects a malformed OT_VANDAAG', () => {
    process.env.OT_VANDAAG = '1-2-2016';
    expect(() => leesMonitor(join(FIXTURES, 'basis'))).toThrow(/OT_VANDAAG.*JJJJ-MM-DD/);
  });
});
