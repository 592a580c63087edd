/**
 * Derives the herindelingen between the indeling 2016 and the indeling 2026 from the map, and
 * writes them into data/herindelingen.json (after the four mergers of 1 January 2016, unchanged).
 *
 * Run:  npx node scripts/derive-herindelingen.ts             (report + write data/herindelingen.json)
 *       npx node scripts/derive-herindelingen.ts --rapport   (report only, writes nothing)
 *       npx node scripts/derive-herindelingen.ts --uit DIR   (writes DIR/data/herindelingen.json)
 *
 * How (deterministic, no randomness):
 *   1. For every 2016 gemeente, lay a regular grid over its bounding box and keep the grid points
 *      that lie inside the 2016 polygon (d3-geo geoContains). The grid is refined until there are
 *      at least MIN_PUNTEN points; a gemeente too small for that falls back to its centroid.
 *   2. For every sample point, find the 2026 gemeente that contains it. The shares per 2026
 *      gemeente tell where the 2016 gemeente went; the largest share is its successor.
 *   3. A 2016 code that is gone in 2026 and has a second share of at least SPLITS_DREMPEL was
 *      split. Every split must be described (with a public source) in SPLITSINGEN, or the script
 *      stops. Other shares are reported but ignored: the 2026 map is generalised more coarsely
 *      than the 2016 map, so small gemeenten seem to lose land to their neighbours.
 *   4. Every 2026 gemeente that received a 2016 gemeente with another code is a herindeling.
 *      The map gives the pairs, not the date: date and source come from INGANG below (public
 *      sources, looked up by hand). A herindeling without a confirmed date is left out and
 *      reported.
 */

