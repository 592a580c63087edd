/**
 * Rules across data files: what no single file can know. Each rule gets every valid file and
 * returns problems with the file and the path of the value inside it; the pipeline adds the
 * line and column. Ported from the former src/lib/monitor/valideer.ts, plus the missing month
 * and the plausibility rules of docs/redactie.md ("Ongewone getallen").
 */
import { adviesTabelKlopt } from './advies.ts';
import { indelingDatum, opvolger, zetOverNaarIndeling, type Herindeling } from '../../lib/monitor/herindeling.ts';
import { formatDatum, MAANDEN_PER_PERIODE, periodeStart, verschuifMaanden, vorigePeriode } from '../../lib/monitor/periode.ts';
import type { Indeling, SnapshotBestand, TaakstellingBestand } from '../../lib/monitor/types.ts';
import { alleGemeenten, type DataContext } from './context.ts';

interface MonitorGegevens {
  readonly indelingen: ReadonlyMap<string, Indeling>;
  readonly herindelingen: readonly Herindeling[];
  readonly taakstellingen: ReadonlyMap<string, TaakstellingBestand>;
  /** Sorted by peildatum, then periode; rows in file order. */
  readonly snapshots: readonly SnapshotBestand[];
}

export interface RegelInvoer {
  readonly ctx: Omit<DataContext, 'bestand'>;
  readonly monitor: MonitorGegevens;
  /** Every file present (valid or not), so a rule does not report a file as missing when it is only broken. */
  readonly aanwezig: ReadonlySet<string>;
  /** `bevestigd` codes per snapshot file. */
  readonly bevestigd: ReadonlyMap<string, ReadonlySet<string>>;
  /** Parsed content of every file that passed its schema, by path (for rules on one kind of file). */
  readonly geldig: ReadonlyMap<string, unknown>;
}

interface RegelMelding {
  readonly bestand: string;
  readonly pad: readonly PropertyKey[];
  readonly melding: string;
}

export type DataRegel = (invoer: RegelInvoer) => RegelMelding[];

const GETAL = new Intl.NumberFormat('nl-NL');
const getal = (n: number) => GETAL.format(n);

function namen(ctx: RegelInvoer['ctx']) {
  const alle = alleGemeenten(ctx);
  return (code: string, indeling?: string) =>
    `${code} (${(indeling ? ctx.indelingen.get(indeling)?.get(code)?.naam : undefined) ?? alle.get(code)?.naam ?? 'onbekende gemeente'})`;
}

/** A snapshot needs the taakstelling of its periode, in the same indeling. */
const snapshotHeeftTaakstelling: DataRegel = ({ monitor, aanwezig }) => {
  const uit: RegelMelding[] = [];
  for (const s of monitor.snapshots) {
    const t = monitor.taakstellingen.get(s.periode);
    const pad = `data/taakstelling/${s.periode}.json`;
    if (!t) {
      if (!aanwezig.has(pad)) uit.push({ bestand: s.bestand, pad: ['periode'], melding: `er is geen taakstelling voor periode ${s.periode}; verwacht het bestand ${pad}` });
    } else if (t.indeling !== s.indeling) {
      uit.push({ bestand: s.bestand, pad: ['indeling'], melding: `verwacht indeling "${t.indeling}", dezelfde als ${t.bestand}; gevonden: "${s.indeling}"` });
    }
  }
  return uit;
};

/** Realisatie counts up from the start of a periode: it never goes down. */
const realisatieDaaltNiet: DataRegel = ({ ctx, monitor }) => {
  const naam = namen(ctx);
  const uit: RegelMelding[] = [];
  const vorige = new Map<string, { peildatum: string; realisatie: number }>();
  for (const s of monitor.snapshots) {
    s.gemeenten.forEach((r, i) => {
      const sleutel = `${s.periode}|${r.code}`;
      const eerder = vorige.get(sleutel);
      if (eerder && r.realisatie < eerder.realisatie) {
        uit.push({
          bestand: s.bestand,
          pad: ['gemeenten', i, 'realisatie'],
          melding: `${naam(r.code, s.indeling)}: verwacht minstens ${getal(eerder.realisatie)}, de stand op ${formatDatum(eerder.peildatum)}: de realisatie telt op vanaf het begin van periode ${s.periode} en kan niet dalen; gevonden: ${getal(r.realisatie)}`,
        });
      }
      vorige.set(sleutel, { peildatum: s.peildatum, realisatie: r.realisatie });
    });
  }
  return uit;
};

