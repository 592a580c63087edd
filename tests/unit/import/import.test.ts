/**
 * `npm run import`: every export under tests/fixtures/import/exports/ against the small
 * project root tests/fixtures/import/root/ (8 gemeenten, periode 2015-II, stand 2015-08 and
 * 2015-09 published). Asserts the exact Dutch messages, and that nothing is written unless
 * the import succeeds (fixture tree hashed before and after; writes happen in a temp copy).
 */
import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { importeer, type ImportOpties } from '../../../src/lib/import/index.ts';
import { leesCsv, parseCsv, snuffelScheidingsteken } from '../../../src/lib/import/csv.ts';
import { leesAantal } from '../../../src/lib/import/getallen.ts';
import { normaliseerCode, normaliseerNaam } from '../../../src/lib/import/gemeenten.ts';
import { formatMelding } from '../../../src/lib/validatie/melding.ts';
import { valideerAlles } from '../../../src/lib/validatie/index.ts';
import { bestandenIn, FIXTURES, hashBoom, kopie, REPO } from '../validatie/boom.ts';

const VANDAAG = '2026-06-01';
const MAP = join(FIXTURES, 'import');
const ROOT = join(MAP, 'root');
const EXPORT = (naam: string) => join(MAP, 'exports', naam);
const TOON = (naam: string) => `tests/fixtures/import/exports/${naam}`;

/** Most exports write 1.234 for 1234: the editor confirms that with --duizendtallen (see 'punt-in-aantal.csv' for without). */
function doe(naam: string, extra: Partial<ImportOpties> = {}) {
  return importeer({
    root: ROOT,
    bestand: EXPORT(naam),
    maand: '2015-10',
    status: 'illustratief',
    vandaag: VANDAAG,
    dryRun: true,
    duizendtallen: true,
    ...extra,
  });
}
const meldingen = (r: ReturnType<typeof importeer>) => r.meldingen.map(formatMelding);

let voor: string;
beforeAll(() => {
  voor = hashBoom(MAP);
});
afterAll(() => {
  expect(hashBoom(MAP)).toBe(voor);
});

describe('bestanden lezen zoals ze uit Excel komen', () => {
  it('herkent ; , en tab als scheidingsteken', () => {
    expect(snuffelScheidingsteken('gemeente;realisatie\nA;1')).toBe(';');
    expect(snuffelScheidingsteken('gemeente,realisatie\n"Nuenen, Gerwen en Nederwetten",1')).toBe(',');
    expect(snuffelScheidingsteken('gemeente\trealisatie')).toBe('\t');
    expect(snuffelScheidingsteken('"a;b",c,d')).toBe(',');
  });
  it('leest aanhalingstekens, CRLF, lege regels en houdt regelnummers bij', () => {
    expect(parseCsv('a;b\r\n\r\n"x;""y""";2\r\n', ';')).toEqual([
      { regel: 1, velden: ['a', 'b'] },
      { regel: 3, velden: ['x;"y"', '2'] },
    ]);
  });
  it('leest UTF-8 met BOM en Windows-1252', () => {
    const bom = leesCsv(new Uint8Array([0xef, 0xbb, 0xbf, ...Buffer.from('gemeente;realisatie\nSúdwest-Fryslân;3\n')]));
    expect(bom.codering).toBe('utf-8');
    expect(bom.rijen[0]!.velden[0]).toBe('gemeente');
    const ansi = leesCsv(readFileSync(EXPORT('windows-1252.csv')));
    expect(ansi.codering).toBe('windows-1252');
    expect(ansi.rijen.some((r) => r.velden[1] === 'Súdwest-Fryslân')).toBe(true);
  });
  it('leest Nederlandse getallen en weigert de rest', () => {
    expect(leesAantal('1.234')).toEqual({ ok: false, reden: 'duizendtal' });
    expect(leesAantal('15.000')).toEqual({ ok: false, reden: 'duizendtal' });
    expect(leesAantal('1.234', { duizendtallen: true })).toEqual({ ok: true, waarde: 1234 });
    expect(leesAantal('1.200,5', { duizendtallen: true })).toEqual({ ok: false, reden: 'geen-heel-getal' });
    expect(leesAantal('1 234')).toEqual({ ok: true, waarde: 1234 });
    expect(leesAantal('12')).toEqual({ ok: true, waarde: 12 });
    expect(leesAantal('12,5')).toEqual({ ok: false, reden: 'geen-heel-getal' });
    expect(leesAantal('1.23')).toEqual({ ok: false, reden: 'geen-heel-getal' });
    expect(leesAantal('-4')).toEqual({ ok: false, reden: 'negatief' });
    expect(leesAantal('twaalf')).toEqual({ ok: false, reden: 'geen-getal' });
    expect(leesAantal('')).toEqual({ ok: false, reden: 'leeg' });
  });
  it('herkent gemeentecodes en namen in elke gebruikelijke vorm', () => {
    for (const c of ['GM0363', 'gm0363', '0363', '363']) expect(normaliseerCode(c)).toBe('GM0363');
    expect(normaliseerCode('Amsterdam')).toBeNull();
    expect(normaliseerNaam("'s-Hertogenbosch")).toBe(normaliseerNaam('S HERTOGENBOSCH'));
    expect(normaliseerNaam('Súdwest-Fryslân')).toBe(normaliseerNaam('Sudwest Fryslan'));
  });
});