import { readFileSync, mkdirSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

import { geoBounds, geoCentroid, geoContains } from 'd3-geo';
import { feature } from 'topojson-client';

const ROOT = join(dirname(fileURLToPath(import.meta.url)), '..');
const argv = process.argv.slice(2);
const alleenRapport = argv.includes('--rapport');
const uitIndex = argv.indexOf('--uit');
const UIT = uitIndex >= 0 && argv[uitIndex + 1] ? argv[uitIndex + 1]! : ROOT;

/** Minimum number of interior sample points per 2016 gemeente. */
const MIN_PUNTEN = 400;
/** Share (of the sample points that fall in some 2026 gemeente) from which a second 2026 gemeente counts as a split. */
const SPLITS_DREMPEL = 0.05;

// ---------------------------------------------------------------------------------------------
// Dates and sources, per 2026 gemeente (`naar`). Looked up by hand in public sources.
// Weesp joined Amsterdam on 24 March 2022, not on 1 January.

const VNG_2018 = 'https://vng.nl/nieuws/hoeveel-gemeenten-zijn-er-per-2018';
const CBS_2019 = 'https://www.blikopnieuws.nl/nieuws/269778/sterkste-daling-aantal-gemeenten-sinds-2001.html';
const TROUW_2019 =
  'https://www.trouw.nl/home/nederland-telt-in-2019-25-minder-gemeenten-door-recordaantal-herindelingen~a240fde7/';
const RVIG_2021 = 'https://nvvb.nl/nl/nieuws/bericht-van-de-rvig-acties-en-aandachtspunten-geme';
const CBS_2021 = 'https://nieuws.nl/algemeen/20201230/nederland-heeft-3-gemeenten-minder-in-2021/';
const CBS_2022 = 'https://www.blikopnieuws.nl/nieuws/291735/nederland-telt-op-1-januari-2022-weer-7-gemeenten-minder-345.html';
const CBS_2023 = 'https://www.blikopnieuws.nl/nieuws/296914/aantal-gemeenten-daalt-tot-342-op-1-januari-2023.html';

interface Ingang {
  readonly datum: string;
  readonly bron: readonly string[];
}

const INGANG: Readonly<Record<string, Ingang>> = {
  // 2017
  GM1948: {
    datum: '2017-01-01',
    bron: [
      'https://www.meierijstad.nl/Alle_onderwerpen/Bestuur_en_organisatie/Meierijstad/Geschiedenis_van_Meierijstad',
      'http://www.rd.nl/vandaag/binnenland/bijna-240-gemeenten-minder-in-twintig-jaar-1.1362922',
    ],
  }, // Meierijstad
  // 2018
  GM0080: { datum: '2018-01-01', bron: [VNG_2018] }, // Leeuwarden
  GM0299: { datum: '2018-01-01', bron: [VNG_2018] }, // Zevenaar
  GM1900: { datum: '2018-01-01', bron: [VNG_2018] }, // Súdwest-Fryslân
  GM1949: { datum: '2018-01-01', bron: [VNG_2018] }, // Waadhoeke
  GM1950: { datum: '2018-01-01', bron: [VNG_2018] }, // Westerwolde
  GM1952: { datum: '2018-01-01', bron: [VNG_2018] }, // Midden-Groningen
  // 2019
  GM0014: { datum: '2019-01-01', bron: [CBS_2019, TROUW_2019] }, // Groningen
  GM0394: { datum: '2019-01-01', bron: [CBS_2019, TROUW_2019] }, // Haarlemmermeer
  GM0575: { datum: '2019-01-01', bron: [CBS_2019, TROUW_2019] }, // Noordwijk
  GM1954: { datum: '2019-01-01', bron: [CBS_2019, TROUW_2019] }, // Beekdaelen
  GM1959: { datum: '2019-01-01', bron: [CBS_2019, TROUW_2019] }, // Altena
  GM1960: { datum: '2019-01-01', bron: [CBS_2019, TROUW_2019] }, // West Betuwe
  GM1961: { datum: '2019-01-01', bron: [CBS_2019, TROUW_2019] }, // Vijfheerenlanden
  GM1963: { datum: '2019-01-01', bron: [CBS_2019, TROUW_2019] }, // Hoeksche Waard
  GM1966: { datum: '2019-01-01', bron: ['https://destaatvangroningen.nl/kerngegevens-gemeente-hethogeland.html', TROUW_2019] }, // Het Hogeland
  GM1969: {
    datum: '2019-01-01',
    bron: ['https://herindeling.westerkwartier.nl/veelgestelde-vragen/?include_category=algemeen-over-herindeling', TROUW_2019],
  }, // Westerkwartier
  GM1970: { datum: '2019-01-01', bron: [CBS_2019, TROUW_2019] }, // Noardeast-Fryslân
  GM1978: { datum: '2019-01-01', bron: [CBS_2019, TROUW_2019] }, // Molenlanden
  // 2021
  GM0865: { datum: '2021-01-01', bron: [RVIG_2021, CBS_2021] }, // Vught (largest part of Haaren)
  GM1979: { datum: '2021-01-01', bron: [RVIG_2021, CBS_2021] }, // Eemsdelta
  // 2022
  GM0363: {
    datum: '2022-03-24',
    bron: [
      CBS_2023,
      'https://www.rijksoverheid.nl/actueel/nieuws/2020/09/18/ministerraad-stemt-in-met-vijftal-gemeentelijke-herindelingen',
    ],
  }, // Amsterdam (Weesp)
  GM0439: { datum: '2022-01-01', bron: [CBS_2022] }, // Purmerend
  GM1980: { datum: '2022-01-01', bron: [CBS_2022] }, // Dijk en Waard
  GM1982: { datum: '2022-01-01', bron: [CBS_2022] }, // Land van Cuijk
  GM1991: { datum: '2022-01-01', bron: [CBS_2022] }, // Maashorst
  // 2023
  GM1992: { datum: '2023-01-01', bron: [CBS_2023] }, // Voorne aan Zee
};

/**
 * The splits the map shows, confirmed by public sources, with what the sources say about them.
 * The script stops when the map shows a split that is not listed here, or the other way round.
 */
interface Splitsing {
  readonly uitleg: string;
  readonly bron: readonly string[];
  /** Parts that moved on another date than the herindeling itself. */
  readonly datumPerDeel?: Readonly<Record<string, string>>;
}

const SPLITSINGEN: Readonly<Record<string, Splitsing>> = {
  GM0040: {
    uitleg:
      'Het deel rond Meerstad (met een klein deel van Harkstede en Lageland) ging al op 1 januari 2017 over naar Groningen.',
    bron: ['https://www.rtvnoord.nl/nieuws/154776/bewoners-van-meerstad-worden-stadjers'],
    datumPerDeel: { GM0014: '2017-01-01' },
  }, // Slochteren
  GM0053: {
    uitleg: 'Het deel Middag (Ezinge, Feerwerd en Garnwerd) ging naar Westerkwartier.',
    bron: ['https://herindeling.westerkwartier.nl/veelgestelde-vragen/?include_category=algemeen-over-herindeling'],
  }, // Winsum
  GM0140: {
    uitleg:
      'Het zuidelijke deel ging naar Súdwest-Fryslân, het noordoostelijke deel naar Leeuwarden en het noordwestelijke deel naar Waadhoeke.',
    bron: [VNG_2018],
  }, // Littenseradiel
  GM0788: {
    uitleg:
      'De dorpen Haaren, Biezenmortel, Esch en Helvoirt gingen naar Oisterwijk, Tilburg, Boxtel en Vught. Volgens de wet is Oisterwijk de rechtsopvolger van Haaren.',
    bron: [RVIG_2021],
  }, // Haaren
};

// ---------------------------------------------------------------------------------------------
// Reading

interface IndelingGemeente {
  readonly code: string;
  readonly naam: string;
  readonly provincie: string;
}

interface HerindelingUit {
  readonly datum: string;
  readonly van: readonly string[];
  readonly naar: string;
  readonly toelichting: string;
  readonly bron?: readonly string[];
  readonly delen?: readonly { readonly van: string; readonly naar: string; readonly aandeel: number; readonly datum: string }[];
}

const leesJson = <T>(rel: string): T => JSON.parse(readFileSync(join(ROOT, rel), 'utf8')) as T;

type Ring = [number, number][];
type Veelhoek = Ring[];
interface Vlak {
  readonly type: 'Feature';
  readonly id: string;
  readonly properties: unknown;
  readonly geometry: { type: 'Polygon'; coordinates: Veelhoek } | { type: 'MultiPolygon'; coordinates: Veelhoek[] };
}

function vlakken(jaar: string): Map<string, Vlak> {
  const topo = leesJson<{ objects: { gemeenten: unknown } }>(`data/geo/gemeenten-${jaar}.topo.json`);
  // eslint-disable-next-line @typescript-eslint/no-explicit-any
  const fc = feature(topo as any, topo.objects.gemeenten as any) as unknown as { features: Vlak[] };
  return new Map(fc.features.map((f) => [String(f.id), f]));
}

const gemeenten2016 = leesJson<IndelingGemeente[]>('data/gemeenten/2016.json');
const gemeenten2026 = leesJson<IndelingGemeente[]>('data/gemeenten/2026.json');
const naam2016 = new Map(gemeenten2016.map((g) => [g.code, g.naam]));
const naam2026 = new Map(gemeenten2026.map((g) => [g.code, g.naam]));
const kaart2016 = vlakken('2016');
const kaart2026 = vlakken('2026');

for (const [lijst, kaart, jaar] of [
  [gemeenten2016, kaart2016, '2016'],
  [gemeenten2026, kaart2026, '2026'],
] as const) {
  const zonder = lijst.filter((g) => !kaart.has(g.code)).map((g) => g.code);
  if (zonder.length > 0 || kaart.size !== lijst.length) {
    throw new Error(
      `De kaart van ${jaar} past niet bij data/gemeenten/${jaar}.json: zonder vlak ${zonder.join(', ') || '-'}; ${kaart.size} vlakken voor ${lijst.length} gemeenten.`,
    );
  }
}

// ---------------------------------------------------------------------------------------------
// Sampling

type Kader = [[number, number], [number, number]];

function steekproef(vlak: Vlak): [number, number][] {
  const [[x0, y0], [x1, y1]] = geoBounds(vlak as never) as Kader;
  for (let n = 24; n <= 768; n *= 2) {
    const punten: [number, number][] = [];
    for (let i = 0; i < n; i++) {
      for (let j = 0; j < n; j++) {
        const p: [number, number] = [x0 + ((i + 0.5) * (x1 - x0)) / n, y0 + ((j + 0.5) * (y1 - y0)) / n];
        if (geoContains(vlak as never, p)) punten.push(p);
      }
    }
    if (punten.length >= MIN_PUNTEN) return punten;
  }
  return [geoCentroid(vlak as never) as [number, number]];
}

const kaders2026 = [...kaart2026.values()].map((v) => ({ code: v.id, vlak: v, kader: geoBounds(v as never) as Kader }));

function bevattend2026(p: [number, number]): string | null {
  for (const { code, vlak, kader } of kaders2026) {
    const [[x0, y0], [x1, y1]] = kader;
    if (p[0] >= x0 && p[0] <= x1 && p[1] >= y0 && p[1] <= y1 && geoContains(vlak as never, p)) return code;
  }
  return null;
}

interface Toewijzing {
  readonly code: string;
  readonly naar: string;
  /** 2026 code → share of the sample points that fall in some 2026 gemeente, largest first. */
  readonly aandelen: readonly (readonly [string, number])[];
  readonly punten: number;
  readonly buiten: number;
}

function wijsToe(code: string): Toewijzing {
  const punten = steekproef(kaart2016.get(code)!);
  const telling = new Map<string, number>();
  let buiten = 0;
  for (const p of punten) {
    const c = bevattend2026(p);
    if (c === null) buiten++;
    else telling.set(c, (telling.get(c) ?? 0) + 1);
  }
  const binnen = punten.length - buiten;
  if (binnen === 0) throw new Error(`${code} (${naam2016.get(code)}): geen enkel steekproefpunt ligt in een gemeente van 2026.`);
  const aandelen = [...telling.entries()]
    .map(([c, k]) => [c, k / binnen] as const)
    .sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1));
  return { code, naar: aandelen[0]![0], aandelen, punten: punten.length, buiten };
}

