/**
 * Writes the ILLUSTRATIVE monitor data for "Land in beeld":
 *   data/herindelingen.json
 *   data/taakstelling/2015-I.json, 2015-II.json, 2016-I.json
 *   data/monitor/2015-07.json … 2016-01.json, 2016-06.json
 *
 * Run:  npx node scripts/generate-monitor-data.ts            (writes into data/, then checks via loadMonitor)
 *       npx node scripts/generate-monitor-data.ts --uit DIR  (writes the same files under DIR/data/)
 *
 * Per-gemeente figures of 2015/2016 are not public here. Only NATIONAL totals are real
 * (letter of Platform Opnieuw Thuis, 17 March 2016, figure 1; NRC, 3 June 2016). This script
 * splits those totals over gemeenten so that every national figure is met exactly:
 *   - netto taakstelling: pro rata inwoners, largest remainder (the real rule);
 *   - achterstand on 1-1-2015 and realisatie: illustrative, driven by a seeded PRNG.
 * Deterministic: a fixed seed and no Math.random, so two runs give byte-identical files.
 * At the end the written files are loaded through loadMonitor and checked.
 */

import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

import { opvolger, zetOverNaarIndeling, type Herindeling } from '../src/lib/monitor/herindeling.ts';
import { leesMonitor } from '../src/lib/monitor/model.ts';
import { STATUS_VOLGORDE } from '../src/lib/monitor/status.ts';
import { verdeelBegrensd, verdeelProRata } from '../src/lib/monitor/taakstelling.ts';
import { mulberry32 } from './lib/prng.ts';

const ROOT = join(dirname(fileURLToPath(import.meta.url)), '..');
/** Where to write: the project root, or the folder after `--uit` (used by the test that checks the committed files). */
const uitIndex = process.argv.indexOf('--uit');
const UIT = uitIndex >= 0 && process.argv[uitIndex + 1] ? process.argv[uitIndex + 1]! : ROOT;

// ---------------------------------------------------------------------------------------------
// Real national figures

const BRIEF =
  'Platform Opnieuw Thuis, Tweede voortgangsrapportage huisvesting vergunninghouders aan de Staatssecretaris van Veiligheid en Justitie, 17 maart 2016, figuur 1 (Cijfers 2015: taakstelling en realisatie)';
const NRC_URL = 'https://www.nrc.nl/nieuws/2016/06/03/taakstelling-niet-genoeg-huizen-voor-vluchtelingen-1624134-a822195';
const CBS_INWONERS = 'CBS, bevolking op 1 januari 2016 per gemeente (data/inwoners/2016.json)';

const LANDELIJK = {
  achterstand2015I: 2633,
  netto2015I: 14000,
  realisatie2015I: 11357,
  netto2015II: 14871,
  /** Realisatie per month July … December 2015. */
  maanden2015II: [2411, 2236, 2335, 2724, 3114, 3933],
  achterGemeenten: 241,
  achterSom: 4493,
  voorGemeenten: 152,
  voorSom: -1099,
  netto2016I: 20000,
  realisatie2016IJuni: 13826,
} as const;

// ---------------------------------------------------------------------------------------------
// Herindelingen 2015 → 2016 (CBS; see /work/shared/data/README.md "Things to know")

const HERINDELINGEN: Herindeling[] = [
  {
    datum: '2016-01-01',
    van: ['GM0381', 'GM0424', 'GM0425'],
    naar: 'GM1942',
    toelichting: 'Bussum, Muiden en Naarden vormen samen de nieuwe gemeente Gooise Meren.',
  },
  {
    datum: '2016-01-01',
    van: ['GM0385', 'GM0478'],
    naar: 'GM0385',
    toelichting: 'Zeevang gaat op in Edam-Volendam. Edam-Volendam houdt de code GM0385.',
  },
  {
    datum: '2016-01-01',
    van: ['GM0241'],
    naar: 'GM1945',
    toelichting: 'Groesbeek heet voortaan Berg en Dal en krijgt een nieuwe code.',
  },
  {
    datum: '2016-01-01',
    van: ['GM1921'],
    naar: 'GM1940',
    toelichting: 'De Friese Meren heet voortaan De Fryske Marren en krijgt een nieuwe code.',
  },
];