/** Exports that must be accepted, and what they hold for GM0363 (Amsterdam). */
const GOED: Record<string, { amsterdam: number; nareizigers?: number; waarschuwing?: string }> = {
  'puntkomma-nl-getallen.csv': { amsterdam: 1234, nareizigers: 400 },
  'komma.csv': { amsterdam: 1234 },
  'bom-crlf.csv': { amsterdam: 1234 },
  'windows-1252.csv': { amsterdam: 1234 },
  'namen-varianten.csv': { amsterdam: 1234 },
  'codes-varianten.csv': { amsterdam: 1234 },
  'totaalregel.csv': { amsterdam: 1234, waarschuwing: 'regel 10 ("Totaal") overgeslagen: totalen rekent de site zelf uit' },
};

describe('exports die kloppen worden aanvaard', () => {
  for (const [naam, v] of Object.entries(GOED)) {
    it(naam, () => {
      const r = doe(naam);
      expect(meldingen(r)).toEqual([]);
      expect(r.ok).toBe(true);
      expect(r.geschreven).toBe(false);
      const s = r.snapshot!;
      expect(s.peildatum).toBe('2015-10-01');
      expect(s.periode).toBe('2015-II');
      expect(s.indeling).toBe('2015');
      expect(s.gemeenten.map((g) => g.code)).toEqual([
        'GM0003',
        'GM0363',
        'GM0373',
        'GM0518',
        'GM0796',
        'GM0820',
        'GM0893',
        'GM1900',
      ]);
      const a = s.gemeenten.find((g) => g.code === 'GM0363')!;
      expect(a.realisatie).toBe(v.amsterdam);
      expect(a.nareizigers).toBe(v.nareizigers);
      if (v.waarschuwing) expect(r.waarschuwingen).toContain(v.waarschuwing);
    });
  }

  it('toont een samenvatting per provincie en landelijk, met de groei sinds vorige maand', () => {
    const r = doe('puntkomma-nl-getallen.csv');
    const tekst = r.uitvoer.join('\n');
    expect(tekst).toContain('Stand op 1 oktober 2015: periode 2015-II (tweede helft 2015), indeling 2015, status illustratief.');
    expect(tekst).toMatch(
      /Provincie\s+Realisatie\s+Nareizigers\s+Sinds 1 september 2015\s+Taakstelling \(gecorrigeerd\)\s+Gerealiseerd/,
    );
    // Noord-Holland: Amsterdam 1.234 + Bergen (NH.) 12 = 1.246; was 260 + 9 = 269; taakstelling 1.500 + 30 = 1.530.
    expect(tekst).toMatch(/Noord-Holland\s+1\.246\s+400\s+\+977\s+1\.530\s+81%/);
    // Nederland: 1.592 now, 514 on 1 September; taakstelling 2.354.
    expect(tekst).toMatch(/Nederland\s+1\.592\s+400\s+\+1\.078\s+2\.354\s+68%/);
    expect(tekst).toContain('Proefdraai (--dry-run): data/monitor/2015-10.json is niet gemaakt; er is niets opgeslagen.');
  });
});