const toewijzingen = gemeenten2016.map((g) => wijsToe(g.code));
const perCode = new Map(toewijzingen.map((t) => [t.code, t]));

// ---------------------------------------------------------------------------------------------
// Grouping into herindelingen

const opvolgers = new Map<string, string[]>(); // 2026 code → 2016 codes
for (const t of toewijzingen) opvolgers.set(t.naar, [...(opvolgers.get(t.naar) ?? []), t.code]);

/** The parts of a 2016 gemeente with a share of at least SPLITS_DREMPEL, largest first. */
const delenVan = (t: Toewijzing) => t.aandelen.filter(([, a]) => a >= SPLITS_DREMPEL);
/** A split: a 2016 code that no longer exists in 2026 and whose land went to more than one 2026 gemeente. */
const splitsingen = toewijzingen.filter((t) => !naam2026.has(t.code) && delenVan(t).length > 1);
/** Codes that still exist in 2026 but of which a part lies in another 2026 gemeente on this map. */
const grensverschillen = toewijzingen.filter((t) => naam2026.has(t.code) && delenVan(t).length > 1);

const gevonden = splitsingen.map((t) => t.code).sort();
const bekend = Object.keys(SPLITSINGEN).sort();
if (gevonden.join() !== bekend.join()) {
  throw new Error(
    `De kaart toont splitsingen van ${gevonden.join(', ') || 'geen'}, maar SPLITSINGEN beschrijft ${bekend.join(', ') || 'geen'}. Zoek de splitsing op in een openbare bron en werk SPLITSINGEN bij.`,
  );
}

