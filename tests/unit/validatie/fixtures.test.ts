/**
 * Every bad-input fixture under tests/fixtures/content/<geval>/ (a small project root with its
 * own content/, data/ and public/) gives exactly the Dutch messages an editor would see, with
 * file, line and field, and the check never changes a file.
 */
import { spawnSync } from 'node:child_process';
import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { THEMA_IDS } from '../../../src/schemas/referenties.ts';
import { formatMelding, formatMeldingen, valideerAlles } from '../../../src/lib/validatie/index.ts';
import validatie from '../../../src/integrations/validatie.ts';
import { FIXTURES, hashBoom, REPO } from './boom.ts';

const VANDAAG = '2026-06-01';
const MAP = join(FIXTURES, 'content');
const THEMAS = THEMA_IDS.join(', ');
const check = (geval: string) => valideerAlles(join(MAP, geval), { vandaag: VANDAAG }).meldingen.map(formatMelding);

/** Cases whose messages come entirely from this project's validation: asserted in full. */
const GEVALLEN: Record<string, string[]> = {
  goed: [],
  'bom-en-crlf': [],
  'data-goed': [],
  'yaml-kapot': [
    'content/vragen/yaml-kapot.mdx:5 — -: de frontmatter is geen geldige YAML (een veldnaam loopt over meer regels, of er ontbreekt een dubbele punt); controleer inspringing, dubbele punten en aanhalingstekens',
  ],
  'dubbel-veld': [
    'content/vragen/dubbel-veld.mdx:6 — -: de frontmatter is geen geldige YAML (een veld staat er twee keer in); controleer inspringing, dubbele punten en aanhalingstekens',
  ],
  'verkeerd-type': [
    `content/vragen/verkeerd-type.mdx:4 — themas: verwacht een lijst van thema's, gekozen uit: ${THEMAS}; gevonden: "procesverbetering"`,
    'content/vragen/verkeerd-type.mdx:5 — concept: verwacht true of false; gevonden: "ja"',
  ],
  'onbekend-thema': [`content/vragen/onbekend-thema.mdx:4 — themas[1]: onbekend thema "woningbouw"; kies uit: ${THEMAS}`],
  'onbekende-gemeentecode': [
    'content/voorbeelden/onbekende-gemeentecode.mdx:6 — gemeenten[1]: onbekende gemeentecode "GM9999"; verwacht een code uit data/gemeenten/',
    'content/voorbeelden/onbekende-gemeentecode.mdx:6 — gemeenten[2]: verwacht een CBS-gemeentecode zoals GM0363; gevonden: 518',
  ],
  'bronnen-ontbreken': ['content/vragen/bronnen-ontbreken.mdx:2 — bronnen: verplicht veld ontbreekt; verwacht een lijst van bronnen (titel en url)'],
  'datum-bestaat-niet': [
    'content/vragen/datum-bestaat-niet.mdx:3 — publicatiedatum: deze datum bestaat niet; verwacht een echte datum als JJJJ-MM-DD; gevonden: "2016-13-02"',
  ],
  'datum-in-de-toekomst': [
    'content/vragen/datum-in-de-toekomst.mdx:3 — publicatiedatum: deze datum ligt in de toekomst; verwacht een datum tot en met vandaag; gevonden: "2099-01-01"',
  ],
  'datum-verkeerde-vorm': [
    'content/vragen/datum-verkeerde-vorm.mdx:3 — publicatiedatum: verwacht een datum als JJJJ-MM-DD, bijvoorbeeld 2016-03-17; gevonden: "17-03-2016"',
  ],
  'kort-antwoord-te-lang': ['content/vragen/kort-antwoord-te-lang.mdx:6 — kortAntwoord: het korte antwoord is te lang (329 tekens); verwacht hoogstens 300 tekens'],
  'dubbele-slug': [
    'content/vragen/wie-is-verantwoordelijk.md — -: verkeerde extensie; verwacht .mdx (kleine letters)',
    'content/vragen/wie-is-verantwoordelijk.mdx — -: dubbele slug "wie-is-verantwoordelijk": content/vragen/wie-is-verantwoordelijk.md heeft dezelfde naam; verwacht een unieke bestandsnaam',
  ],
  'veldnaam-verkeerd': [
    'content/handreikingen/veldnaam-verkeerd.mdx:2 — samenvatting: verplicht veld ontbreekt; verwacht een samenvatting',
    'content/handreikingen/veldnaam-verkeerd.mdx:5 — samenvating: onbekend veld "samenvating"; bedoelt u "samenvatting"?',
  ],
  'link-kapot': [
    'content/vragen/link-kapot.mdx:12 — tekst: link naar "/themas/procesverbeteren/" leidt naar een pagina die niet bestaat; bedoelt u "/themas/procesverbetering/"?',
  ],
  'relatieve-link': [
    'content/vragen/relatieve-link.mdx:12 — tekst: link "procesverbetering" is relatief; verwacht een link die met / begint, zoals /themas/woningdelen/',
  ],
  'download-ontbreekt': [
    'content/handreikingen/download-ontbreekt.mdx:10 — downloads[0].bestand: het bestand "/downloads/stappenplan-2016.pdf" bestaat niet; verwacht het in public/downloads/stappenplan-2016.pdf',
  ],
  'afbeelding-ontbreekt': [
    'content/handreikingen/afbeelding-ontbreekt.mdx:17 — tekst: afbeelding "/afbeeldingen/woningdelen.jpg" bestaat niet; verwacht het bestand in public/afbeeldingen/woningdelen.jpg',
  ],
  'afbeelding-zonder-beschrijving': [
    'content/handreikingen/afbeelding-zonder-beschrijving.mdx:17 — tekst: afbeelding "/afbeeldingen/woningdelen.png" heeft geen beschrijving; verwacht een korte beschrijving tussen de [ ], zoals ![Flexwoningen aan de rand van het dorp](/afbeeldingen/woningdelen.png)',
  ],
  'leeg-bestand': ['content/vragen/leeg-bestand.mdx:1 — -: het bestand is leeg; verwacht frontmatter tussen twee regels met ---'],
  'lege-tekst': ['content/vragen/lege-tekst.mdx:11 — tekst: de tekst is leeg; verwacht de tekst van de pagina onder de tweede regel met ---'],
  'geen-frontmatter': ['content/vragen/geen-frontmatter.mdx:1 — -: het bestand begint niet met ---; verwacht frontmatter tussen twee regels met ---'],
  'frontmatter-niet-afgesloten': [
    'content/vragen/frontmatter-niet-afgesloten.mdx:1 — -: de frontmatter wordt niet afgesloten; verwacht een tweede regel met ---',
  ],
  'mdx-kapot': [
    'content/vragen/mdx-kapot.mdx:12 — tekst: de tekst is geen geldige MDX: er staat een { zonder bijbehorende }; verwacht gewone tekst: schrijf \\{ of \\< als u het teken zelf bedoelt',
  ],
  'onbekend-onderdeel': [
    'content/vragen/onbekend-onderdeel.mdx:14 — tekst: onbekend onderdeel <Grafiek>; verwacht gewone tekst, koppen, lijsten, links en afbeeldingen',
  ],
  'tekst-in-getalveld': [
    'content/voorbeelden/tekst-in-getalveld.mdx:9 — aantalWooneenheden: verwacht een getal voor aantalWooneenheden (zonder punt of aanhalingstekens); gevonden: "vijfhonderd"',
    'content/voorbeelden/tekst-in-getalveld.mdx:10 — aantalVergunninghouders: verwacht een heel getal voor aantalVergunninghouders; schrijf 1200 zonder punt',
  ],
  'vraag-zonder-vraagteken': [
    'content/vragen/vraag-zonder-vraagteken.mdx:2 — title: verwacht de vraag als titel, eindigend op een vraagteken; gevonden: "Wie is verantwoordelijk"',
  ],
  'bijgewerkt-voor-publicatie': [
    'content/factsheets/bijgewerkt-voor-publicatie.mdx:4 — laatstBijgewerkt: laatstBijgewerkt ligt vóór publicatiedatum; verwacht een datum op of na de publicatiedatum; gevonden: "2016-01-01"',
  ],
  'ongeldige-bestandsnaam': [
    'content/vragen/Wie is verantwoordelijk.mdx — -: ongeldige bestandsnaam "Wie is verantwoordelijk"; verwacht kleine letters, cijfers en streepjes, bijvoorbeeld "wie-is-verantwoordelijk.mdx"',
  ],
  'webadres-zonder-https': [
    'content/vragen/webadres-zonder-https.mdx:9 — bronnen[0].url: verwacht een volledig webadres dat begint met https://; gevonden: "www.rijksoverheid.nl"',
  ],
  plaatshouder: [
    'content/vragen/plaatshouder.mdx:5 — categorie: nog niet ingevuld: vervang "VUL IN" door de echte waarde; kies uit: taakstelling, woningen en locaties, geld en regelingen, proces en samenwerking, toezicht, wonen en meedoen',
    'content/vragen/plaatshouder.mdx:6 — kortAntwoord: nog niet ingevuld: vervang "VUL IN: het antwoord in één zin" door de echte inhoud',
    'content/vragen/plaatshouder.mdx:12 — tekst: nog niet ingevuld: vervang "VUL IN: het volledige antwoord. Zie [het thema](/themas/procesverbetering/)." door de echte tekst',
  ],
  'themas-json-kapot': [
    "data/themas.json:18:5 — -: het bestand is geen geldige JSON (er ontbreekt een komma of een haakje); controleer komma's, aanhalingstekens en haakjes op of vlak vóór regel 18",
  ],
  'themas-dubbel-id': ['data/themas.json:5:10 — [3].id: het thema "woningdelen" staat er twee keer in; verwacht elk id één keer'],
  'data-json-kapot': [
    "data/monitor/2015-08.json:7:3 — -: het bestand is geen geldige JSON (er ontbreekt een komma of een haakje); controleer komma's, aanhalingstekens en haakjes op of vlak vóór regel 7",
  ],
};