/** Exports that must be refused, with exactly these messages. */
const FOUT: Record<string, string[]> = {
  'onbekende-naam.csv': [
    `${TOON('onbekende-naam.csv')}:3 — gemeente: onbekende gemeente "Amsterdm"; bedoelt u "Amsterdam" (GM0363)?`,
  ],
  'lager-dan-vorige-maand.csv': [
    `${TOON('lager-dan-vorige-maand.csv')}:5 — realisatie: 's-Gravenhage (GM0518): realisatie 150 is lager dan vorige maand (170 op 1 september 2015); verwacht minstens 170, want de realisatie telt op vanaf het begin van periode 2015-II`,
  ],
  'negatief.csv': [
    `${TOON('negatief.csv')}:6 — realisatie: 's-Hertogenbosch (GM0796): realisatie "-4" is negatief; verwacht een heel getal van 0 of meer`,
  ],
  'tekst-in-getal.csv': [
    `${TOON('tekst-in-getal.csv')}:4 — realisatie: Bergen (NH.) (GM0373): realisatie "twaalf" is geen getal; verwacht een heel getal zoals 12 of 1234`,
    `${TOON('tekst-in-getal.csv')}:9 — realisatie: Súdwest-Fryslân (GM1900): realisatie "31,5" is geen heel getal; verwacht een aantal personen zoals 12 of 1234`,
  ],
  'dubbele-regel.csv': [
    `${TOON('dubbele-regel.csv')}:10 — gemeente: Amsterdam (GM0363) staat er twee keer in, ook op regel 3; verwacht elke gemeente één keer`,
  ],
  'ontbrekende-gemeente.csv': [
    `${TOON('ontbrekende-gemeente.csv')} — gemeente: Appingedam (GM0003) ontbreekt; verwacht een regel voor elke gemeente van de indeling 2015 (vul 0 in als er niemand is gehuisvest)`,
    `${TOON('ontbrekende-gemeente.csv')} — gemeente: Bergen (L.) (GM0893) ontbreekt; verwacht een regel voor elke gemeente van de indeling 2015 (vul 0 in als er niemand is gehuisvest)`,
  ],
  'code-en-naam-verschillen.csv': [
    `${TOON('code-en-naam-verschillen.csv')}:3 — gemeente: code GM0363 hoort bij Amsterdam, maar de naam is "Rotterdam"; verwacht dat code en naam bij dezelfde gemeente horen`,
  ],
  'andere-indeling.csv': [
    `${TOON('andere-indeling.csv')}:10 — gemeentecode: GM1942 (Gooise Meren) hoort niet bij de indeling 2015 van periode 2015-II; verwacht een gemeente uit data/gemeenten/2015.json`,
  ],
  'nareizigers-meer-dan-realisatie.csv': [
    `${TOON('nareizigers-meer-dan-realisatie.csv')}:7 — nareizigers: Nuenen, Gerwen en Nederwetten (GM0820): nareizigers (9) is meer dan de realisatie (7); verwacht hoogstens de realisatie, want nareizigers tellen mee in de realisatie`,
  ],
  'te-weinig-kolommen.csv': [
    `${TOON('te-weinig-kolommen.csv')}:8 — -: deze regel heeft 2 kolommen; verwacht er minstens 3, gescheiden door ";" zoals in de kopregel`,
  ],
  'leeg.csv': [
    `${TOON('leeg.csv')}:1 — -: het bestand is leeg; verwacht een kopregel (gemeentecode;gemeente;realisatie;nareizigers) en een regel per gemeente`,
  ],
  'zonder-kopregel.csv': [
    `${TOON('zonder-kopregel.csv')}:1 — kopregel: de kopregel ontbreekt: de eerste regel is "GM0003;Appingedam;5;"; verwacht als eerste regel de kolomnamen, zoals gemeentecode;gemeente;realisatie;nareizigers`,
  ],
};

const ONGEWOON = (code: string) =>
  `is het getal fout (een punt, komma of nul te veel?), verbeter het dan; klopt het wel, draai dan opnieuw met --bevestig ${code} (zie docs/redactie.md, Ongewone getallen)`;