/**
 * Split of a merged successor's 2016 inwoners over its 2015 predecessors, in proportion to
 * their approximate 2015 inwoners in thousands (rounded; not exact CBS figures):
 * Bussum 33 (CBS: 32.908 on 31 March 2015), Muiden 7, Naarden 17;
 * Edam-Volendam 29 ("iets minder dan 29.000") and Zeevang 6 ("ruim 6.000"), as stated around
 * the merger law (Staatsblad 2015, 178).
 */
const FUSIE_VERHOUDING: Record<string, Record<string, number>> = {
  GM1942: { GM0381: 33, GM0424: 7, GM0425: 17 },
  GM0385: { GM0385: 29, GM0478: 6 },
};

// ---------------------------------------------------------------------------------------------
// Deterministic randomness

const random = mulberry32(20160317);
/** Roughly bell-shaped on [0, 1], mean 0.5. */
const klok = () => (random() + random() + random()) / 3;

/**
 * Rounds real values (may be negative) to integers that sum exactly to `total`: first shifts
 * them so their sum is `total`, spread in proportion to `spreiding`, then floors and gives the
 * leftover units to the largest fractional parts (ties: lower index).
 */
function rondAf(waarden: number[], total: number, spreiding: number[]): number[] {
  const verschil = total - waarden.reduce((a, b) => a + b, 0);
  const spreidSom = spreiding.reduce((a, b) => a + b, 0);
  const bijgesteld = waarden.map((w, i) => w + (verschil * spreiding[i]!) / spreidSom);
  const vloer = bijgesteld.map(Math.floor);
  let over = total - vloer.reduce((a, b) => a + b, 0);
  const volgorde = bijgesteld.map((_, i) => i).sort((a, b) => bijgesteld[b]! - vloer[b]! - (bijgesteld[a]! - vloer[a]!) || a - b);
  for (const i of volgorde) {
    if (over <= 0) break;
    vloer[i]! += 1;
    over -= 1;
  }
  if (over !== 0) throw new Error(`rondAf: ${over} over`);
  return vloer;
}

const som = (xs: readonly number[]) => xs.reduce((a, b) => a + b, 0);

function check(voorwaarde: boolean, melding: string): void {
  if (!voorwaarde) throw new Error(`generate-monitor-data: ${melding}`);
}

// ---------------------------------------------------------------------------------------------
// Input

interface Rij {
  code: string;
  naam: string;
  provincie: string;
}
const lees = <T>(rel: string): T => JSON.parse(readFileSync(join(ROOT, rel), 'utf8')) as T;
const gemeenten2015 = lees<Rij[]>('data/gemeenten/2015.json');
const gemeenten2016 = lees<Rij[]>('data/gemeenten/2016.json');
const inwoners2016 = new Map(
  lees<{ code: string; inwoners: number }[]>('data/inwoners/2016.json').map((r) => [r.code, r.inwoners]),
);

check(gemeenten2015.length === 393, `verwacht 393 gemeenten in 2015, gevonden ${gemeenten2015.length}`);
check(gemeenten2016.length === 390, `verwacht 390 gemeenten in 2016, gevonden ${gemeenten2016.length}`);
check(
  gemeenten2016.every((g) => inwoners2016.has(g.code)),
  'inwoners 2016 ontbreken voor een gemeente',
);

const codes2015 = gemeenten2015.map((g) => g.code);
const codes2016 = gemeenten2016.map((g) => g.code);
const set2016 = new Set(codes2016);
const naar2016 = (code: string) => opvolger(HERINDELINGEN, code, '2015-01-01', '2016-01-01');
check(
  codes2015.every((c) => set2016.has(naar2016(c))),
  'een gemeente van 2015 heeft geen opvolger in 2016',
);
check(new Set(codes2015.map(naar2016)).size === 390, 'niet elke gemeente van 2016 heeft een voorganger in 2015');

// Inwoners used as weights for 2015 (the 2016 figure of the same or the successor code)
const inwoners2015 = new Map<string, number>();
for (const [opvolgerCode, verhouding] of Object.entries(FUSIE_VERHOUDING)) {
  const delen = Object.keys(verhouding);
  const aantallen = verdeelProRata(
    inwoners2016.get(opvolgerCode)!,
    delen.map((c) => verhouding[c]!),
  );
  delen.forEach((c, i) => inwoners2015.set(c, aantallen[i]!));
}
for (const c of codes2015) if (!inwoners2015.has(c)) inwoners2015.set(c, inwoners2016.get(naar2016(c))!);
const w2015 = codes2015.map((c) => inwoners2015.get(c)!);
check(som(w2015) === som([...inwoners2016.values()]), 'inwoners 2015 tellen niet op tot het totaal van 2016');