/**
 * Monitor-data cases: the rule and its wording belong to src/schemas/data/; here we assert the
 * place (file, line, field), the gemeente and the key part of what was expected.
 */
const MONITOR_GEVALLEN: Record<string, { plek: string; bevat: string[] }[]> = {
  'data-tekst-in-getal': [{ plek: 'data/monitor/2015-08.json:10:35 — gemeenten[1].realisatie: ', bevat: ['GM0363 (Amsterdam)', 'verwacht een geheel getal van 0 of meer', '"120"'] }],
  'data-negatief': [{ plek: 'data/monitor/2015-08.json:13:35 — gemeenten[4].realisatie: ', bevat: ["GM0796 ('s-Hertogenbosch)", 'verwacht een geheel getal van 0 of meer', '-3'] }],
  'data-lager-dan-vorige-maand': [{ plek: 'data/monitor/2015-09.json:12:35 — gemeenten[3].realisatie: ', bevat: ["GM0518 ('s-Gravenhage)", 'verwacht minstens 80', '75'] }],
  'data-gemeente-ontbreekt': [{ plek: 'data/monitor/2015-08.json:8:16 — gemeenten: ', bevat: ['GM0893 (Bergen (L.))', 'ontbreekt'] }],
  'data-peildatum-toekomst': [
    { plek: 'data/monitor/2099-08.json:2:16 — peildatum: ', bevat: ['toekomst', 'vandaag (1 juni 2026)'] },
    { plek: 'data/monitor/2099-08.json:2:16 — peildatum: ', bevat: ['past niet bij periode 2015-II'] },
  ],
};

