/**
 * Advies op maat without Astro: the real rule table answers every combination, rules decide the
 * order, ended regelingen never show, and bad rule tables fail with Dutch messages.
 */
import { copyFileSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { adviesSchema, type AdviesTabel } from '../../../src/schemas/data/advies.ts';
import { DOELGROEPEN_VOORBEELD } from '../../../src/schemas/voorbeeld.ts';
import { THEMA_IDS } from '../../../src/schemas/referenties.ts';
import {
  adviesPad,
  antwoordAdres,
  combinaties,
  geefAdvies,
  oplossingenVoor,
  type AdviesItem,
} from '../../../src/lib/advies/index.ts';
import { formatMelding } from '../../../src/lib/validatie/melding.ts';
import { valideerData } from '../../../src/lib/validatie/data.ts';

const REPO = join(import.meta.dirname, '../../..');
const ruw = JSON.parse(readFileSync(join(REPO, 'data/advies/regels.json'), 'utf8')) as AdviesTabel;
const CTX = { themaIds: THEMA_IDS, voorbeeldDoelgroepen: DOELGROEPEN_VOORBEELD };
const tabel = adviesSchema(CTX).parse(ruw);
const VANDAAG = '2026-12-06';
const kopie = (): AdviesTabel => structuredClone(ruw);
/** The messages `npm run check` gives for this rule table: the real data pipeline on a small project root. */
function meldingen(data: unknown, metPlek = false): string[] {
  const root = mkdtempSync(join(tmpdir(), 'ot-advies-'));
  try {
    mkdirSync(join(root, 'data/advies'), { recursive: true });
    copyFileSync(join(REPO, 'data/themas.json'), join(root, 'data/themas.json'));
    writeFileSync(join(root, 'data/advies/regels.json'), JSON.stringify(data, null, 2));
    // Without a line and column, so the cases below stay readable; the pipeline's own tests cover positions.
    return valideerData(root, { vandaag: VANDAAG }).meldingen.map((m) =>
      formatMelding(metPlek ? m : { ...m, regel: undefined, kolom: undefined }),
    );
  } finally {
    rmSync(root, { recursive: true, force: true });
  }
}

const item = (over: Partial<AdviesItem> & Pick<AdviesItem, 'title' | 'type'>): AdviesItem => ({
  url: `/x/${over.title}/`,
  samenvatting: '',
  themas: [],
  doelgroep: [],
  provincies: [],
  ...over,
});

describe('the rule table in data/advies/regels.json', () => {
  it('is valid and has 5 × 6 × 3 = 90 combinations, each with a stable address', () => {
    expect(meldingen(ruw)).toEqual([]);
    const alle = combinaties(tabel);
    expect(alle).toHaveLength(90);
    expect(new Set(alle.map(adviesPad)).size).toBe(90);
    expect(adviesPad(alle[0]!)).toBe('/advies/alleenstaanden/weinig-sociale-huur/binnen-drie-maanden/');
  });

  it('answers every combination with at least one solution, never more than five', () => {
    for (const a of combinaties(tabel)) {
      const o = oplossingenVoor(tabel, a, THEMA_IDS);
      expect(o.length, JSON.stringify(a)).toBeGreaterThan(0);
      expect(o.length).toBeLessThanOrEqual(5);
    }
  });

  it.each([
    [{ voor: 'alleenstaanden', knelpunt: 'weinig-sociale-huur', termijn: 'binnen-drie-maanden' }, 'woningdelen'],
    [{ voor: 'jongeren', knelpunt: 'weerstand-buurt', termijn: 'structureel' }, 'studentenhuisvesting'],
    [{ voor: 'gezinnen', knelpunt: 'leeg-vastgoed', termijn: 'binnen-een-jaar' }, 'transformatie'],
    [{ voor: 'gezinnen', knelpunt: 'grond-voor-tijdelijk', termijn: 'structureel' }, 'flexwonen'],
    [{ voor: 'gezinnen', knelpunt: 'weerstand-buurt', termijn: 'binnen-een-jaar' }, 'draagvlak-en-integratie'],
    [{ voor: 'alleenstaanden', knelpunt: 'capaciteit', termijn: 'binnen-een-jaar' }, 'procesverbetering'],
    [{ voor: 'nareizigers', knelpunt: 'wachten', termijn: 'binnen-drie-maanden' }, 'nareizigers'],
    [{ voor: 'grote-gezinnen', knelpunt: 'weinig-sociale-huur', termijn: 'binnen-een-jaar' }, 'particuliere-verhuur'],
  ])('%o puts %s first', (a, eerste) => {
    expect(oplossingenVoor(tabel, a, THEMA_IDS)[0]?.thema).toBe(eerste);
  });
});

describe('geefAdvies', () => {
  const a = { voor: 'grote-gezinnen', knelpunt: 'weinig-sociale-huur', termijn: 'binnen-een-jaar' };
  const items: AdviesItem[] = [
    item({ type: 'voorbeelden', title: 'Gezinswoning', themas: ['particuliere-verhuur'], doelgroep: ['grote gezinnen'] }),
    item({ type: 'voorbeelden', title: 'Flex voor gezinnen', themas: ['flexwonen'], doelgroep: ['gezinnen'] }),
    item({ type: 'voorbeelden', title: 'Studenten', themas: ['studentenhuisvesting'], doelgroep: ['jongeren'] }),
    item({
      type: 'factsheets',
      title: 'Open regeling',
      themas: ['financiering'],
      regeling: { naam: 'Open', eindigt: '2027-12-31', stand: 'open' },
    }),
    item({
      type: 'factsheets',
      title: 'Gesloten regeling',
      themas: ['financiering'],
      regeling: { naam: 'Dicht', eindigt: '2026-10-15', stand: 'open' },
    }),
    item({
      type: 'vragen',
      title: 'Vraag over een gesloten regeling',
      themas: ['financiering'],
      regeling: { naam: 'Dicht', eindigt: '2026-10-15', stand: 'gesloten' },
    }),
    item({ type: 'vragen', title: 'Vraag over flex', themas: ['flexwonen'] }),
  ];
  const advies = geefAdvies(tabel, a, items, VANDAAG, THEMA_IDS);

  it('lists voorbeelden for the doelgroep first, then by thema, and leaves out those that fit neither', () => {
    expect(advies.voorbeelden.map((v) => v.title)).toEqual(['Gezinswoning', 'Flex voor gezinnen']);
  });

  it('shows only regelingen that are open today, never one whose end date has passed', () => {
    expect(advies.regelingen.map((r) => r.title)).toEqual(['Open regeling']);
    expect(advies.vragen.map((r) => r.title)).toEqual(['Vraag over flex']);
    const later = geefAdvies(tabel, a, items, '2028-01-01', THEMA_IDS);
    expect(later.regelingen).toEqual([]);
  });

  it('names where to get help for the knelpunt', () => {
    expect(advies.hulp.map((h) => h.naam)).toContain('VNG');
  });
});

describe('antwoordAdres (the form without a server)', () => {
  it('builds the answer address with the gemeente as #fragment', () => {
    expect(antwoordAdres({ voor: 'gezinnen', knelpunt: 'leeg-vastgoed', termijn: 'structureel', gemeente: 'GM0363' })).toBe(
      '/advies/gezinnen/leeg-vastgoed/structureel/#GM0363',
    );
    expect(antwoordAdres({ voor: 'gezinnen', knelpunt: 'leeg-vastgoed', termijn: 'structureel', gemeente: '' })).toBe(
      '/advies/gezinnen/leeg-vastgoed/structureel/',
    );
  });
  it('gives nothing when an answer is missing or not an id', () => {
    expect(antwoordAdres({ voor: '', knelpunt: 'leeg-vastgoed', termijn: 'structureel' })).toBeUndefined();
    expect(antwoordAdres({ voor: '../x', knelpunt: 'leeg-vastgoed', termijn: 'structureel' })).toBeUndefined();
  });
});

describe('bad input in the rule table fails the check with a Dutch message', () => {
  it('an unknown thema', () => {
    const t = kopie();
    t.regels[0]!.thema = 'woningbouw';
    expect(meldingen(t)).toEqual([
      `data/advies/regels.json — regels[0].thema: onbekend thema "woningbouw"; kies uit: ${THEMA_IDS.join(', ')}`,
    ]);
  });
  it('names the line and column of the field', () => {
    const t = kopie();
    t.regels[1]!.thema = 'woningbouw';
    const regel =
      JSON.stringify(t, null, 2)
        .split('\n')
        .findIndex((l) => l.includes('"woningbouw"')) + 1;
    expect(meldingen(t, true)[0]).toMatch(
      new RegExp(`^data/advies/regels\\.json:${regel}:\\d+ — regels\\[1\\]\\.thema: onbekend thema "woningbouw"`),
    );
  });
  it('an unknown doelgroep, in a rule and among the voorbeeld doelgroepen', () => {
    const t = kopie();
    t.regels[0]!.als.voor = ['ouderen'];
    t.doelgroepen[0]!.voorbeeldDoelgroepen = ['senioren'];
    const m = meldingen(t);
    expect(m).toContain(
      `data/advies/regels.json — doelgroepen[0].voorbeeldDoelgroepen[0]: onbekende doelgroep van een voorbeeld "senioren"; kies uit: ${DOELGROEPEN_VOORBEELD.join(', ')}`,
    );
  });
  it('an unknown answer in a rule', () => {
    const t = kopie();
    t.regels[0]!.als.voor = ['ouderen'];
    expect(meldingen(t)).toEqual([
      'data/advies/regels.json — regels[0].als.voor[0]: onbekend antwoord "ouderen"; kies uit de doelgroepen: alleenstaanden, jongeren, gezinnen, grote-gezinnen, nareizigers',
    ]);
  });
  it('a rule without a source or a rationale', () => {
    const t = kopie();
    delete t.regels[2]!.onderbouwing;
    expect(meldingen(t)).toEqual([
      'data/advies/regels.json — regels[2].onderbouwing: deze regel heeft geen bron en geen onderbouwing; verwacht "bron" (titel en url) of "onderbouwing" (een zin)',
    ]);
  });
  it('a misspelled field, with a suggestion', () => {
    const t = kopie() as unknown as { regels: Record<string, unknown>[] };
    t.regels[0]!.gewigt = 2;
    expect(meldingen(t)).toEqual(['data/advies/regels.json — regels[0].gewigt: onbekend veld "gewigt"; bedoelt u "gewicht"?']);
  });
  it('a combination that no rule answers', () => {
    const t = kopie();
    t.knelpunten.push({ id: 'geld', label: 'Er is geen geld' });
    const m = meldingen(t);
    const geen = (voor: string) =>
      `data/advies/regels.json — regels: geen enkele regel past bij voor "${voor}", knelpunt "geld", termijn "binnen-een-jaar"; verwacht minstens één oplossing voor elke combinatie`;
    expect(m).toEqual([geen('alleenstaanden'), geen('gezinnen')]);
  });
});