const procent = (a: number) => `${Math.round(a * 100)}%`;
function opsomming(namen: readonly string[]): string {
  return namen.length <= 1 ? (namen[0] ?? '') : `${namen.slice(0, -1).join(', ')} en ${namen.at(-1)}`;
}

function toelichting(naar: string, van: readonly string[]): string {
  const nieuw = naam2026.get(naar)!;
  const gesplitst = (c: string) => splitsingen.includes(perCode.get(c)!);
  const anderen = van.filter((c) => c !== naar);
  const zinnen: string[] = [];
  const alleenGesplitst = van.includes(naar) && anderen.every(gesplitst);
  if (alleenGesplitst) {
    // only parts of split gemeenten: the sentences below say everything
  } else if (van.includes(naar)) {
    const namen = anderen.map((c) => naam2016.get(c)!);
    zinnen.push(`${opsomming(namen)} ${namen.length === 1 ? 'gaat' : 'gaan'} op in ${nieuw}. ${nieuw} houdt de code ${naar}.`);
  } else if (van.length === 1) {
    zinnen.push(`${naam2016.get(van[0]!)} heet voortaan ${nieuw} en krijgt een nieuwe code.`);
  } else {
    zinnen.push(`${opsomming(van.map((c) => naam2016.get(c)!))} vormen samen de nieuwe gemeente ${nieuw}.`);
  }
  for (const c of van.filter(gesplitst)) {
    const oud = naam2016.get(c)!;
    const t = perCode.get(c)!;
    zinnen.push(`${oud} ${alleenGesplitst ? 'wordt opgeheven en verdeeld' : 'is daarbij verdeeld'}. ${SPLITSINGEN[c]!.uitleg}`);
    zinnen.push(
      `Op deze site telt heel ${oud} mee bij ${nieuw}, omdat ${nieuw} volgens de kaart het grootste deel kreeg (ongeveer ${procent(t.aandelen[0]![1])}).`,
    );
  }
  return zinnen.join(' ');
}