// Persistent "slagkracht" per gemeente (0 … 1): good performers stay fairly good. Bigger
// gemeenten get a slightly lower value: the large cities struggled more in 2015, but not alike.
const maxInwoners = Math.max(...w2015);
const slagkracht = new Map<string, number>();
for (let i = 0; i < codes2015.length; i++) {
  const grootte = Math.log(w2015[i]!) / Math.log(maxInwoners); // ~0.5 … 1
  slagkracht.set(codes2015[i]!, Math.min(1, Math.max(0, klok() - 0.15 * (grootte - 0.75))));
}

// ---------------------------------------------------------------------------------------------
// 2015-I

const netto1 = verdeelProRata(LANDELIJK.netto2015I, w2015);
const achterstand1 = rondAf(
  codes2015.map((c, i) => netto1[i]! * (0.19 + 0.9 * (0.5 - slagkracht.get(c)!) + 0.3 * (random() - 0.5))),
  LANDELIJK.achterstand2015I,
  netto1,
);
const gecorrigeerd1 = netto1.map((n, i) => n + achterstand1[i]!);
const realisatie1 = rondAf(
  codes2015.map((c, i) => {
    const p = Math.max(0.05, 0.683 + 0.9 * (slagkracht.get(c)! - 0.5) + 0.25 * (random() - 0.5));
    return Math.max(gecorrigeerd1[i]!, 0) * p;
  }),
  LANDELIJK.realisatie2015I,
  gecorrigeerd1.map((g) => Math.max(g, 0) + 0.001),
);
check(
  realisatie1.every((r) => r >= 0),
  'negatieve realisatie in 2015-I',
);
const overdracht1 = gecorrigeerd1.map((g, i) => g - realisatie1[i]!);

// ---------------------------------------------------------------------------------------------
// 2015-II

const netto2 = verdeelProRata(LANDELIJK.netto2015II, w2015);
const achterstand2 = overdracht1;
const gecorrigeerd2 = netto2.map((n, i) => n + achterstand2[i]!);

// Who ends ahead (152) and who behind (241) on 1-1-2016: by slagkracht plus some luck.
const score = codes2015.map((c) => slagkracht.get(c)! + 0.35 * (random() - 0.5));
const moetVoor = codes2015.map((_, i) => gecorrigeerd2[i]! <= 0);
const volgorde = codes2015
  .map((_, i) => i)
  .sort((a, b) => Number(moetVoor[b]) - Number(moetVoor[a]) || score[b]! - score[a]! || a - b);
const voor = new Set(volgorde.slice(0, LANDELIJK.voorGemeenten));
check(moetVoor.filter(Boolean).length <= LANDELIJK.voorGemeenten, 'te veel gemeenten met gecorrigeerd ≤ 0');
const voorIdx = [...voor].sort((a, b) => a - b);
const achterIdx = codes2015.map((_, i) => i).filter((i) => !voor.has(i));
check(
  achterIdx.every((i) => gecorrigeerd2[i]! >= 1),
  'een gemeente die achter moet eindigen heeft gecorrigeerd < 1',
);

const voorsprong = verdeelBegrensd(
  -LANDELIJK.voorSom,
  voorIdx.map((i) => Math.max(netto2[i]!, 1) * (0.4 + random())),
  voorIdx.map((i) => Math.max(1, -gecorrigeerd2[i]!)),
);
const tekort = verdeelBegrensd(
  LANDELIJK.achterSom,
  achterIdx.map((i) => gecorrigeerd2[i]! * Math.exp(5 * (0.5 - score[i]!)) * (0.4 + random())),
  achterIdx.map(() => 1),
  achterIdx.map((i) => gecorrigeerd2[i]!),
);
const eind2 = new Array<number>(codes2015.length).fill(0);
voorIdx.forEach((i, k) => (eind2[i] = gecorrigeerd2[i]! + voorsprong[k]!));
achterIdx.forEach((i, k) => (eind2[i] = gecorrigeerd2[i]! - tekort[k]!));
check(
  eind2.every((r) => r >= 0),
  'negatieve realisatie in 2015-II',
);