/** The cases of issue 9: refused with one Dutch message naming the line and the field; nothing written. */
const ONZIN: Record<string, { opties?: Partial<ImportOpties>; meldingen: string[] }> = {
  'punt-in-aantal.csv zonder --duizendtallen': {
    opties: { duizendtallen: false },
    meldingen: [
      `${TOON('punt-in-aantal.csv')}:3 — realisatie: Amsterdam (GM0363): realisatie "15.000" bevat een punt: dat kan 15000 betekenen (punt als duizendtal) of 15 (punt als komma); verwacht een aantal zonder punt, zoals 15000, of draai opnieuw met --duizendtallen als de punten duizendtallen scheiden`,
    ],
  },
  'punt-in-aantal.csv met --duizendtallen': {
    meldingen: [
      `${TOON('punt-in-aantal.csv')}:3 — realisatie: GM0363 (Amsterdam): realisatie 15.000 is meer dan 2 keer de gecorrigeerde taakstelling (1.500) van periode 2015-II; verwacht hoogstens 3.000: ${ONGEWOON('GM0363')}`,
    ],
  },
  'getypt-1200000.csv': {
    meldingen: [
      `${TOON('getypt-1200000.csv')}:3 — realisatie: GM0363 (Amsterdam): realisatie 1.200.000 is meer dan 2 keer de gecorrigeerde taakstelling (1.500) van periode 2015-II; verwacht hoogstens 3.000: ${ONGEWOON('GM0363')}`,
    ],
  },
  'getypt-1200000.csv met --bevestig GM0363': {
    opties: { bevestig: ['GM0363'] },
    meldingen: [
      `data/monitor/2015-10.json — gemeenten: landelijk is 50.992% van de gecorrigeerde taakstelling gerealiseerd (1.200.358 van 2.354); verwacht hoogstens 150%: ${ONGEWOON('NL')}`,
      `data/monitor/2015-10.json — gemeenten: provincie PV27 is 78.432% van de gecorrigeerde taakstelling gerealiseerd (1.200.012 van 1.530); verwacht hoogstens 150%: ${ONGEWOON('PV27')}`,
    ],
  },
  'sprong.csv': {
    meldingen: [
      `${TOON('sprong.csv')}:3 — realisatie: GM0363 (Amsterdam): realisatie steeg in één maand met 1.540 (van 260 naar 1.800), meer dan de hele gecorrigeerde taakstelling (1.500) van periode 2015-II; verwacht een stijging van hoogstens 1.500: ${ONGEWOON('GM0363')}`,
    ],
  },
  'extra-cel.csv': {
    meldingen: [
      `${TOON('extra-cel.csv')}:3 — cel 4: deze regel heeft 4 cellen en de kopregel 3: cel 4 ("234") hoort bij geen kolom; staat er een "," in een getal of naam (zoals 1,234)? verwacht per regel evenveel cellen als in de kopregel (zet een naam met "," tussen aanhalingstekens en schrijf getallen zonder scheidingsteken)`,
    ],
  },
  'peildatum-anders.csv': {
    meldingen: [
      `${TOON('peildatum-anders.csv')}:3 — peildatum: peildatum "2015-09-01" past niet bij de maand van deze import (2015-10: de stand op 1 oktober 2015); verwacht 2015-10-01, of draai de import met --maand 2015-09 als de export een andere maand is`,
    ],
  },
  'utf-16.csv': {
    meldingen: [
      `${TOON('utf-16.csv')}:1 — -: het bestand is opgeslagen als UTF-16 (in Excel: "Unicode-tekst"); verwacht CSV in UTF-8: kies in Excel Opslaan als → "CSV UTF-8 (door komma's gescheiden)" en lees dat bestand in`,
    ],
  },
};

