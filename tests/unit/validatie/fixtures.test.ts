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
import { TOEGESTANE_HTML } from '../../../src/lib/validatie/mdx.ts';

const VANDAAG = '2026-06-01';
const MAP = join(FIXTURES, 'content');
const THEMAS = THEMA_IDS.join(', ');
const HTML = Object.keys(TOEGESTANE_HTML).join(', ');
const check = (geval: string) => valideerAlles(join(MAP, geval), { vandaag: VANDAAG }).meldingen.map(formatMelding);

/** Cases whose messages come entirely from this project's validation: asserted in full. */
const GEVALLEN: Record<string, string[]> = {
  goed: [],
  'bom-en-crlf': [],
  'data-goed': [],
  'yaml-kapot': [
    'content/vragen/yaml-kapot.mdx:5:1 — -: de frontmatter is geen geldige YAML (een veldnaam loopt over meer regels, of er ontbreekt een dubbele punt); controleer inspringing, dubbele punten en aanhalingstekens',
  ],
  'dubbel-veld': [
    'content/vragen/dubbel-veld.mdx:6:1 — -: de frontmatter is geen geldige YAML (een veld staat er twee keer in); controleer inspringing, dubbele punten en aanhalingstekens',
  ],
  'verkeerd-type': [
    `content/vragen/verkeerd-type.mdx:4:1 — themas: verwacht een lijst van thema's, gekozen uit: ${THEMAS}; gevonden: "procesverbetering"`,
    'content/vragen/verkeerd-type.mdx:5:1 — concept: verwacht true of false; gevonden: "ja"',
  ],
  'onbekend-thema': [`content/vragen/onbekend-thema.mdx:4:29 — themas[1]: onbekend thema "woningbouw"; kies uit: ${THEMAS}`],
  'onbekende-gemeentecode': [
    'content/voorbeelden/onbekende-gemeentecode.mdx:6:21 — gemeenten[1]: onbekende gemeentecode "GM9999"; verwacht een code uit data/gemeenten/',
    'content/voorbeelden/onbekende-gemeentecode.mdx:6:29 — gemeenten[2]: verwacht een CBS-gemeentecode zoals GM0363; gevonden: 518',
  ],
  'bronnen-ontbreken': [
    'content/vragen/bronnen-ontbreken.mdx:2:1 — bronnen: verplicht veld ontbreekt; verwacht een lijst van bronnen (titel en url)',
  ],
  'datum-bestaat-niet': [
    'content/vragen/datum-bestaat-niet.mdx:3:1 — publicatiedatum: deze datum bestaat niet; verwacht een echte datum als JJJJ-MM-DD; gevonden: "2016-13-02"',
  ],
  'datum-in-de-toekomst': [
    'content/vragen/datum-in-de-toekomst.mdx:3:1 — publicatiedatum: deze datum ligt in de toekomst; verwacht een datum tot en met vandaag; gevonden: "2099-01-01"',
  ],
  'datum-verkeerde-vorm': [
    'content/vragen/datum-verkeerde-vorm.mdx:3:1 — publicatiedatum: verwacht een datum als JJJJ-MM-DD, bijvoorbeeld 2016-03-17; gevonden: "17-03-2016"',
  ],
  'kort-antwoord-te-lang': [
    'content/vragen/kort-antwoord-te-lang.mdx:6:1 — kortAntwoord: het korte antwoord is te lang (329 tekens); verwacht hoogstens 300 tekens',
  ],
  'dubbele-slug': [
    'content/vragen/wie-is-verantwoordelijk.md — -: verkeerde extensie; verwacht .mdx (kleine letters)',
    'content/vragen/wie-is-verantwoordelijk.md — -: dubbele slug "wie-is-verantwoordelijk": content/vragen/wie-is-verantwoordelijk.mdx heeft dezelfde naam; verwacht een unieke bestandsnaam',
    'content/vragen/wie-is-verantwoordelijk.mdx — -: dubbele slug "wie-is-verantwoordelijk": content/vragen/wie-is-verantwoordelijk.md heeft dezelfde naam; verwacht een unieke bestandsnaam',
  ],
  'veldnaam-verkeerd': [
    'content/handreikingen/veldnaam-verkeerd.mdx:2:1 — samenvatting: verplicht veld ontbreekt; verwacht een samenvatting',
    'content/handreikingen/veldnaam-verkeerd.mdx:5:1 — samenvating: onbekend veld "samenvating"; bedoelt u "samenvatting"?',
  ],
  'link-kapot': [
    'content/vragen/link-kapot.mdx:13:38 — tekst: link naar "/themas/procesverbeteren/" leidt naar een pagina die niet bestaat; bedoelt u "/themas/procesverbetering/"?',
  ],
  'relatieve-link': [
    'content/vragen/relatieve-link.mdx:13:38 — tekst: link "procesverbetering" is relatief; verwacht een link die met / begint, zoals /themas/woningdelen/',
  ],
  'download-ontbreekt': [
    'content/handreikingen/download-ontbreekt.mdx:10 — downloads[0].bestand: het bestand "/downloads/stappenplan-2016.pdf" bestaat niet; verwacht het in public/downloads/stappenplan-2016.pdf',
  ],
  'afbeelding-ontbreekt': [
    'content/handreikingen/afbeelding-ontbreekt.mdx:18:1 — tekst: afbeelding "/afbeeldingen/woningdelen.jpg" bestaat niet; verwacht het bestand in public/afbeeldingen/woningdelen.jpg',
  ],
  'afbeelding-zonder-beschrijving': [
    'content/handreikingen/afbeelding-zonder-beschrijving.mdx:18:1 — tekst: afbeelding "/afbeeldingen/woningdelen.png" heeft geen beschrijving; verwacht een korte beschrijving tussen de [ ], zoals ![Flexwoningen aan de rand van het dorp](/afbeeldingen/woningdelen.png)',
  ],
  'leeg-bestand': ['content/vragen/leeg-bestand.mdx:1 — -: het bestand is leeg; verwacht frontmatter tussen twee regels met ---'],
  'lege-tekst': [
    'content/vragen/lege-tekst.mdx:12 — tekst: de tekst is leeg; verwacht de tekst van de pagina onder de tweede regel met ---',
  ],
  'geen-frontmatter': [
    'content/vragen/geen-frontmatter.mdx:1 — -: het bestand begint niet met ---; verwacht frontmatter tussen twee regels met ---',
  ],
  'frontmatter-niet-afgesloten': [
    'content/vragen/frontmatter-niet-afgesloten.mdx:1 — -: de frontmatter wordt niet afgesloten; verwacht een tweede regel met ---',
  ],
  'mdx-kapot': [
    'content/vragen/mdx-kapot.mdx:13:33 — tekst: de tekst is geen geldige MDX: er staat een { zonder bijbehorende }; verwacht gewone tekst: schrijf \\{ of \\< als u het teken zelf bedoelt',
  ],
  'onbekend-onderdeel': [
    'content/vragen/onbekend-onderdeel.mdx:15:1 — tekst: onbekend onderdeel <Grafiek>: toegestane onderdelen: geen (de opmaak biedt geen onderdelen aan); verwacht gewone tekst, koppen, lijsten, links en afbeeldingen',
  ],
  'tekst-in-getalveld': [
    'content/voorbeelden/tekst-in-getalveld.mdx:9:1 — aantalWooneenheden: verwacht een getal voor aantalWooneenheden (zonder punt of aanhalingstekens); gevonden: "vijfhonderd"',
    'content/voorbeelden/tekst-in-getalveld.mdx:10:1 — aantalVergunninghouders: verwacht een heel getal voor aantalVergunninghouders; schrijf 1200 zonder punt',
  ],
  'vraag-zonder-vraagteken': [
    'content/vragen/vraag-zonder-vraagteken.mdx:2:1 — title: verwacht de vraag als titel, eindigend op een vraagteken; gevonden: "Wie is verantwoordelijk"',
  ],
  'bijgewerkt-voor-publicatie': [
    'content/factsheets/bijgewerkt-voor-publicatie.mdx:4:1 — laatstBijgewerkt: laatstBijgewerkt ligt vóór publicatiedatum; verwacht een datum op of na de publicatiedatum; gevonden: "2016-01-01"',
  ],
  'ongeldige-bestandsnaam': [
    'content/vragen/Wie is verantwoordelijk.mdx — -: ongeldige bestandsnaam "Wie is verantwoordelijk"; verwacht kleine letters, cijfers en streepjes, bijvoorbeeld "wie-is-verantwoordelijk.mdx"',
  ],
  'webadres-zonder-https': [
    'content/vragen/webadres-zonder-https.mdx:9:5 — bronnen[0].url: verwacht een volledig webadres dat begint met https://; gevonden: "www.rijksoverheid.nl"',
  ],
  plaatshouder: [
    'content/vragen/plaatshouder.mdx:5:1 — categorie: nog niet ingevuld: vervang "VUL IN" door de echte waarde; kies uit: taakstelling, woningen en locaties, geld en regelingen, proces en samenwerking, toezicht, wonen en meedoen',
    'content/vragen/plaatshouder.mdx:6:1 — kortAntwoord: nog niet ingevuld: vervang "VUL IN: het antwoord in één zin" door de echte inhoud',
    'content/vragen/plaatshouder.mdx:13:1 — tekst: nog niet ingevuld: vervang "VUL IN: het volledige antwoord. Zie [het thema](/themas/procesverbetering/)." door de echte tekst',
  ],
  'themas-json-kapot': [
    "data/themas.json:18:5 — -: het bestand is geen geldige JSON (er ontbreekt een komma of een haakje); controleer komma's, aanhalingstekens en haakjes op of vlak vóór regel 18",
  ],
  'themas-dubbel-id': ['data/themas.json:5:10 — [3].id: het thema "woningdelen" staat er twee keer in; verwacht elk id één keer'],
  'data-json-kapot': [
    "data/monitor/2015-08.json:7:3 — -: het bestand is geen geldige JSON (er ontbreekt een komma of een haakje); controleer komma's, aanhalingstekens en haakjes op of vlak vóór regel 7",
  ],
  // Issue 9 and 11 (content side): MDX is content, not code; what the build publishes; rules across files; freshness.
  versheid: [
    'content/vragen/lang-geleden.mdx:4:1 — gecontroleerd: waarschuwing: laatst gecontroleerd op 1 maart 2019, meer dan 12 maanden geleden; verwacht een nieuwe controle van de feiten tegen openbare bronnen, en daarna de datum van die controle bij gecontroleerd',
    'content/vragen/nooit-gecontroleerd.mdx:2:1 — gecontroleerd: verplicht veld ontbreekt; verwacht een datum als JJJJ-MM-DD',
    'content/vragen/ruim-een-jaar.mdx:5:1 — gecontroleerd: waarschuwing: laatst gecontroleerd op 1 mei 2025, meer dan 12 maanden geleden; verwacht een nieuwe controle van de feiten tegen openbare bronnen, en daarna de datum van die controle bij gecontroleerd',
  ],
  'gecontroleerd-oud': [
    'content/vragen/gecontroleerd-oud.mdx:4:1 — gecontroleerd: waarschuwing: laatst gecontroleerd op 15 januari 2020, meer dan 12 maanden geleden; verwacht een nieuwe controle van de feiten tegen openbare bronnen, en daarna de datum van die controle bij gecontroleerd',
  ],
  'gemeente-opgeheven': [
    `content/voorbeelden/woningen-in-bussum.mdx:6:13 — gemeenten[0]: gemeente "GM0381" (Bussum) bestaat niet meer op de datum van de stand (april 2024): zij is per 1 januari 2016 opgegaan in "GM1942" (Gooise Meren); bedoelt u "GM1942"?`,
  ],
  'html-afbeelding-extern': [
    `content/vragen/html-afbeelding-extern.mdx:15:1 — tekst: de afbeelding "https://example.com/teller.gif" staat op een andere site: de site laadt niets van andere sites; verwacht een afbeelding in public/afbeeldingen/, zoals /afbeeldingen/naam.jpg`,
  ],
  'html-base': [
    `content/vragen/html-base.mdx:15:1 — tekst: het HTML-element <base> is niet toegestaan (het verandert waar alle links van de pagina heen gaan); verwacht gewone tekst, of een van deze elementen: ${HTML}`,
  ],
  'html-form-extern': [
    `content/vragen/html-form-extern.mdx:15:1 — tekst: het HTML-element <form> is niet toegestaan (het stuurt gegevens van bezoekers weg); verwacht gewone tekst, of een van deze elementen: ${HTML}`,
  ],
  'html-iframe': [
    `content/vragen/html-iframe.mdx:15:1 — tekst: het HTML-element <iframe> is niet toegestaan (het laadt een pagina van een andere site); verwacht gewone tekst, of een van deze elementen: ${HTML}`,
  ],
  'html-link-stylesheet': [
    `content/vragen/html-link-stylesheet.mdx:15:1 — tekst: het HTML-element <link> is niet toegestaan (het laadt een bestand van buiten de tekst); verwacht gewone tekst, of een van deze elementen: ${HTML}`,
  ],
  'html-meta-refresh': [
    `content/vragen/html-meta-refresh.mdx:15:1 — tekst: het HTML-element <meta> is niet toegestaan (het verandert hoe de browser de pagina behandelt, bijvoorbeeld een doorverwijzing); verwacht gewone tekst, of een van deze elementen: ${HTML}`,
  ],
  'html-onclick': [
    `content/vragen/html-onclick.mdx:13:16 — tekst: het attribuut onclick op <span> is niet toegestaan: on…-attributen voeren code uit; verwacht alleen lang, title`,
  ],
  'html-script': [
    `content/vragen/html-script.mdx:15:1 — tekst: het HTML-element <script> is niet toegestaan (het voert code uit); verwacht gewone tekst, of een van deze elementen: ${HTML}`,
  ],
  'html-style-attribuut': [
    `content/vragen/html-style-attribuut.mdx:13:1 — tekst: het attribuut style op <p> is niet toegestaan: opmaak hoort in de stylesheet van de site; verwacht alleen lang, title`,
  ],
  'html-toegestaan': [],
  'import-onbekend-onderdeel': [
    `content/vragen/import-onbekend-onderdeel.mdx:13:1 — tekst: import is niet toegestaan ("import Grafiek from '../../src/components/Grafiek.astro'"): een pagina is tekst, geen code; verwacht gewone tekst, koppen, lijsten, links en afbeeldingen`,
    `content/vragen/import-onbekend-onderdeel.mdx:17:1 — tekst: onbekend onderdeel <Grafiek>: toegestane onderdelen: geen (de opmaak biedt geen onderdelen aan); verwacht gewone tekst, koppen, lijsten, links en afbeeldingen`,
  ],
  'javascript-link': [
    `content/vragen/javascript-link.mdx:13:16 — tekst: het adres "javascript:alert(1)" bij href van <a> is niet toegestaan: javascript:- en data:-adressen voeren code uit of verbergen inhoud; verwacht een adres dat begint met https:// of met /`,
  ],
  'markdown-afbeelding-extern': [
    `content/vragen/markdown-afbeelding-extern.mdx:15:1 — tekst: de afbeelding "https://example.com/logo.png" staat op een andere site: de site laadt niets van andere sites; verwacht een afbeelding in public/afbeeldingen/, zoals /afbeeldingen/naam.jpg`,
  ],
  'mdx-export': [
    `content/vragen/mdx-export.mdx:13:1 — tekst: export is niet toegestaan ("export const thuis = process.env.HOME"): een pagina is tekst, geen code; verwacht gewone tekst, koppen, lijsten, links en afbeeldingen`,
  ],
  'mdx-process-env': [
    `content/vragen/mdx-process-env.mdx:13:45 — tekst: code tussen accolades is niet toegestaan ("{process.env.PATH}"): een pagina is tekst, geen code; verwacht gewone tekst (schrijf \\{ als u het teken zelf bedoelt; commentaar {/* … */} mag wel)`,
  ],
  'mdx-readfilesync': [
    `content/vragen/mdx-readfilesync.mdx:13:1 — tekst: import is niet toegestaan ("import { readFileSync } from 'node:fs'"): een pagina is tekst, geen code; verwacht gewone tekst, koppen, lijsten, links en afbeeldingen`,
    `content/vragen/mdx-readfilesync.mdx:15:30 — tekst: code tussen accolades is niet toegestaan ("{readFileSync('/etc/hostname', 'utf8')}"): een pagina is tekst, geen code; verwacht gewone tekst (schrijf \\{ als u het teken zelf bedoelt; commentaar {/* … */} mag wel)`,
  ],
  'onbekend-veld-genest': [
    `content/vragen/onbekend-veld-genest.mdx:10:5 — bronnen[0].datun: onbekend veld "datun"; bedoelt u "datum"?`,
  ],
  'regeling-gesloten-zonder-verder': [
    `content/vragen/regeling-gesloten-zonder-verder.mdx:4:1 — regeling.verder: de regeling staat op gesloten, maar er staat niet waar de lezer nu terecht kan; verwacht verder: met titel en url`,
  ],
  'regeling-verlopen-open': [
    `content/vragen/regeling-verlopen-open.mdx:7:3 — regeling.stand: de regeling is geëindigd op 31 december 2025, maar staat nog op "open"; verwacht stand: gesloten, een tekst die zegt dat de regeling sinds 31 december 2025 gesloten is, en bij verder: waar de lezer nu terecht kan`,
  ],
  'route-botsing-index': [
    `content/vragen/index.mdx — -: de naam "index" is al in gebruik door een vaste pagina (/vragen/index/), dus deze pagina zou nooit verschijnen; verwacht een andere bestandsnaam, bijvoorbeeld "index-vraag.mdx"`,
  ],
  'route-botsing-overzicht': [
    `content/voorbeelden/overzicht.mdx — -: de naam "overzicht" is al in gebruik door een vaste pagina (/goede-voorbeelden/overzicht/), dus deze pagina zou nooit verschijnen; verwacht een andere bestandsnaam, bijvoorbeeld "overzicht-goed-voorbeeld.mdx"`,
  ],
  'start-in-toekomst': [
    `content/voorbeelden/startblok-in-amsterdam.mdx:11:1 — startdatum: deze datum ligt in de toekomst; verwacht een datum tot en met vandaag, of fase "in voorbereiding" voor een geplande start; gevonden: "2030-03"`,
    `content/voorbeelden/startblok-in-amsterdam.mdx:14:3 — status.datum: de stand (1 juni 2016) ligt vóór de startdatum (maart 2030); verwacht een datum op of na de start, of fase "in voorbereiding"; gevonden: "2016-06-01"`,
  ],
  'status-voor-start': [
    `content/voorbeelden/startblok-in-amsterdam.mdx:14:3 — status.datum: de stand (maart 2016) ligt vóór de startdatum (juni 2016); verwacht een datum op of na de start, of fase "in voorbereiding"; gevonden: "2016-03"`,
  ],
  'underscore-bestand': [
    `content/vragen/_concept.mdx — -: een bestandsnaam die met _ begint wordt toch gepubliceerd; verwacht een naam zonder _, zoals "concept.mdx" (een pagina die nog niet af is krijgt concept: true)`,
    `content/vragen/_concept.mdx:13:38 — tekst: link naar "/themas/bestaat-niet/" leidt naar een pagina die niet bestaat; verwacht een bestaande pagina van deze site`,
    `content/vragen/_concept.mdx:15:1 — tekst: het HTML-element <script> is niet toegestaan (het voert code uit); verwacht gewone tekst, of een van deze elementen: ${HTML}`,
  ],
  'utf-16': [
    `content/vragen/utf-16.mdx — -: het bestand is opgeslagen als UTF-16 ("Unicode"), niet als UTF-8; sla het bestand op als UTF-8 (in Kladblok of Visual Studio Code: Opslaan als, codering "UTF-8"; in Word: Platte tekst, Unicode (UTF-8))`,
  ],
  'versheid-goed': [],
  'voorbereiding-toekomst': [],
  'windows-1252': [
    `content/vragen/windows-1252.mdx — -: het bestand is niet opgeslagen als UTF-8 (waarschijnlijk Windows-1252 of ANSI: letters als ë en € worden dan onleesbaar); sla het bestand op als UTF-8 (in Kladblok of Visual Studio Code: Opslaan als, codering "UTF-8"; in Word: Platte tekst, Unicode (UTF-8))`,
  ],
};

