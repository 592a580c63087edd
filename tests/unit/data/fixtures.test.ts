/**
 * Bad data as editors make it: every root under tests/fixtures/data/<geval>/ (written by
 * tests/fixtures/data/maak-fixtures.ts from the valid tests/fixtures/content/data-goed/) gives
 * exactly these Dutch messages, with file, line, column and field; the build stops with the
 * same messages as npm run check; and no file is changed.
 */
import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import validatie from '../../../src/integrations/validatie.ts';
import { formatMelding, formatMeldingen, valideerAlles } from '../../../src/lib/validatie/index.ts';
import { FIXTURES, hashBoom } from '../validatie/boom.ts';

const VANDAAG = '2026-06-01';
const MAP = join(FIXTURES, 'data');
const check = (geval: string) => valideerAlles(join(MAP, geval), { vandaag: VANDAAG }).meldingen.map(formatMelding);
const bevestig = (code: string) =>
  `is het getal fout (een punt, komma of nul te veel?), verbeter het dan; klopt het wel, zet dan {"code": "${code}", "reden": "…"} in "bevestigd" (zie docs/redactie.md, Ongewone getallen)`;
const UTF8 = 'sla het bestand op als UTF-8: in Kladblok via Opslaan als → Codering: UTF-8, in Visual Studio Code via de codering rechtsonder → Opslaan met codering → UTF-8';

const GEVALLEN: Record<string, string[]> = {
  'dubbele-sleutel': [
    'data/monitor/2015-09.json:7:3 — status: het veld "status" staat twee keer in hetzelfde blok (ook op regel 6); verwacht elk veld één keer: verwijder een van de twee',
  ],
  'maand-ontbreekt': [
    'data/monitor/2015-11.json:2:16 — peildatum: de stand op 1 oktober 2015 ontbreekt: verwacht data/monitor/2015-10.json tussen de standen op 1 september 2015 en 1 november 2015 van periode 2015-II; anders toont de site een oudere stand als de laatste',
  ],
  'onbekend-veld-nareizgers': ['data/monitor/2015-09.json:10:39 — gemeenten[1].nareizgers: GM0363 (Amsterdam): onbekend veld "nareizgers"; bedoelt u "nareizigers"?'],
  'formule-in-naam': [
    'data/gemeenten/2015.json:3:29 — [1].naam: GM0363: "=HYPERLINK("https://example.org","Amsterdam")" begint met een teken (= + - @, tab of regelovergang) dat een spreadsheet als formule leest; verwacht een gewone naam die met een letter of cijfer begint',
  ],
  'getypt-1200000': [
    `data/monitor/2015-09.json:10:35 — gemeenten[1].realisatie: GM0363 (Amsterdam): realisatie 1.200.000 is meer dan 2 keer de gecorrigeerde taakstelling (780) van periode 2015-II; verwacht hoogstens 1.560: ${bevestig('GM0363')}`,
  ],
  'punt-in-getal': [
    'data/monitor/2015-09.json:10:35 — gemeenten[1].realisatie: het getal 15.000 heeft een punt of e: JSON leest dat als 15, niet als 15000; verwacht een heel getal zonder punt, zoals 15 of 15000',
  ],
  'sprong-in-een-maand': [
    `data/monitor/2015-10.json:10:35 — gemeenten[1].realisatie: GM0363 (Amsterdam): realisatie steeg in één maand met 840 (van 260 naar 1.100), meer dan de hele gecorrigeerde taakstelling (780) van periode 2015-II; verwacht een stijging van hoogstens 780: ${bevestig('GM0363')}`,
  ],
  'percentage-provincie': [
    `data/monitor/2015-09.json:11:16 — gemeenten: provincie PV27 is 174% van de gecorrigeerde taakstelling gerealiseerd (1.409 van 810); verwacht hoogstens 150%: ${bevestig('PV27')}`,
  ],
  'percentage-bevestigd': [],
  'bevestigd-onbekende-code': [
    'data/monitor/2015-09.json:9:14 — bevestigd[0].code: deze code hoort niet bij de indeling 2015 of bij data/provincies.json; verwacht een gemeente van dit bestand, een provincie of NL; gevonden: "GM9999"',
  ],
  'utf-16': [`data/provincies.json:1 — -: het bestand is opgeslagen als UTF-16 ("Unicode"), niet als UTF-8; ${UTF8}`],
  'windows-1252': [
    `data/gemeenten/2015.json:1 — -: het bestand is niet opgeslagen als UTF-8 (waarschijnlijk Windows-1252 of "ANSI": letters als é en ë worden dan verkeerd gelezen); ${UTF8}`,
  ],
  'onbekend-bestand': [
    'data/notities.json — -: onbekend gegevensbestand: de site leest dit bestand niet; verwacht een van: data/themas.json, data/provincies.json, data/gemeenten/2016.json, data/inwoners/2016.json, data/herindelingen.json, data/taakstelling/2016-I.json, data/monitor/2016-06.json, data/zoeken/naamvarianten.json, data/zoeken/synoniemen.json, data/zoeken/relevantie.json, data/geo/gemeenten-2016.topo.json, data/landelijke-reeks.json, data/meldingen.json, data/vrijstellingen.json, data/toezicht.json, data/uitruil.json, data/advies/regels.json, src/lib/import/naamvarianten.json (of verplaats het naar een map buiten data/)',
  ],
};

let voor: string;
beforeAll(() => {
  voor = hashBoom(MAP);
});
afterAll(() => {
  expect(hashBoom(MAP)).toBe(voor);
});

describe('data fixtures: the exact message an editor sees', () => {
  it('every folder in tests/fixtures/data has an expectation', () => {
    const mappen = readdirSync(MAP, { withFileTypes: true }).filter((d) => d.isDirectory()).map((d) => d.name).sort();
    expect(mappen).toEqual(Object.keys(GEVALLEN).sort());
  });
  for (const [geval, verwacht] of Object.entries(GEVALLEN)) {
    it(geval, () => {
      const hash = hashBoom(join(MAP, geval));
      expect(check(geval)).toEqual(verwacht);
      expect(hashBoom(join(MAP, geval))).toBe(hash);
    });
  }
});

describe('the build stops with the same messages as npm run check', () => {
  const hook = validatie().hooks['astro:config:setup'] as (o: unknown) => void;
  const logger = { info: () => {} };
  for (const geval of Object.keys(GEVALLEN).filter((g) => GEVALLEN[g]!.length > 0)) {
    it(geval, () => {
      const vorig = process.env.OT_VANDAAG;
      process.env.OT_VANDAAG = VANDAAG; // the content schemas still read it (src/schemas/velden.ts)
      try {
        const root = join(MAP, geval);
        expect(() => hook({ config: { root: pathToFileURL(`${root}/`) }, logger })).toThrow(formatMeldingen(valideerAlles(root, { vandaag: VANDAAG }).meldingen));
      } finally {
        if (vorig === undefined) delete process.env.OT_VANDAAG;
        else process.env.OT_VANDAAG = vorig;
      }
    });
  }
});