describe('getallen die niet kunnen, en exports die niet kloppen (issue 9)', () => {
  for (const [geval, v] of Object.entries(ONZIN)) {
    it(geval, () => {
      const { map, opruimen } = kopie(ROOT);
      try {
        const hash = hashBoom(map);
        const r = doe(geval.split(' ')[0]!, { root: map, dryRun: false, ...v.opties });
        expect(meldingen(r)).toEqual(v.meldingen);
        expect(r.ok).toBe(false);
        expect(r.geschreven).toBe(false);
        expect(hashBoom(map)).toBe(hash);
      } finally {
        opruimen();
      }
    });
  }

  it('met --bevestig voor de gemeente, de provincie en het land: aanvaard, en bevestigd staat in het bestand', () => {
    const { map, opruimen } = kopie(ROOT);
    try {
      const r = doe('getypt-1200000.csv', { root: map, dryRun: false, bevestig: ['GM0363', 'PV27', 'NL'] });
      expect(meldingen(r)).toEqual([]);
      expect(r.geschreven).toBe(true);
      const s = JSON.parse(readFileSync(join(map, 'data/monitor/2015-10.json'), 'utf8'));
      expect(s.bevestigd.map((b: { code: string }) => b.code)).toEqual(['GM0363', 'PV27', 'NL']);
      expect(s.bevestigd[0].reden).toBe('bevestigd met --bevestig bij de import van getypt-1200000.csv op 1 juni 2026');
      // and the check accepts the confirmed file afterwards
      expect(valideerAlles(map, { vandaag: VANDAAG }).meldingen).toEqual([]);
    } finally {
      opruimen();
    }
  });

  it('subtotalen, provincieregels en het totaal worden overgeslagen met een melding', () => {
    const r = doe('subtotalen.csv');
    expect(meldingen(r)).toEqual([]);
    expect(r.waarschuwingen).toEqual([
      'regel 3 ("Groningen") overgeslagen: totalen rekent de site zelf uit',
      'regel 6 ("Subtotaal Noord-Holland") overgeslagen: totalen rekent de site zelf uit',
      'regel 12 ("Totaal") overgeslagen: totalen rekent de site zelf uit',
    ]);
    expect(r.snapshot!.gemeenten).toHaveLength(8);
  });

  it('een totaal dat niet de som is, geeft een waarschuwing', () => {
    const r = doe('totaal-klopt-niet.csv');
    expect(r.ok).toBe(true);
    expect(r.waarschuwingen).toContain(
      'het totaal op regel 12 (1.600) is niet de som van de gemeenten (1.592); ontbreekt er een regel of staat er een dubbel in? De site gebruikt de regels per gemeente',
    );
  });
});

describe('exports met fouten worden geweigerd, met de regel en wat er verwacht werd', () => {
  for (const [naam, verwacht] of Object.entries(FOUT)) {
    it(naam, () => {
      // Not a dry run: a refused import must write nothing on its own.
      const { map, opruimen } = kopie(ROOT);
      try {
        const hash = hashBoom(map);
        const r = doe(naam, { root: map, dryRun: false });
        expect(meldingen(r)).toEqual(verwacht);
        expect(r.ok).toBe(false);
        expect(r.geschreven).toBe(false);
        expect(hashBoom(map)).toBe(hash);
      } finally {
        opruimen();
      }
    });
  }

  it('een maand in de toekomst, een onleesbare maand of een periode zonder taakstelling', () => {
    expect(meldingen(doe('coa-2015-10.csv', { maand: '2027-01' }))).toEqual([
      `${TOON('coa-2015-10.csv')} — --maand: de stand op 1 januari 2027 ligt in de toekomst; verwacht een maand tot en met vandaag (1 juni 2026)`,
    ]);
    expect(meldingen(doe('coa-2015-10.csv', { maand: '2015-13' }))).toEqual([
      `${TOON('coa-2015-10.csv')} — --maand: "2015-13" is geen geldige maand; verwacht JJJJ-MM, bijvoorbeeld 2015-09`,
    ]);
    expect(meldingen(doe('coa-2015-10.csv', { maand: '2016-03' }))).toEqual([
      'data/taakstelling/2016-I.json — -: er is geen (leesbare) taakstelling voor periode 2016-I (eerste helft 2016); zet eerst data/taakstelling/2016-I.json klaar, daarna kan de stand op 1 maart 2016 worden ingelezen',
    ]);
    expect(meldingen(doe('komma.csv', { maand: undefined }))).toEqual([
      `${TOON('komma.csv')} — --maand: de maand is onbekend; verwacht --maand JJJJ-MM (de maand van de stand op de 1e, bijvoorbeeld --maand 2015-09), of de maand in de bestandsnaam`,
    ]);
  });

  it('haalt de maand uit de bestandsnaam als --maand ontbreekt', () => {
    const r = doe('coa-2015-10.csv', { maand: undefined });
    expect(r.ok).toBe(true);
    expect(r.doel).toBe('data/monitor/2015-10.json');
  });
});