/**
 * Monitor-data cases: the rule and its wording belong to src/schemas/data/; here we assert the
 * place (file, line, field), the gemeente and the key part of what was expected.
 */
const MONITOR_GEVALLEN: Record<string, { plek: string; bevat: string[] }[]> = {
  'data-tekst-in-getal': [
    {
      plek: 'data/monitor/2015-08.json:10:35 — gemeenten[1].realisatie: ',
      bevat: ['GM0363 (Amsterdam)', 'verwacht een geheel getal van 0 of meer', '"120"'],
    },
  ],
  'data-negatief': [
    {
      plek: 'data/monitor/2015-08.json:13:35 — gemeenten[4].realisatie: ',
      bevat: ["GM0796 ('s-Hertogenbosch)", 'verwacht een geheel getal van 0 of meer', '-3'],
    },
  ],
  'data-lager-dan-vorige-maand': [
    {
      plek: 'data/monitor/2015-09.json:12:35 — gemeenten[3].realisatie: ',
      bevat: ["GM0518 ('s-Gravenhage)", 'verwacht minstens 80', '75'],
    },
  ],
  'data-gemeente-ontbreekt': [
    { plek: 'data/monitor/2015-08.json:8:16 — gemeenten: ', bevat: ['GM0893 (Bergen (L.))', 'ontbreekt'] },
  ],
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
    const mappen = readdirSync(MAP)
      .filter((m) => !m.startsWith('.'))
      .sort();
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
    const hook = validatie({ vandaag: VANDAAG }).hooks['astro:config:setup'] as (o: unknown) => void;
    const logger = { info: () => {}, warn: () => {} };
    expect(() => hook({ config: { root: pathToFileURL(`${root}/`) }, logger })).toThrow(
      formatMeldingen(valideerAlles(root, { vandaag: VANDAAG }).meldingen),
    );
    expect(() => hook({ config: { root: pathToFileURL(`${join(MAP, 'goed')}/`) }, logger })).not.toThrow();
  });

  it('een waarschuwing stopt de build niet, maar wordt wel getoond', () => {
    const hook = validatie({ vandaag: VANDAAG }).hooks['astro:config:setup'] as (o: unknown) => void;
    const gezien: string[] = [];
    const logger = { info: () => {}, warn: (m: string) => gezien.push(m) };
    expect(() => hook({ config: { root: pathToFileURL(`${join(MAP, 'gecontroleerd-oud')}/`) }, logger })).not.toThrow();
    expect(gezien).toEqual(GEVALLEN['gecontroleerd-oud']);
  });
});

