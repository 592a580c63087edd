/**
 * Bad input: every fixture under tests/fixtures/monitor/<case>/ is the valid `basis` tree with
 * one thing broken (see tests/fixtures/monitor/maak-fixtures.ts). Each test asserts the full
 * Dutch message: file, gemeente (code + naam), field and what was expected.
 */
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

import { afterEach, describe, expect, it } from 'vitest';

import { MonitorDataFout, leesMonitor, loadMonitor, type MonitorIssue } from '../../../src/lib/monitor/index.ts';

const FIXTURES = fileURLToPath(new URL('../../fixtures/monitor/', import.meta.url));

function problemen(casus: string, vandaag = '2026-01-01'): MonitorIssue[] {
  try {
    leesMonitor(join(FIXTURES, casus), { vandaag });
  } catch (fout) {
    if (fout instanceof MonitorDataFout) return [...fout.issues];
    throw fout;
  }
  throw new Error(`verwacht een MonitorDataFout voor ${casus}`);
}

function enigProbleem(casus: string, vandaag?: string): MonitorIssue {
  const lijst = problemen(casus, vandaag);
  expect(lijst.map((p) => p.melding)).toHaveLength(1);
  return lijst[0]!;
}

describe('the valid basis fixture', () => {
  it('loads without problems', () => {
    expect(() => leesMonitor(join(FIXTURES, 'basis'), { vandaag: '2026-01-01' })).not.toThrow();
  });
});

describe('rejects bad monitor data with a Dutch message', () => {
  it('an unknown gemeente code', () => {
    const p = enigProbleem('onbekende-code');
    expect(p).toMatchObject({ bestand: 'data/monitor/2015-12.json', gemeente: 'GM9999', veld: 'code' });
    expect(p.melding).toBe(
      'data/monitor/2015-12.json, gemeente GM9999 (onbekende gemeente), veld "code": deze gemeente bestaat niet in de indeling 2015; verwacht een code uit data/gemeenten/2015.json.',
    );
  });

  it('a code of another indeling (named by its own naam)', () => {
    expect(enigProbleem('code-van-andere-indeling').melding).toBe(
      'data/monitor/2015-12.json, gemeente GM9004 (Samendorp), veld "code": deze gemeente bestaat niet in de indeling 2015; verwacht een code uit data/gemeenten/2015.json.',
    );
  });

  it('a gemeente of the indeling missing from a snapshot', () => {
    const p = enigProbleem('ontbrekende-gemeente');
    expect(p).toMatchObject({ bestand: 'data/monitor/2015-12.json', gemeente: 'GM9002', veld: 'gemeenten' });
    expect(p.melding).toBe(
      'data/monitor/2015-12.json, gemeente GM9002 (Westdorp), veld "gemeenten": deze gemeente van de indeling 2015 ontbreekt; verwacht een regel voor elke gemeente van data/gemeenten/2015.json.',
    );
  });

  it('a negative number', () => {
    expect(enigProbleem('negatief-getal').melding).toBe(
      'data/monitor/2015-12.json, gemeente GM9001 (Oostdorp), veld "realisatie": verwacht een geheel getal van 0 of meer; gevonden: -3.',
    );
  });

  it('a number that is not whole', () => {
    const p = enigProbleem('geen-geheel-getal');
    expect(p).toMatchObject({ bestand: 'data/taakstelling/2015-II.json', gemeente: 'GM9003', veld: 'netto' });
    expect(p.melding).toBe(
      'data/taakstelling/2015-II.json, gemeente GM9003 (Zuidstad), veld "netto": verwacht een geheel getal van 0 of meer; gevonden: 20,5.',
    );
  });

  it('gecorrigeerd that is not netto + achterstand', () => {
    expect(enigProbleem('gecorrigeerd-klopt-niet').melding).toBe(
      'data/taakstelling/2015-II.json, gemeente GM9001 (Oostdorp), veld "gecorrigeerd": verwacht netto + achterstand = 10 + 2 = 12; gevonden: 13.',
    );
  });

  it('realisatie that goes down within a periode', () => {
    const p = enigProbleem('realisatie-daalt');
    expect(p).toMatchObject({ bestand: 'data/monitor/2016-01.json', gemeente: 'GM9001', veld: 'realisatie' });
    expect(p.melding).toBe(
      'data/monitor/2016-01.json, gemeente GM9001 (Oostdorp), veld "realisatie": verwacht minstens 11, de stand op 1 december 2015: de realisatie telt op vanaf het begin van periode 2015-II en kan niet dalen; gevonden: 10.',
    );
  });

  it('a peildatum that does not fit its periode', () => {
    expect(enigProbleem('peildatum-past-niet').melding).toBe(
      'data/monitor/2015-07.json, veld "peildatum": de peildatum 2015-07-01 past niet bij periode 2015-II (tweede helft 2015); verwacht de eerste dag van een maand na 1 juli 2015 en uiterlijk 1 januari 2016 (2016-01-01).',
    );
  });

  it('a duplicate gemeente entry', () => {
    expect(enigProbleem('dubbele-gemeente').melding).toBe(
      'data/monitor/2015-12.json, gemeente GM9001 (Oostdorp), veld "code": deze gemeente staat er meer dan één keer in; verwacht elke gemeente precies één keer.',
    );
  });

  it('nareizigers above the realisatie', () => {
    expect(enigProbleem('nareizigers-te-veel').melding).toBe(
      'data/monitor/2016-01.json, gemeente GM9003 (Zuidstad), veld "nareizigers": verwacht hooguit de realisatie (20), want nareizigers tellen mee in de realisatie; gevonden: 21.',
    );
  });

  it('a file name that does not match the peildatum', () => {
    const p = enigProbleem('bestandsnaam-klopt-niet');
    expect(p).toMatchObject({ bestand: 'data/monitor/2015-11.json', veld: 'bestandsnaam' });
    expect(p.gemeente).toBeUndefined();
    expect(p.melding).toBe(
      'data/monitor/2015-11.json, veld "bestandsnaam": de bestandsnaam moet bij de peildatum passen: een bestand met peildatum 2015-12-01 heet data/monitor/2015-12.json, en data/monitor/2015-11.json hoort peildatum 2015-11-01 te hebben.',
    );
  });

  it('an achterstand that is not the carry-over of the previous periode (both numbers named)', () => {
    const lijst = problemen('overdracht-klopt-niet');
    expect(lijst.map((p) => p.melding)).toEqual([
      'data/taakstelling/2016-I.json, gemeente GM9003 (Zuidstad), veld "achterstand": verwacht 4: dat is de overdracht uit periode 2015-II (gecorrigeerde taakstelling 24 min realisatie 20 op 1 januari 2016); gevonden: 5.',
      'data/taakstelling/2016-I.json, gemeente GM9004 (Samendorp), veld "achterstand": verwacht 0: dat is de opgetelde overdracht uit periode 2015-II van GM9001 (Oostdorp) 2, GM9002 (Westdorp) -2 op 1 januari 2016; gevonden: 1.',
    ]);
  });

  it('a merged gemeente without a herindeling to carry its achterstand', () => {
    const lijst = problemen('herindeling-ontbreekt');
    expect(lijst.map((p) => p.gemeente)).toEqual(['GM9001', 'GM9002']);
    expect(lijst[0]!.melding).toBe(
      'data/herindelingen.json, gemeente GM9001 (Oostdorp), veld "naar": deze gemeente bestaat niet meer in de indeling 2016, dus haar achterstand op 1 januari 2016 (2) kan nergens heen; verwacht in data/herindelingen.json een herindeling met deze code in "van" en haar opvolger in "naar".',
    );
  });

  it('a file that is not valid JSON', () => {
    const p = enigProbleem('kapotte-json');
    expect(p).toMatchObject({ bestand: 'data/monitor/2015-12.json', veld: '(bestand)' });
    expect(p.melding).toMatch(/^data\/monitor\/2015-12\.json, veld "\(bestand\)": dit is geen geldige JSON \(technische melding: .+\); verwacht een leesbaar JSON-bestand\.$/);
  });
});