describe('nooit stil overschrijven, altijd atomair schrijven', () => {
  it('een nieuwe maand wordt geschreven in dezelfde opmaak, en dan slaagt npm run check', () => {
    const { map, opruimen } = kopie(ROOT);
    try {
      const r = doe('puntkomma-nl-getallen.csv', { root: map, dryRun: false });
      expect(r.ok).toBe(true);
      expect(r.geschreven).toBe(true);
      const tekst = readFileSync(join(map, 'data/monitor/2015-10.json'), 'utf8');
      expect(tekst).toContain('    {"code":"GM0363","realisatie":1234,"nareizigers":400},\n');
      expect(JSON.parse(tekst).peildatum).toBe('2015-10-01');
      expect(bestandenIn(join(map, 'data/monitor'))).toEqual(['2015-08.json', '2015-09.json', '2015-10.json']);
      expect(valideerAlles(map, { vandaag: VANDAAG }).meldingen).toEqual([]);
    } finally {
      opruimen();
    }
  });

  it('een gepubliceerde maand wordt zonder --vervang niet overschreven; de verschillen worden getoond', () => {
    const hash = hashBoom(ROOT);
    const r = doe('correctie-2015-09.csv', { maand: '2015-09', dryRun: false });
    expect(r.ok).toBe(false);
    expect(r.geschreven).toBe(false);
    expect(meldingen(r)).toEqual([
      'data/monitor/2015-09.json — -: deze maand is al gepubliceerd en wordt niet overschreven; bekijk de verschillen hierboven en draai opnieuw met --vervang als de nieuwe cijfers kloppen',
    ]);
    expect(r.uitvoer).toContain('Verschillen (2 gemeenten):');
    expect(r.uitvoer).toContain('  GM0363 Amsterdam: realisatie 260 → 265');
    expect(r.uitvoer).toContain('  GM1900 Súdwest-Fryslân: realisatie 20 → 21');
    expect(hashBoom(ROOT)).toBe(hash);
  });

  it('met --vervang eerst de verschillen, dan vervangen', () => {
    const { map, opruimen } = kopie(ROOT);
    try {
      const r = doe('correctie-2015-09.csv', { root: map, maand: '2015-09', dryRun: false, vervang: true });
      expect(r.ok).toBe(true);
      expect(r.geschreven).toBe(true);
      const i = r.uitvoer.indexOf('  GM0363 Amsterdam: realisatie 260 → 265');
      expect(i).toBeGreaterThan(0);
      expect(r.uitvoer.findIndex((u) => u.startsWith('Vervangen: data/monitor/2015-09.json'))).toBeGreaterThan(i);
      const s = JSON.parse(readFileSync(join(map, 'data/monitor/2015-09.json'), 'utf8'));
      expect(s.gemeenten.find((g: { code: string }) => g.code === 'GM0363').realisatie).toBe(265);
      // bron, status and toelichting are kept from the published file
      expect(s.bron).toBe('Testgegevens');
      expect(s.toelichting).toBe('Kleine testset.');
    } finally {
      opruimen();
    }
  });

  it('met --vervang en --dry-run: verschillen tonen, niets schrijven', () => {
    const hash = hashBoom(ROOT);
    const r = doe('correctie-2015-09.csv', { maand: '2015-09', vervang: true });
    expect(r.ok).toBe(true);
    expect(r.uitvoer).toContain('  GM0363 Amsterdam: realisatie 260 → 265');
    expect(r.uitvoer.at(-1)).toBe('Proefdraai (--dry-run): data/monitor/2015-09.json is niet vervangen; er is niets opgeslagen.');
    expect(hashBoom(ROOT)).toBe(hash);
  });

  it('dezelfde cijfers nog eens: geen verschillen, niets geschreven', () => {
    const hash = hashBoom(ROOT);
    const r = doe('zelfde-als-2015-09.csv', { maand: '2015-09', dryRun: false, vervang: true });
    expect(r.ok).toBe(true);
    expect(r.geschreven).toBe(false);
    expect(r.uitvoer).toContain('Geen verschillen met de nieuwe export: er is niets opgeslagen.');
    expect(hashBoom(ROOT)).toBe(hash);
  });

  it('een import die halverwege mislukt laat alle bestanden zoals ze waren, zonder tijdelijk bestand', () => {
    const { map, opruimen } = kopie(ROOT);
    try {
      const hash = hashBoom(map);
      let tijdelijk = '';
      expect(() =>
        doe('correctie-2015-09.csv', {
          root: map,
          maand: '2015-09',
          dryRun: false,
          vervang: true,
          testVoorHernoemen: (pad) => {
            tijdelijk = pad;
            throw new Error('schijf vol');
          },
        }),
      ).toThrow('schijf vol');
      expect(tijdelijk).toMatch(/data\/monitor\/\.2015-09\.json\.\d+\.\d+\.tmp$/);
      expect(hashBoom(map)).toBe(hash);
      expect(bestandenIn(join(map, 'data/monitor'))).toEqual(['2015-08.json', '2015-09.json']);
    } finally {
      opruimen();
    }
  });
});