// Monthly growth: month by month, each gemeente takes a noisy share of what it still has to do.
const cumulatief2: number[][] = []; // [maand 1..6][gemeente]
const nogTeDoen = [...eind2];
const totaal = codes2015.map(() => 0);
LANDELIJK.maanden2015II.forEach((aantal, k) => {
  const laatste = k === LANDELIJK.maanden2015II.length - 1;
  const erbij = laatste
    ? [...nogTeDoen]
    : verdeelBegrensd(
        aantal,
        nogTeDoen.map((n) => n * (0.55 + 0.9 * random())),
        nogTeDoen.map(() => 0),
        nogTeDoen,
      );
  check(som(erbij) === aantal, `maand ${k + 1}: ${som(erbij)} in plaats van ${aantal}`);
  erbij.forEach((x, i) => {
    nogTeDoen[i]! -= x;
    totaal[i]! += x;
  });
  cumulatief2.push([...totaal]);
});
check(
  cumulatief2[5]!.every((r, i) => r === eind2[i]),
  'eindstand 2015-II klopt niet',
);
const overdracht2 = gecorrigeerd2.map((g, i) => g - eind2[i]!);

// ---------------------------------------------------------------------------------------------
// 2016-I (indeling 2016)

const achterstand3Map = zetOverNaarIndeling(
  HERINDELINGEN,
  new Map(codes2015.map((c, i) => [c, overdracht2[i]!])),
  '2015-01-01',
  '2016-01-01',
);
const achterstand3 = codes2016.map((c) => achterstand3Map.get(c)!);
const netto3 = verdeelProRata(
  LANDELIJK.netto2016I,
  codes2016.map((c) => inwoners2016.get(c)!),
);
const gecorrigeerd3 = netto3.map((n, i) => n + achterstand3[i]!);
const slagkracht2016 = codes2016.map((c) => {
  const voorgangers = codes2015.filter((o) => naar2016(o) === c);
  return som(voorgangers.map((o) => slagkracht.get(o)!)) / voorgangers.length;
});
const realisatie3 = rondAf(
  codes2016.map((_, i) => {
    const p = Math.max(0.03, 0.59 + 0.8 * (slagkracht2016[i]! - 0.5) + 0.3 * (random() - 0.5));
    return Math.max(gecorrigeerd3[i]!, netto3[i]! * 0.3, 0) * p;
  }),
  LANDELIJK.realisatie2016IJuni,
  gecorrigeerd3.map((g, i) => Math.max(g, netto3[i]! * 0.3, 0) + 0.001),
);
check(
  realisatie3.every((r) => r >= 0),
  'negatieve realisatie in 2016-I',
);

// ---------------------------------------------------------------------------------------------
// Writing

function schrijf(rel: string, tekst: string): void {
  const pad = join(UIT, rel);
  mkdirSync(dirname(pad), { recursive: true });
  writeFileSync(pad, tekst);
}

/** JSON with one gemeente per line, so diffs stay readable. */
function jsonMetRegels(kop: Record<string, unknown>, regels: readonly object[]): string {
  const kopTekst = Object.entries(kop)
    .map(([k, v]) => `  ${JSON.stringify(k)}: ${JSON.stringify(v)}`)
    .join(',\n');
  return `{\n${kopTekst},\n  "gemeenten": [\n${regels.map((r) => `    ${JSON.stringify(r)}`).join(',\n')}\n  ]\n}\n`;
}

const ILLUSTRATIEF_UITLEG =
  'Let op: de cijfers per gemeente zijn een illustratie, geen echte cijfers. De echte cijfers per gemeente uit die tijd zijn hier niet openbaar. ' +
  'Alleen de landelijke totalen zijn echt. Een script (scripts/generate-monitor-data.ts) heeft die totalen over de gemeenten verdeeld. ';