describe('a snapshot dated in the future', () => {
  const vroeger = process.env.OT_VANDAAG;
  afterEach(() => {
    if (vroeger === undefined) delete process.env.OT_VANDAAG;
    else process.env.OT_VANDAAG = vroeger;
  });

  const verwacht =
    'data/monitor/2016-02.json, veld "peildatum": de peildatum 1 februari 2016 ligt in de toekomst; verwacht een datum op of vóór vandaag (15 januari 2016).';

  it('is rejected against the given date', () => {
    expect(enigProbleem('basis', '2016-01-15').melding).toBe(verwacht);
  });

  it('is rejected against OT_VANDAAG when no date is given', () => {
    process.env.OT_VANDAAG = '2016-01-15';
    try {
      leesMonitor(join(FIXTURES, 'basis'));
      expect.unreachable('verwacht een MonitorDataFout');
    } catch (fout) {
      expect(fout).toBeInstanceOf(MonitorDataFout);
      expect((fout as MonitorDataFout).issues.map((i) => i.melding)).toEqual([verwacht]);
    }
  });

  it('is accepted on its own peildatum', () => {
    process.env.OT_VANDAAG = '2016-02-01';
    expect(loadMonitor(join(FIXTURES, 'basis')).vandaag).toBe('2016-02-01');
  });

  it('rejects a malformed OT_VANDAAG', () => {
    process.env.OT_VANDAAG = '1-2-2016';
    expect(() => leesMonitor(join(FIXTURES, 'basis'))).toThrow(/OT_VANDAAG.*JJJJ-MM-DD/);
  });
});

describe('collecting', () => {
  it('reports every problem in every file in one error', () => {
    let fout: unknown;
    try {
      leesMonitor(join(FIXTURES, 'veel-fouten'), { vandaag: '2026-01-01' });
    } catch (e) {
      fout = e;
    }
    expect(fout).toBeInstanceOf(MonitorDataFout);
    const f = fout as MonitorDataFout;
    expect(f.name).toBe('MonitorDataFout');
    expect(f.issues.map((i) => `${i.bestand} ${i.gemeente} ${i.veld}`)).toEqual([
      'data/taakstelling/2015-II.json GM9002 netto',
      'data/monitor/2015-12.json GM9999 code',
      'data/monitor/2016-02.json GM9004 realisatie',
    ]);
    expect(f.message).toMatch(/^De monitorgegevens kloppen niet \(3 problemen\):\n- /);
    for (const i of f.issues) expect(f.message).toContain(i.melding);
    expect(f.issues[0]!.melding).toBe(
      'data/taakstelling/2015-II.json, gemeente GM9002 (Westdorp), veld "netto": verwacht een geheel getal van 0 of meer; gevonden: "zes".',
    );
  });
});