const afgeleid: HerindelingUit[] = [];
const zonderDatum: { naar: string; van: string[] }[] = [];
const gewijzigd = [...opvolgers.entries()]
  .filter(([naar, van]) => !(van.length === 1 && van[0] === naar))
  .sort(([a], [b]) => (a < b ? -1 : 1));
for (const [naar, van] of gewijzigd) {
  const ingang = INGANG[naar];
  if (!ingang) {
    zonderDatum.push({ naar, van });
    continue;
  }
  const gesplitst = van.filter((c) => splitsingen.includes(perCode.get(c)!)).sort();
  const delen = gesplitst.flatMap((c) =>
    delenVan(perCode.get(c)!)
      .slice(1)
      .map(([d, a]) => ({
        van: c,
        naar: d,
        aandeel: Math.round(a * 100) / 100,
        datum: SPLITSINGEN[c]!.datumPerDeel?.[d] ?? ingang.datum,
      })),
  );
  afgeleid.push({
    datum: ingang.datum,
    van: [...van].sort(),
    naar,
    toelichting: toelichting(naar, van),
    bron: [...new Set([...ingang.bron, ...gesplitst.flatMap((c) => SPLITSINGEN[c]!.bron)])],
    ...(delen.length > 0 ? { delen } : {}),
  });
}
afgeleid.sort((a, b) => (a.datum < b.datum ? -1 : a.datum > b.datum ? 1 : a.naar < b.naar ? -1 : 1));

// ---------------------------------------------------------------------------------------------
// Report

const bestaand = leesJson<HerindelingUit[]>('data/herindelingen.json');
const van2016 = bestaand.filter((h) => h.datum <= '2016-01-01');
const naam = (c: string) => naam2026.get(c) ?? naam2016.get(c) ?? c;
const aandelenTekst = (t: Toewijzing) => t.aandelen.map(([c, a]) => `${naam(c)} ${(a * 100).toFixed(1)}%`).join(', ');

const regels: string[] = [];
const weg = gemeenten2016.filter((g) => !naam2026.has(g.code));
const nieuweCodes = gemeenten2026.filter((g) => !naam2016.has(g.code));
regels.push(
  `2016: ${gemeenten2016.length} gemeenten; 2026: ${gemeenten2026.length}. Verdwenen codes: ${weg.length}; nieuwe codes: ${nieuweCodes.length}.`,
);
regels.push(
  `Herindelingen volgens de kaart: ${gewijzigd.length}; met datum en bron: ${afgeleid.length}; zonder bevestigde datum (weggelaten): ${zonderDatum.length}.`,
);
for (const [naar, van] of gewijzigd) {
  const ingang = INGANG[naar];
  regels.push(
    `  ${naar} ${naam(naar)} ← ${van.map((c) => `${c} ${naam2016.get(c)}`).join(', ')}  [${ingang ? ingang.datum : 'GEEN DATUM: weggelaten'}]`,
  );
}
regels.push(`Splitsingen (verdwenen code, tweede deel ≥ ${procent(SPLITS_DREMPEL)}):`);
for (const t of splitsingen) regels.push(`  ${t.code} ${naam2016.get(t.code)}: ${aandelenTekst(t)} (${t.punten} punten)`);
regels.push(
  `Grensverschillen bij codes die blijven (deel ≥ ${procent(SPLITS_DREMPEL)} in een andere gemeente; kaartruis of grenscorrectie, geen herindeling):`,
);
for (const t of grensverschillen) regels.push(`  ${t.code} ${naam2016.get(t.code)}: ${aandelenTekst(t)}`);
const weinig = toewijzingen.filter((t) => t.punten < MIN_PUNTEN);
regels.push(
  `Gemeenten met minder dan ${MIN_PUNTEN} punten (middelpunt gebruikt): ${weinig.map((t) => naam2016.get(t.code)).join(', ') || 'geen'}`,
);
console.log(regels.join('\n'));

if (!alleenRapport) {
  const alle = [...van2016, ...afgeleid];
  const pad = join(UIT, 'data/herindelingen.json');
  mkdirSync(dirname(pad), { recursive: true });
  writeFileSync(pad, `[\n${alle.map((h) => `  ${JSON.stringify(h)}`).join(',\n')}\n]\n`);
  console.log(`Geschreven: ${pad} (${alle.length} herindelingen).`);
}