const checkCli = (...args: string[]) =>
  spawnSync(process.execPath, ['scripts/check.ts', '--vandaag', VANDAAG, ...args], {
    cwd: REPO,
    env: { ...process.env, GITHUB_ACTIONS: '', INIT_CWD: REPO },
    encoding: 'utf8',
  });

describe('npm run check als opdracht', () => {
  it('geeft exitcode 1 en alle meldingen, of 0 als alles klopt', () => {
    const fout = checkCli(join(MAP, 'tekst-in-getalveld'));
    expect(fout.status).toBe(1);
    expect(fout.stderr).toContain('2 problemen gevonden:');
    expect(fout.stderr).toContain('content/voorbeelden/tekst-in-getalveld.mdx:9:1 — aantalWooneenheden:');
    expect(fout.stderr).toContain('Controle mislukt: 2 problemen');
    const goed = checkCli(join(MAP, 'goed'));
    expect(goed.status).toBe(0);
    expect(goed.stdout).toContain("Controle geslaagd: 4 pagina's");
  });

  it('een waarschuwing geeft exitcode 0, met de waarschuwing', () => {
    const r = checkCli('--root', join(MAP, 'gecontroleerd-oud'));
    expect(r.status).toBe(0);
    expect(r.stderr).toContain(
      'content/vragen/gecontroleerd-oud.mdx:4:1 — gecontroleerd: waarschuwing: laatst gecontroleerd op 15 januari 2020',
    );
    expect(r.stdout).toContain('Controle geslaagd: 1 pagina en 0 gegevensbestanden zonder fouten, met 1 waarschuwing');
  });

  it('controleert met paden alleen die bestanden', () => {
    const root = join(MAP, 'underscore-bestand');
    const een = checkCli('--root', root, join(MAP, 'goed/content/vragen/wie-is-verantwoordelijk.mdx'));
    // A path outside the chosen root is refused, never "geslaagd".
    expect(een.status).toBe(1);
    expect(een.stderr).toContain('dit pad ligt buiten de site');
    const goed = checkCli('--root', join(MAP, 'goed'), join(MAP, 'goed/content/vragen/wie-is-verantwoordelijk.mdx'));
    expect(goed.status).toBe(0);
    expect(goed.stdout).toContain('Controle geslaagd: 1 pagina en 0 gegevensbestanden zonder fouten');
    const map = checkCli('--root', join(MAP, 'goed'), join(MAP, 'goed/content/voorbeelden'));
    expect(map.stdout).toContain('Controle geslaagd: 1 pagina en 0 gegevensbestanden');
    const fout = checkCli('--root', root, join(root, 'content/vragen/_concept.mdx'));
    expect(fout.status).toBe(1);
    expect(fout.stderr).toContain('content/vragen/_concept.mdx — -: een bestandsnaam die met _ begint wordt toch gepubliceerd');
  });

  it('een verkeerd getypte map of een bestand dat niet bestaat is een fout, nooit "geslaagd"', () => {
    const root = join(MAP, 'goed');
    const map = checkCli('--root', root, join(root, 'content/vraagen'));
    expect(map.status).toBe(1);
    expect(map.stderr).toContain(
      `${join(root, 'content/vraagen')} — -: dit bestand of deze map bestaat niet; bedoelt u "content/vragen"?`,
    );
    expect(map.stderr).not.toContain('geslaagd');
    const bestand = checkCli('--root', root, join(root, 'content/vragen/wie-is-verantwoordelijk.md'));
    expect(bestand.status).toBe(1);
    expect(bestand.stderr).toContain('bedoelt u "content/vragen/wie-is-verantwoordelijk.mdx"?');
    const leeg = checkCli('--root', root, join(root, 'public'));
    expect(leeg.status).toBe(1);
    expect(leeg.stderr).toContain('deze map bevat geen bestanden die de controle kent');
    // src/ holds code (and src/data/ of code), not a project: a path that matches nothing.
    const src = checkCli('src');
    expect(src.status).toBe(1);
    expect(src.stderr).toContain('src — -: deze map bevat geen bestanden die de controle kent');
    const niets = checkCli('--root', join(REPO, 'tests/fixtures/content/.leeg-bestaat-niet'));
    expect(niets.status).toBe(1);
    expect(niets.stderr).toContain("staan geen pagina's (content/<soort>/*.mdx) en geen gegevens (data/*.json)");
  });

  it('--verouderd noemt wat aan een controle toe is, oudste eerst en nooit gecontroleerde eerst', () => {
    const r = checkCli('--root', join(MAP, 'versheid'), '--verouderd');
    // gecontroleerd is required (GECONTROLEERD_VERPLICHT): the never-checked item is listed first and fails the check.
    expect(r.status).toBe(1);
    expect(r.stderr + r.stdout).toContain('content/vragen/nooit-gecontroleerd.mdx:2:1 — gecontroleerd: verplicht veld ontbreekt');
    const regels = r.stdout.split('\n').filter((l) => l.startsWith('  '));
    expect(r.stdout).toContain("Te controleren: 4 van 5 pagina's, oudste controle eerst");
    expect(regels.map((l) => l.trim().split(/\s+/).slice(0, 2).join(' '))).toEqual([
      'nooit content/vragen/nooit-gecontroleerd.mdx',
      '2019-03-01 content/vragen/lang-geleden.mdx',
      '2025-05-01 content/vragen/ruim-een-jaar.mdx',
      '2026-05-25 content/vragen/regeling-eindigt-binnenkort.mdx',
    ]);
    expect(regels[3]).toContain('regeling "Regeling huisvesting grote gezinnen" eindigt op 2026-07-31: pas dan de tekst aan');
    expect(regels[2]).toContain('(gepubliceerd 2016-02-01, bijgewerkt 2025-05-01; meer dan 12 maanden geleden gecontroleerd)');
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