let voor: string;
beforeAll(() => {
  voor = hashBoom(MAP);
});
afterAll(() => {
  // No check may change, add or remove a file in any fixture root.
  expect(hashBoom(MAP)).toBe(voor);
});

describe('fixtures: elke melding precies zoals de redacteur hem ziet', () => {
  it('elke map in tests/fixtures/content heeft een verwachting', () => {
    const mappen = readdirSync(MAP).filter((m) => !m.startsWith('.')).sort();
    expect(mappen).toEqual([...Object.keys(GEVALLEN), ...Object.keys(MONITOR_GEVALLEN)].sort());
  });

  for (const [geval, verwacht] of Object.entries(GEVALLEN)) {
    it(geval, () => {
      const hash = hashBoom(join(MAP, geval));
      expect(check(geval)).toEqual(verwacht);
      expect(hashBoom(join(MAP, geval))).toBe(hash);
    });
  }

  for (const [geval, verwacht] of Object.entries(MONITOR_GEVALLEN)) {
    it(`${geval} (regels van src/lib/monitor)`, () => {
      const hash = hashBoom(join(MAP, geval));
      const meldingen = check(geval);
      expect(meldingen).toHaveLength(verwacht.length);
      verwacht.forEach((v, i) => {
        expect(meldingen[i]!.startsWith(v.plek), meldingen[i]).toBe(true);
        for (const b of v.bevat) expect(meldingen[i]).toContain(b);
      });
      expect(hashBoom(join(MAP, geval))).toBe(hash);
    });
  }
});