const NETTO_REGEL_2015 =
  'De netto taakstelling is naar rato van het aantal inwoners verdeeld, met de methode van de grootste overschotten, zodat de som precies klopt. ' +
  'Omdat de inwoners op 1 januari 2015 hier niet per gemeente bekend zijn, gebruiken we de inwoners op 1 januari 2016 (CBS) van dezelfde gemeente. ' +
  'Voor de gemeenten die op 1 januari 2016 zijn samengevoegd, verdelen we de inwoners van de nieuwe gemeente in 2016 over de oude gemeenten, naar hun geschatte inwonertal in 2015 in duizendtallen: ' +
  'Bussum 33, Naarden 17 en Muiden 7 (samen Gooise Meren); Edam-Volendam 29 en Zeevang 6 (samen Edam-Volendam). ' +
  'Groesbeek en De Friese Meren kregen in 2016 alleen een nieuwe naam en code; zij krijgen de inwoners van Berg en Dal en De Fryske Marren.';

const taakstellingBron2015 = `Landelijke totalen: ${BRIEF}. Verdeling over gemeenten: scripts/generate-monitor-data.ts, naar rato van ${CBS_INWONERS}.`;

function taakstelling(
  periode: string,
  indeling: string,
  bron: string,
  toelichting: string,
  codes: string[],
  netto: number[],
  achterstand: number[],
): void {
  const regels = codes.map((code, i) => ({
    code,
    netto: netto[i]!,
    achterstand: achterstand[i]!,
    gecorrigeerd: netto[i]! + achterstand[i]!,
  }));
  schrijf(
    `data/taakstelling/${periode}.json`,
    jsonMetRegels({ periode, indeling, bron, illustratief: true, toelichting }, regels),
  );
}

function snapshot(
  peildatum: string,
  periode: string,
  indeling: string,
  bron: string,
  toelichting: string,
  codes: string[],
  realisatie: number[],
): void {
  const regels = codes.map((code, i) => ({ code, realisatie: realisatie[i]! }));
  schrijf(
    `data/monitor/${peildatum.slice(0, 7)}.json`,
    jsonMetRegels({ peildatum, periode, indeling, bron, status: 'illustratief', toelichting }, regels),
  );
}

// Herindelingen after 1 January 2016 come from scripts/derive-herindelingen.ts: keep them as they are.
const LATER = (JSON.parse(readFileSync(join(ROOT, 'data/herindelingen.json'), 'utf8')) as Herindeling[]).filter(
  (h) => h.datum > '2016-01-01',
);
schrijf('data/herindelingen.json', `[\n${[...HERINDELINGEN, ...LATER].map((h) => `  ${JSON.stringify(h)}`).join(',\n')}\n]\n`);

taakstelling(
  '2015-I',
  '2015',
  taakstellingBron2015,
  ILLUSTRATIEF_UITLEG +
    'Echte landelijke totalen: netto taakstelling 14.000 en achterstand op 1 januari 2015 samen 2.633 (393 gemeenten). ' +
    NETTO_REGEL_2015 +
    ' De achterstand per gemeente op 1 januari 2015 is verzonnen: een verdeling die optelt tot 2.633, met gemeenten die achterliepen en gemeenten met een voorsprong.',
  codes2015,
  netto1,
  achterstand1,
);
taakstelling(
  '2015-II',
  '2015',
  taakstellingBron2015,
  ILLUSTRATIEF_UITLEG +
    'Echte landelijke totalen: netto taakstelling 14.871, achterstand op 1 juli 2015 samen 5.276, gecorrigeerde taakstelling 20.147. ' +
    NETTO_REGEL_2015 +
    ' De achterstand per gemeente is de overdracht uit de eerste helft van 2015: gecorrigeerde taakstelling min realisatie op 1 juli 2015.',
  codes2015,
  netto2,
  achterstand2,
);
taakstelling(
  '2016-I',
  '2016',
  `Landelijke totalen: ${BRIEF} (netto taakstelling 20.000; met de achterstand samen circa 23.400). Verdeling over gemeenten: scripts/generate-monitor-data.ts, naar rato van ${CBS_INWONERS}.`,
  ILLUSTRATIEF_UITLEG +
    'Echte landelijke totalen: netto taakstelling 20.000 en achterstand op 1 januari 2016 samen 3.394 (figuur 1 van de brief), dus gecorrigeerd 23.394; de brief noemt "circa 23.400". ' +
    'De netto taakstelling is naar rato van de inwoners op 1 januari 2016 (CBS) verdeeld, met de methode van de grootste overschotten. Dat is de echte regel, maar de uitkomst kan afwijken van de echte brief aan de gemeenten, bijvoorbeeld omdat die een andere peildatum voor de inwoners gebruikte. ' +
    'De achterstand per gemeente is de (illustratieve) overdracht uit de tweede helft van 2015. Bij een samenvoeging tellen we de achterstanden van de oude gemeenten op: Bussum, Muiden en Naarden naar Gooise Meren, Zeevang naar Edam-Volendam.',
  codes2016,
  netto3,
  achterstand3,
);

