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
 *      gemeente tell where the 2016 gemeente went. The largest share is its successor.
 *      A share of at least SPLITS_DREMPEL in another 2026 gemeente is reported as a split.
 *      Smaller shares are boundary noise (the two maps are generalised differently) or small
 *      grenscorrecties, and are ignored.
 *   3. Every 2026 gemeente that received a 2016 gemeente with another code (or whose code is
 *      new) is a herindeling. The map gives the pairs, not the date: the year and the source
 *      come from JAREN below (public sources, looked up by hand). A herindeling without a
 *      confirmed year is left out and reported.
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
// Years and sources, per 2026 gemeente (`naar`). Filled in by hand from public sources.

const CBS_2018 = 'https://www.cbs.nl/nl-nl/onze-diensten/methoden/classificaties/overig/gemeentelijke-indelingen-per-jaar/indeling-per-jaar/gemeentelijke-indeling-op-1-januari-2018';

interface Jaar {
  readonly jaar: number;
  readonly bron: readonly string[];
}

const JAREN: Readonly<Record<string, Jaar>> = {};

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
  readonly verdeeld?: readonly { readonly van: string; readonly over: readonly string[] }[];
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

for (const [lijst, kaart, jaar] of [[gemeenten2016, kaart2016, '2016'], [gemeenten2026, kaart2026, '2026']] as const) {
  const zonder = lijst.filter((g) => !kaart.has(g.code)).map((g) => g.code);
  if (zonder.length > 0 || kaart.size !== lijst.length) {
    throw new Error(`De kaart van ${jaar} past niet bij data/gemeenten/${jaar}.json: zonder vlak ${zonder.join(', ') || '-'}; ${kaart.size} vlakken voor ${lijst.length} gemeenten.`);
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

const splitsingen = toewijzingen.filter((t) => t.aandelen.length > 1 && t.aandelen[1]![1] >= SPLITS_DREMPEL);
const delen = (t: Toewijzing) => t.aandelen.filter(([, a]) => a >= SPLITS_DREMPEL);

const procent = (a: number) => `${Math.round(a * 100)}%`;
function opsomming(namen: readonly string[]): string {
  return namen.length <= 1 ? (namen[0] ?? '') : `${namen.slice(0, -1).join(', ')} en ${namen.at(-1)}`;
}

function toelichting(naar: string, van: readonly string[]): string {
  const nieuw = naam2026.get(naar)!;
  const anderen = van.filter((c) => c !== naar).map((c) => naam2016.get(c)!);
  let tekst: string;
  if (van.includes(naar)) {
    tekst = `${opsomming(anderen)} ${anderen.length === 1 ? 'gaat' : 'gaan'} op in ${nieuw}. ${nieuw} houdt de code ${naar}.`;
  } else if (van.length === 1) {
    tekst = `${naam2016.get(van[0]!)} heet voortaan ${nieuw} en krijgt een nieuwe code.`;
  } else {
    tekst = `${opsomming(van.map((c) => naam2016.get(c)!))} vormen samen de nieuwe gemeente ${nieuw}.`;
  }
  for (const c of van) {
    const t = perCode.get(c)!;
    if (!splitsingen.includes(t)) continue;
    const over = delen(t).map(([d, a]) => `${naam2026.get(d)} (ongeveer ${procent(a)})`);
    tekst += ` ${naam2016.get(c)} is daarbij verdeeld over ${opsomming(over)}. Hier telt ${naam2016.get(c)} helemaal mee bij ${nieuw}, dat het grootste deel kreeg.`;
  }
  return tekst;
}

const afgeleid: HerindelingUit[] = [];
const zonderJaar: { naar: string; van: string[] }[] = [];
for (const [naar, van] of [...opvolgers.entries()].sort(([a], [b]) => (a < b ? -1 : 1))) {
  if (van.length === 1 && van[0] === naar) continue; // unchanged
  const j = JAREN[naar];
  if (!j) {
    zonderJaar.push({ naar, van });
    continue;
  }
  const verdeeld = van
    .filter((c) => splitsingen.includes(perCode.get(c)!))
    .map((c) => ({ van: c, over: delen(perCode.get(c)!).map(([d]) => d) }));
  afgeleid.push({
    datum: `${j.jaar}-01-01`,
    van: [...van].sort(),
    naar,
    toelichting: toelichting(naar, van),
    bron: j.bron,
    ...(verdeeld.length > 0 ? { verdeeld } : {}),
  });
}
afgeleid.sort((a, b) => (a.datum < b.datum ? -1 : a.datum > b.datum ? 1 : a.naar < b.naar ? -1 : 1));

// ---------------------------------------------------------------------------------------------
// Report

const bestaand = leesJson<HerindelingUit[]>('data/herindelingen.json');
const van2016 = bestaand.filter((h) => h.datum <= '2016-01-01');
const naam = (c: string) => naam2026.get(c) ?? naam2016.get(c) ?? c;

const regels: string[] = [];
const weg = gemeenten2016.filter((g) => !naam2026.has(g.code));
const nieuweCodes = gemeenten2026.filter((g) => !naam2016.has(g.code));
regels.push(`2016: ${gemeenten2016.length} gemeenten; 2026: ${gemeenten2026.length}. Verdwenen codes: ${weg.length}; nieuwe codes: ${nieuweCodes.length}.`);
const gewijzigd = [...opvolgers.entries()].filter(([naar, van]) => !(van.length === 1 && van[0] === naar));
regels.push(`Herindelingen volgens de kaart: ${gewijzigd.length}, met een jaar en bron: ${afgeleid.length}, zonder bevestigd jaar: ${zonderJaar.length}.`);
for (const [naar, van] of gewijzigd.sort(([a], [b]) => (a < b ? -1 : 1))) {
  const j = JAREN[naar];
  regels.push(`  ${naar} ${naam(naar)} ← ${van.map((c) => `${c} ${naam2016.get(c)}`).join(', ')}${j ? ` [${j.jaar}]` : ' [GEEN JAAR]'}`);
}
regels.push(`Splitsingen (tweede deel ≥ ${procent(SPLITS_DREMPEL)}):`);
for (const t of splitsingen) {
  regels.push(`  ${t.code} ${naam2016.get(t.code)}: ${t.aandelen.map(([c, a]) => `${naam(c)} ${(a * 100).toFixed(1)}%`).join(', ')} (${t.punten} punten)`);
}
const ruis = toewijzingen.filter((t) => !splitsingen.includes(t) && t.aandelen.length > 1 && t.aandelen[1]![1] >= 0.01);
regels.push(`Kleine afwijkingen (1% tot ${procent(SPLITS_DREMPEL)}, genegeerd): ${ruis.map((t) => `${naam2016.get(t.code)} → ${naam(t.aandelen[1]![0])} ${(t.aandelen[1]![1] * 100).toFixed(1)}%`).join('; ') || 'geen'}`);
const weinig = toewijzingen.filter((t) => t.punten < MIN_PUNTEN);
regels.push(`Gemeenten met minder dan ${MIN_PUNTEN} punten (middelpunt gebruikt): ${weinig.map((t) => naam2016.get(t.code)).join(', ') || 'geen'}`);
console.log(regels.join('\n'));

if (!alleenRapport) {
  const alle = [...van2016, ...afgeleid];
  const pad = join(UIT, 'data/herindelingen.json');
  mkdirSync(dirname(pad), { recursive: true });
  writeFileSync(pad, `[\n${alle.map((h) => `  ${JSON.stringify(h)}`).join(',\n')}\n]\n`);
  console.log(`Geschreven: ${pad} (${alle.length} herindelingen).`);
}