describe('check en build zijn het eens', () => {
  it('de build-integratie stopt met precies dezelfde meldingen als npm run check', () => {
    const root = join(MAP, 'onbekend-thema');
    const vorig = process.env.OT_VANDAAG;
    process.env.OT_VANDAAG = VANDAAG;
    try {
      const hook = validatie().hooks['astro:config:setup'] as (o: unknown) => void;
      const logger = { info: () => {} };
      expect(() => hook({ config: { root: pathToFileURL(`${root}/`) }, logger })).toThrow(
        formatMeldingen(valideerAlles(root).meldingen),
      );
      expect(() => hook({ config: { root: pathToFileURL(`${join(MAP, 'goed')}/`) }, logger })).not.toThrow();
    } finally {
      if (vorig === undefined) delete process.env.OT_VANDAAG;
      else process.env.OT_VANDAAG = vorig;
    }
  });

  it('npm run check geeft exitcode 1 en alle meldingen, of 0 als alles klopt', () => {
    const env = { ...process.env, OT_VANDAAG: VANDAAG, GITHUB_ACTIONS: '' };
    const fout = spawnSync(process.execPath, ['scripts/check.ts', join(MAP, 'tekst-in-getalveld')], { cwd: REPO, env, encoding: 'utf8' });
    expect(fout.status).toBe(1);
    expect(fout.stderr).toContain('2 problemen gevonden:');
    expect(fout.stderr).toContain('content/voorbeelden/tekst-in-getalveld.mdx:9 — aantalWooneenheden:');
    expect(fout.stderr).toContain('Controle mislukt: 2 problemen');
    const goed = spawnSync(process.execPath, ['scripts/check.ts', join(MAP, 'goed')], { cwd: REPO, env, encoding: 'utf8' });
    expect(goed.status).toBe(0);
    expect(goed.stdout).toContain("Controle geslaagd: 4 pagina's");
  });
});

describe('de echte site', () => {
  it('wordt in minder dan 10 seconden helemaal gecontroleerd, met alleen volledige meldingen', () => {
    const start = performance.now();
    const { meldingen, items, dataBestanden } = valideerAlles(REPO);
    const ms = performance.now() - start;
    expect(ms).toBeLessThan(10_000);
    expect(items.length).toBeGreaterThan(0);
    expect(dataBestanden).toBeGreaterThan(0);
    for (const m of meldingen) {
      expect(m.bestand).not.toBe('');
      expect(m.veld).not.toBe('');
      expect(m.melding).toMatch(/verwacht|bedoelt u|vervang/);
    }
  });
});