snapshot(
  '2015-07-01',
  '2015-I',
  '2015',
  `Landelijk totaal: ${BRIEF}. Verdeling over gemeenten: scripts/generate-monitor-data.ts.`,
  ILLUSTRATIEF_UITLEG +
    'Dit is de eindstand van de eerste helft van 2015 (stand op 1 juli 2015). Echt landelijk totaal: 11.357 vergunninghouders gehuisvest. De verdeling over gemeenten is verzonnen.',
  codes2015,
  realisatie1,
);
const maandNamen = ['juli', 'augustus', 'september', 'oktober', 'november', 'december'];
cumulatief2.forEach((stand, k) => {
  const peildatum = k < 5 ? `2015-${String(k + 8).padStart(2, '0')}-01` : '2016-01-01';
  const tot = som(stand);
  snapshot(
    peildatum,
    '2015-II',
    '2015',
    `Landelijke totalen per maand: ${BRIEF}. Verdeling over gemeenten: scripts/generate-monitor-data.ts.`,
    ILLUSTRATIEF_UITLEG +
      `Stand op de eerste dag van de maand, opgeteld vanaf 1 juli 2015. Echt landelijk: ${tot.toLocaleString('nl-NL')} gehuisvest tot en met ${maandNamen[k]} 2015 ` +
      `(in ${maandNamen[k]} zelf ${LANDELIJK.maanden2015II[k]!.toLocaleString('nl-NL')}). De verdeling over gemeenten en over de maanden per gemeente is verzonnen.` +
      (k === 5
        ? ' Op 1 januari 2016 liepen volgens de brief 241 gemeenten achter (samen 4.493) en hadden 152 gemeenten een voorsprong (samen 1.099); die aantallen kloppen ook in deze verdeling.'
        : ''),
    codes2015,
    stand,
  );
});
snapshot(
  '2016-06-01',
  '2016-I',
  '2016',
  `Landelijk totaal: NRC, "Taakstelling: niet genoeg huizen voor vluchtelingen", 3 juni 2016, ${NRC_URL}. Verdeling over gemeenten: scripts/generate-monitor-data.ts.`,
  ILLUSTRATIEF_UITLEG +
    'Echt landelijk totaal: volgens NRC (3 juni 2016) waren begin juni 2016 13.826 vergunninghouders gehuisvest in de eerste helft van 2016. Wij nemen dat getal als de stand op 1 juni 2016. ' +
    'Andere landelijke standen uit de eerste helft van 2016 hebben we niet, daarom is er alleen deze maand. De verdeling over gemeenten is verzonnen.',
  codes2016,
  realisatie3,
);

// ---------------------------------------------------------------------------------------------
// Self-check through the real loader

if (UIT !== ROOT) {
  console.log(`Geschreven in ${UIT} (zonder controle via loadMonitor).`);
  process.exit(0);
}
const model = leesMonitor(ROOT);
for (const s of model.snapshots) {
  const telling = STATUS_VOLGORDE.map((st) => `${st} ${s.landelijk.perStatus[st]}`).join(', ');
  console.log(
    `${s.peildatum} (${s.periode}, m=${s.maanden}): realisatie ${s.landelijk.realisatie} van ${s.landelijk.gecorrigeerd}; ${telling}`,
  );
}
const eind = model.perioden.get('2015-II')!.eindstand!.landelijk;
check(eind.saldoAchterstand.aantal === 241 && eind.saldoAchterstand.som === 4493, 'achterstand 1-1-2016 klopt niet');
check(eind.saldoVoorsprong.aantal === 152 && eind.saldoVoorsprong.som === -1099, 'voorsprong 1-1-2016 klopt niet');
check(model.perioden.get('2016-I')!.begin.landelijk.gecorrigeerd === 23394, 'gecorrigeerd 2016-I klopt niet');
console.log('Klaar: alle landelijke cijfers kloppen.');
