/** Bad input in the Land in beeld data files: the check names file, line, field and what was expected, in Dutch. */
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { leesLandInBeeldData } from '../../../src/lib/land-in-beeld/laden.ts';
import { ValidatieFout, type Melding } from '../../../src/lib/validatie/melding.ts';
import { landelijkeReeksSchema } from '../../../src/schemas/data/landelijke-reeks.ts';
import { meldingenSchema } from '../../../src/schemas/data/meldingen.ts';
import { toezichtSchema } from '../../../src/schemas/data/toezicht.ts';
import { uitruilSchema } from '../../../src/schemas/data/uitruil.ts';
import { vrijstellingenSchema } from '../../../src/schemas/data/vrijstellingen.ts';

const ctx = { vandaag: '2026-12-06', codes: new Set(['GM0363', 'GM0299', 'GM0777', 'PV27']) };
const bron = { uitgever: 'NU.nl', datum: '2022-07', url: 'https://www.nu.nl/x' };
const berichten = (r: { success: boolean; error?: { issues: { message: string; path: PropertyKey[] }[] } }) =>
  (r.error?.issues ?? []).map((i) => `${i.path.join('.')}: ${i.message}`);

describe('schemas of the Land in beeld data, with Dutch messages', () => {
  const periode = (p: string, extra: object = {}) => ({
    periode: p,
    prognose: null,
    vastgesteld: null,
    bijgesteld: null,
    achterstandBegin: null,
    opgave: null,
    realisatie: null,
    gemeentenVoldaan: null,
    zekerheid: 'onbekend',
    toelichting: '',
    ...extra,
  });
  it('landelijke reeks: a gap between periods, an unknown source key and a figure marked onbekend', () => {
    const r = landelijkeReeksSchema(ctx).safeParse({
      bronnen: { a: { titel: 'Titel', uitgever: 'NRC', datum: '2016-06-03', url: 'https://www.nrc.nl/' } },
      perioden: [periode('2015-I'), periode('2016-I', { vastgesteld: { aantal: 20000, bron: 'b' } })],
    });
    const m = berichten(r);
    expect(m).toContain('perioden.1.periode: verwacht periode 2015-II (na 2015-I, zonder gaten)');
    expect(m.some((x) => x.startsWith('perioden.1.vastgesteld.bron: bron "b" staat niet in "bronnen"'))).toBe(true);
    expect(m.some((x) => x.startsWith('perioden.1.zekerheid: "onbekend" past niet'))).toBe(true);
  });
  it('landelijke reeks: a source dated in the future', () => {
    const r = landelijkeReeksSchema(ctx).safeParse({
      bronnen: { a: { titel: 'Titel', uitgever: 'NRC', datum: '2027-01', url: null } },
      perioden: [periode('2015-I')],
    });
    expect(berichten(r)).toContain('bronnen.a.datum: deze datum ligt in de toekomst; verwacht een datum tot en met vandaag');
  });
  it('meldingen: an unknown code and a gemeente code at provincie level', () => {
    const r = meldingenSchema(ctx).safeParse([
      {
        niveau: 'gemeente',
        code: 'GM9999',
        periode: '2022-I',
        taak: 1,
        basis: null,
        realisatie: null,
        peildatum: null,
        bron,
        toelichting: null,
      },
      {
        niveau: 'provincie',
        code: 'GM0363',
        periode: '2022-I',
        taak: 1,
        basis: null,
        realisatie: null,
        peildatum: null,
        bron,
        toelichting: null,
      },
    ]);
    const m = berichten(r);
    expect(m.some((x) => x.startsWith('0.code: deze code staat in geen enkele gemeentelijke indeling'))).toBe(true);
    expect(m.some((x) => x.startsWith('1.code: niveau en code passen niet bij elkaar'))).toBe(true);
  });
  it('vrijstellingen: a period that is not a half-year', () => {
    const r = vrijstellingenSchema(ctx).safeParse([
      { code: 'GM0299', periode: '2015', reden: 'Een aanmeldcentrum in de gemeente.', bron },
    ]);
    expect(berichten(r)).toContain('0.periode: verwacht een periode als JJJJ-I of JJJJ-II');
  });
  it('toezicht: an oordeel outside the three the provincies use, and an unknown step of the interventieladder', () => {
    const r = toezichtSchema(ctx).safeParse([
      { code: 'GM0777', periode: '2021-II', oordeel: 'matig', trede: 'boete', bron, toelichting: null },
    ]);
    const m = berichten(r);
    expect(m).toContain('0.oordeel: kies uit: voldoet; voldoet niet, doch verschoonbaar; voldoet niet');
    expect(m.some((x) => x.startsWith('0.trede: kies uit: informeren'))).toBe(true);
  });
  it('uitruil: the regional sum must stay equal', () => {
    const r = uitruilSchema(ctx).safeParse([
      {
        periode: '2025-I',
        regio: 'Regio X',
        mutaties: [
          { code: 'GM0363', aantal: 5 },
          { code: 'GM0777', aantal: -4 },
        ],
        bron,
      },
    ]);
    expect(berichten(r)).toContain(
      '0.mutaties: de mutaties tellen op tot 1; verwacht 0, want de regionale som moet gelijk blijven',
    );
    expect(
      uitruilSchema(ctx).safeParse([
        {
          periode: '2025-I',
          regio: 'Regio X',
          mutaties: [
            { code: 'GM0363', aantal: 5 },
            { code: 'GM0777', aantal: -5 },
          ],
          bron,
        },
      ]).success,
    ).toBe(true);
  });
});

describe('leesLandInBeeldData on a broken copy of data/', () => {
  const root = mkdtempSync(join(tmpdir(), 'lib-'));
  afterAll(() => rmSync(root, { recursive: true, force: true }));
  cpSync(join(process.cwd(), 'data'), join(root, 'data'), { recursive: true });
  it('throws one ValidatieFout naming file, line and field for every problem', () => {
    const reeks = JSON.parse(readFileSync(join(root, 'data/landelijke-reeks.json'), 'utf8'));
    reeks.perioden[3].vastgesteld.aantal = 'veel';
    writeFileSync(join(root, 'data/landelijke-reeks.json'), JSON.stringify(reeks, null, 2));
    writeFileSync(
      join(root, 'data/uitruil.json'),
      JSON.stringify(
        [
          {
            periode: '2025-I',
            regio: 'Regio R',
            mutaties: [
              { code: 'GM0363', aantal: 3 },
              { code: 'GM0777', aantal: -1 },
            ],
            bron,
          },
        ],
        null,
        2,
      ),
    );
    let fout: unknown;
    try {
      leesLandInBeeldData(root, '2026-12-06');
    } catch (e) {
      fout = e;
    }
    expect(fout).toBeInstanceOf(ValidatieFout);
    const m = (fout as ValidatieFout).meldingen as Melding[];
    const aantal = m.find((x) => x.bestand === 'data/landelijke-reeks.json')!;
    expect(aantal.veld).toBe('perioden[3].vastgesteld.aantal');
    expect(aantal.melding).toMatch(/verwacht een geheel getal/);
    const tekst = readFileSync(join(root, 'data/landelijke-reeks.json'), 'utf8').split('\n');
    expect(tekst[aantal.regel! - 1]).toContain('"veel"');
    const uitruil = m.find((x) => x.bestand === 'data/uitruil.json')!;
    expect(uitruil).toMatchObject({ veld: '[0].mutaties', regel: 5 });
    expect(uitruil.melding).toContain('tellen op tot 2');
  });
});