/** Between the first and the last stand of a periode, every month has a file. */
const geenMaandOntbreekt: DataRegel = ({ monitor, aanwezig }) => {
  const uit: RegelMelding[] = [];
  const perPeriode = new Map<string, SnapshotBestand[]>();
  for (const s of monitor.snapshots) perPeriode.set(s.periode, [...(perPeriode.get(s.periode) ?? []), s]);
  for (const [periode, lijst] of perPeriode) {
    for (let i = 1; i < lijst.length; i++) {
      const a = lijst[i - 1]!;
      const b = lijst[i]!;
      for (let m = a.maanden + 1; m < b.maanden; m++) {
        const datum = verschuifMaanden(periodeStart(periode), m);
        if (aanwezig.has(`data/monitor/${datum.slice(0, 7)}.json`)) continue; // there, but broken: reported already
        uit.push({
          bestand: b.bestand,
          pad: ['peildatum'],
          melding: `de stand op ${formatDatum(datum)} ontbreekt: verwacht data/monitor/${datum.slice(0, 7)}.json tussen de standen op ${formatDatum(a.peildatum)} en ${formatDatum(b.peildatum)} van periode ${periode}; anders toont de site een oudere stand als de laatste`,
        });
      }
    }
  }
  return uit;
};

/**
 * When a periode and the one before it both exist and the earlier one has its final stand
 * (m = 6), every achterstand equals the carry-over: gecorrigeerd − final realisatie, summed over
 * predecessors through herindelingen.
 */
const overdrachtKlopt: DataRegel = ({ ctx, monitor }) => {
  const naam = namen(ctx);
  const uit: RegelMelding[] = [];
  const { taakstellingen, snapshots, herindelingen, indelingen } = monitor;
  for (const t of taakstellingen.values()) {
    const vorige = taakstellingen.get(vorigePeriode(t.periode));
    if (!vorige) continue;
    const eind = snapshots.find((s) => s.periode === vorige.periode && s.maanden === MAANDEN_PER_PERIODE);
    if (!eind) continue;
    const realisatie = new Map(eind.gemeenten.map((r) => [r.code, r.realisatie]));
    const vanDatum = indelingDatum(vorige.indeling);
    const totDatum = indelingDatum(t.indeling);
    const overdracht = new Map<string, number>();
    const onvolledig = new Set<string>();
    const regels = new Map(vorige.gemeenten.map((r) => [r.code, r]));
    for (const g of indelingen.get(vorige.indeling)?.gemeenten ?? []) {
      const regel = regels.get(g.code);
      const eindRealisatie = realisatie.get(g.code);
      if (regel && eindRealisatie !== undefined) overdracht.set(g.code, regel.gecorrigeerd - eindRealisatie);
      else onvolledig.add(opvolger(herindelingen, g.code, vanDatum, totDatum));
    }
    const verwacht = zetOverNaarIndeling(herindelingen, overdracht, vanDatum, totDatum);
    const bronnen = new Map<string, string[]>();
    for (const oud of overdracht.keys()) {
      const nieuw = opvolger(herindelingen, oud, vanDatum, totDatum);
      bronnen.set(nieuw, [...(bronnen.get(nieuw) ?? []), oud]);
    }
    const nieuweCodes = new Set(indelingen.get(t.indeling)?.gemeenten.map((g) => g.code));
    for (const [code, waarde] of verwacht) {
      if (!nieuweCodes.has(code)) {
        uit.push({
          bestand: 'data/herindelingen.json',
          pad: [],
          melding: `${naam(code, vorige.indeling)}: deze gemeente bestaat niet meer in de indeling ${t.indeling}, dus haar achterstand op ${formatDatum(eind.peildatum)} (${getal(waarde)}) kan nergens heen; verwacht in data/herindelingen.json een herindeling met deze code in "van" en haar opvolger in "naar"`,
        });
      }
    }
    const eindLabel = formatDatum(eind.peildatum);
    t.gemeenten.forEach((r, i) => {
      const moet = verwacht.get(r.code);
      if (moet === undefined || onvolledig.has(r.code) || moet === r.achterstand) return;
      const herkomst = bronnen.get(r.code) ?? [r.code];
      const uitleg =
        herkomst.length === 1 && herkomst[0] === r.code
          ? `de overdracht uit periode ${vorige.periode} (gecorrigeerde taakstelling ${getal(regels.get(r.code)?.gecorrigeerd ?? 0)} min realisatie ${getal(realisatie.get(r.code) ?? 0)} op ${eindLabel})`
          : `de opgetelde overdracht uit periode ${vorige.periode} van ${herkomst.map((c) => `${naam(c, vorige.indeling)} ${getal(overdracht.get(c) ?? 0)}`).join(', ')} op ${eindLabel}`;
      uit.push({
        bestand: t.bestand,
        pad: ['gemeenten', i, 'achterstand'],
        melding: `${naam(r.code, t.indeling)}: verwacht ${getal(moet)}: dat is ${uitleg}; gevonden: ${getal(r.achterstand)}`,
      });
    });
  }
  return uit;
};

// ---------------------------------------------------------------------------------------------
// Plausibility (docs/redactie.md, "Ongewone getallen"). Each can be confirmed per file with
// "bevestigd": [{ "code": "GM0363" | "PV27" | "NL", "reden": "…" }].