describe('npm run import (de opdrachtregel)', () => {
  const env = { ...process.env, OT_VANDAAG: VANDAAG, GITHUB_ACTIONS: '' };
  it('toont de meldingen, zegt dat er niets is opgeslagen en stopt met exitcode 1', () => {
    const r = spawnSync(
      process.execPath,
      ['scripts/import.ts', '--root', ROOT, EXPORT('onbekende-naam.csv'), '--maand', '2015-10'],
      { cwd: REPO, env, encoding: 'utf8' },
    );
    expect(r.status).toBe(1);
    expect(r.stderr).toContain('onbekende gemeente "Amsterdm"; bedoelt u "Amsterdam" (GM0363)?');
    expect(r.stderr).toContain('Import gestopt: er is niets opgeslagen (data/monitor/2015-10.json is niet veranderd).');
  });
  it("--duizendtallen en --bevestig (met komma's) werken op de opdrachtregel", () => {
    const args = ['scripts/import.ts', '--root', ROOT, EXPORT('getypt-1200000.csv'), '--maand', '2015-10', '--dry-run'];
    const zonder = spawnSync(process.execPath, args, { cwd: REPO, env, encoding: 'utf8' });
    expect(zonder.status).toBe(1);
    expect(zonder.stderr).toContain('draai dan opnieuw met --bevestig GM0363');
    const met = spawnSync(process.execPath, [...args, '--duizendtallen', '--bevestig', 'gm0363, PV27,NL'], {
      cwd: REPO,
      env,
      encoding: 'utf8',
    });
    expect(met.stderr).toBe('');
    expect(met.status).toBe(0);
  });
  it('het voorbeeldbestand in data/import-voorbeeld/ is een geldige export voor de echte site', () => {
    const hash = hashBoom(join(REPO, 'data'));
    const r = spawnSync(
      process.execPath,
      ['scripts/import.ts', 'data/import-voorbeeld/coa-2016-07.csv', '--dry-run', '--status', 'illustratief'],
      { cwd: REPO, env, encoding: 'utf8' },
    );
    expect(r.stderr).toBe('');
    expect(r.status).toBe(0);
    expect(r.stdout).toContain('Stand op 1 juli 2016: periode 2016-I (eerste helft 2016), indeling 2016');
    expect(r.stdout).toMatch(/Nederland\s+\d/);
    expect(hashBoom(join(REPO, 'data'))).toBe(hash);
  });
});

describe('naamvarianten', () => {
  it('gebruikt ook de lijst van de zoekfunctie (data/zoeken/naamvarianten.json, per CBS-code)', async () => {
    const { leesVarianten, GemeenteZoeker } = await import('../../../src/lib/import/gemeenten.ts');
    const v = leesVarianten({ _uitleg: 'x', gemeenten: { GM1900: ['Zuidwest-Friesland'] }, provincies: { PV21: ['Friesland'] } });
    expect(v).toEqual({ GM1900: ['Zuidwest-Friesland'] });
    const z = new GemeenteZoeker([{ code: 'GM1900', naam: 'Súdwest-Fryslân', provincie: 'PV21' }], v);
    const r = z.zoekNaam('zuidwest friesland');
    expect(r.ok && r.gemeente.code).toBe('GM1900');
  });
});

describe('de regels van de monitor gelden ook voor de import', () => {
  it('een oudere maand vervangen door hogere cijfers botst met de maand erna, en wordt geweigerd', () => {
    const hash = hashBoom(ROOT);
    const r = doe('coa-2015-10.csv', { maand: '2015-08', vervang: true, dryRun: false });
    expect(r.ok).toBe(false);
    expect(r.geschreven).toBe(false);
    const amsterdam = meldingen(r).find((m) => m.includes('GM0363'));
    expect(amsterdam).toMatch(
      /^data\/monitor\/2015-09\.json:10:35 — gemeenten\[1\]\.realisatie: GM0363 \(Amsterdam\): verwacht minstens 1\.234/,
    );
    expect(meldingen(r)).toHaveLength(7);
    expect(hashBoom(ROOT)).toBe(hash);
  });
});