/** Realisatie above this multiple of the gecorrigeerde taakstelling … */
const MAX_FACTOR_TAAKSTELLING = 2;
/** … and at least this many people above it, is implausible. */
const MIN_OVERSCHOT = 10;
/** Growth in one month above the whole gecorrigeerde taakstelling of the periode, and above this many people. */
const MIN_SPRONG = 25;
/** A provincie or national percentage gerealiseerd above this is implausible. */
const MAX_PERCENTAGE_GROEP = 150;

const bevestigHint = (code: string) =>
  `is het getal fout (een punt, komma of nul te veel?), verbeter het dan; klopt het wel, zet dan {"code": "${code}", "reden": "…"} in "bevestigd" (zie docs/redactie.md, Ongewone getallen)`;

const getallenZijnAannemelijk: DataRegel = ({ ctx, monitor, bevestigd }) => {
  const naam = namen(ctx);
  const uit: RegelMelding[] = [];
  const vorigeStand = new Map<string, Map<string, number>>(); // periode → code → realisatie at the previous month
  const vorigeMaand = new Map<string, number>();
  for (const s of monitor.snapshots) {
    const t = monitor.taakstellingen.get(s.periode);
    if (!t) continue;
    const ok = bevestigd.get(s.bestand) ?? new Set<string>();
    const taak = new Map(t.gemeenten.map((r) => [r.code, r.gecorrigeerd]));
    const vorige = vorigeMaand.get(s.periode) === s.maanden - 1 ? vorigeStand.get(s.periode) : s.maanden === 1 ? new Map<string, number>() : undefined;
    s.gemeenten.forEach((r, i) => {
      const g = taak.get(r.code);
      if (g === undefined || ok.has(r.code)) return;
      const wie = naam(r.code, s.indeling);
      if (r.realisatie > MAX_FACTOR_TAAKSTELLING * g && r.realisatie - g > MIN_OVERSCHOT) {
        uit.push({
          bestand: s.bestand,
          pad: ['gemeenten', i, 'realisatie'],
          melding: `${wie}: realisatie ${getal(r.realisatie)} is meer dan ${MAX_FACTOR_TAAKSTELLING} keer de gecorrigeerde taakstelling (${getal(g)}) van periode ${s.periode}; verwacht hoogstens ${getal(Math.max(MAX_FACTOR_TAAKSTELLING * g, g + MIN_OVERSCHOT))}: ${bevestigHint(r.code)}`,
        });
        return;
      }
      const voor = vorige ? (vorige.get(r.code) ?? (s.maanden === 1 ? 0 : undefined)) : undefined;
      if (voor === undefined) return;
      const sprong = r.realisatie - voor;
      if (sprong > Math.max(g, 0) && sprong > MIN_SPRONG) {
        uit.push({
          bestand: s.bestand,
          pad: ['gemeenten', i, 'realisatie'],
          melding: `${wie}: realisatie steeg in één maand met ${getal(sprong)} (van ${getal(voor)} naar ${getal(r.realisatie)}), meer dan de hele gecorrigeerde taakstelling (${getal(g)}) van periode ${s.periode}; verwacht een stijging van hoogstens ${getal(Math.max(g, MIN_SPRONG))}: ${bevestigHint(r.code)}`,
        });
      }
    });
    vorigeStand.set(s.periode, new Map(s.gemeenten.map((r) => [r.code, r.realisatie])));
    vorigeMaand.set(s.periode, s.maanden);
    // One wrong gemeente also makes its provincie and the nation implausible: name only the gemeente.
    if (uit.some((m) => m.bestand === s.bestand)) continue;

    // Provincie and national percentages.
    const indeling = monitor.indelingen.get(s.indeling);
    const provincie = new Map(indeling?.gemeenten.map((g) => [g.code, g.provincie]));
    const som = new Map<string, { r: number; g: number }>();
    for (const r of s.gemeenten) {
      const g = taak.get(r.code) ?? 0;
      for (const k of ['NL', provincie.get(r.code) ?? '?']) {
        const x = som.get(k) ?? { r: 0, g: 0 };
        x.r += r.realisatie;
        x.g += g;
        som.set(k, x);
      }
    }
    for (const [k, x] of som) {
      if (ok.has(k) || x.g <= 0) continue;
      const pct = (100 * x.r) / x.g;
      if (pct > MAX_PERCENTAGE_GROEP) {
        uit.push({
          bestand: s.bestand,
          pad: ['gemeenten'],
          melding: `${k === 'NL' ? 'landelijk' : `provincie ${k}`} is ${getal(Math.round(pct))}% van de gecorrigeerde taakstelling gerealiseerd (${getal(x.r)} van ${getal(x.g)}); verwacht hoogstens ${MAX_PERCENTAGE_GROEP}%: ${bevestigHint(k)}`,
        });
      }
    }
  }
  return uit;
};

/** Every cross-file rule of the data, in the order they run. */
export const DATA_REGELS: readonly DataRegel[] = [
  snapshotHeeftTaakstelling,
  realisatieDaaltNiet,
  geenMaandOntbreekt,
  overdrachtKlopt,
  getallenZijnAannemelijk,
  adviesTabelKlopt,
];
