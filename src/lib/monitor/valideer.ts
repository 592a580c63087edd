/**
 * Validation of the monitor data files. Collects EVERY problem (never stops at the first) and
 * reports each one in Dutch, naming the file, the gemeente (code and naam), the field and what
 * was expected. `loadMonitor` throws one `MonitorDataFout` holding all of them.
 */

import { indelingDatum, opvolger, zetOverNaarIndeling, type Herindeling } from './herindeling.ts';
import {
  formatDatum,
  isIsoDatum,
  isPeriodeId,
  maandenVerstreken,
  parseIsoDatum,
  peildatumPastBijPeriode,
  periodeEindstand,
  periodeLabel,
  periodeStart,
  vergelijkPerioden,
  vorigePeriode,
  MAANDEN_PER_PERIODE,
  type IsoDatum,
} from './periode.ts';
import type {
  Indeling,
  IndelingGemeente,
  InwonersBestand,
  Provincie,
  RealisatieRegel,
  SnapshotBestand,
  SnapshotStatus,
  TaakstellingBestand,
  TaakstellingRegel,
} from './types.ts';

export interface MonitorIssue {
  /** Path relative to the project root, e.g. `data/monitor/2015-08.json`. */
  readonly bestand: string;
  /** Gemeente code, when the problem concerns one gemeente. */
  readonly gemeente?: string;
  /** The field (or `bestandsnaam`, `json`, …) that is wrong. */
  readonly veld: string;
  /** Full Dutch sentence: file, gemeente (code + naam), field, what was expected and what was found. */
  readonly melding: string;
}

export class MonitorDataFout extends Error {
  readonly issues: readonly MonitorIssue[];

  constructor(issues: readonly MonitorIssue[]) {
    const aantal = issues.length === 1 ? '1 probleem' : `${issues.length} problemen`;
    super(`De monitorgegevens kloppen niet (${aantal}):\n${issues.map((i) => `- ${i.melding}`).join('\n')}`);
    this.name = 'MonitorDataFout';
    this.issues = issues;
  }
}

/** A JSON file as read from disk (or a parse problem already reported). */
export interface RuwBestand {
  readonly bestand: string;
  readonly inhoud: unknown;
}

export interface RuweMonitorData {
  readonly provincies: RuwBestand;
  readonly indelingen: readonly RuwBestand[];
  readonly inwoners: readonly RuwBestand[];
  /** null when `data/herindelingen.json` does not exist. */
  readonly herindelingen: RuwBestand | null;
  readonly taakstellingen: readonly RuwBestand[];
  readonly snapshots: readonly RuwBestand[];
  /** Problems found while reading (unreadable file, invalid JSON). */
  readonly leesProblemen: readonly MonitorIssue[];
}

export interface GevalideerdeMonitorData {
  readonly provincies: readonly Provincie[];
  readonly indelingen: readonly Indeling[];
  readonly inwoners: readonly InwonersBestand[];
  readonly herindelingen: readonly Herindeling[];
  readonly taakstellingen: readonly TaakstellingBestand[];
  /** Sorted by peildatum, then periode. */
  readonly snapshots: readonly SnapshotBestand[];
}

export interface ValidatieResultaat {
  readonly issues: readonly MonitorIssue[];
  /** Only complete when `issues` is empty. */
  readonly data: GevalideerdeMonitorData;
}

const GETAL = new Intl.NumberFormat('nl-NL', { maximumFractionDigits: 20 });

function beschrijf(waarde: unknown): string {
  if (waarde === undefined) return 'niets (het veld ontbreekt)';
  if (typeof waarde === 'number') return Number.isFinite(waarde) ? GETAL.format(waarde) : String(waarde);
  if (typeof waarde === 'string') return `"${waarde}"`;
  return JSON.stringify(waarde);
}

function getal(n: number): string {
  return GETAL.format(n);
}

function isObject(v: unknown): v is Record<string, unknown> {
  return typeof v === 'object' && v !== null && !Array.isArray(v);
}

function basisnaam(bestand: string): string {
  const naam = bestand.split('/').pop() ?? bestand;
  return naam.replace(/\.json$/, '');
}

/** Collects issues and knows every gemeente name, so messages can say "GM0003 (Appingedam)". */
class Verzamelaar {
  readonly issues: MonitorIssue[] = [];
  private readonly namen = new Map<string, Map<string, string>>(); // indeling → code → naam
  private readonly alleNamen = new Map<string, string>();

  leerNamen(indeling: string, gemeenten: readonly IndelingGemeente[]): void {
    const m = new Map<string, string>();
    for (const g of gemeenten) {
      m.set(g.code, g.naam);
      this.alleNamen.set(g.code, g.naam);
    }
    this.namen.set(indeling, m);
  }

  naam(code: string, indeling?: string): string {
    return (indeling ? this.namen.get(indeling)?.get(code) : undefined) ?? this.alleNamen.get(code) ?? 'onbekende gemeente';
  }

  meld(bestand: string, veld: string, tekst: string, gemeente?: { code: string; indeling?: string }): void {
    const wie = gemeente ? `, gemeente ${gemeente.code} (${this.naam(gemeente.code, gemeente.indeling)})` : '';
    const issue: MonitorIssue = {
      bestand,
      veld,
      melding: `${bestand}${wie}, veld "${veld}": ${tekst}`,
      ...(gemeente ? { gemeente: gemeente.code } : {}),
    };
    this.issues.push(issue);
  }
}

type GetalSoort = 'nietNegatief' | 'geheel';

/** Returns the number when valid, otherwise reports and returns null. */
function controleerGetal(
  v: Verzamelaar,
  bestand: string,
  veld: string,
  waarde: unknown,
  soort: GetalSoort,
  gemeente?: { code: string; indeling?: string },
): number | null {
  const verwacht = soort === 'nietNegatief' ? 'een geheel getal van 0 of meer' : 'een geheel getal (negatief mag: dat is een voorsprong)';
  if (typeof waarde !== 'number' || !Number.isInteger(waarde) || (soort === 'nietNegatief' && waarde < 0)) {
    v.meld(bestand, veld, `verwacht ${verwacht}; gevonden: ${beschrijf(waarde)}.`, gemeente);
    return null;
  }
  return waarde;
}

function controleerTekst(v: Verzamelaar, bestand: string, veld: string, waarde: unknown, verplicht = true): string | null {
  if (typeof waarde !== 'string' || (verplicht && waarde.trim() === '')) {
    v.meld(bestand, veld, `verwacht een tekst${verplicht ? ' die niet leeg is' : ''}; gevonden: ${beschrijf(waarde)}.`);
    return null;
  }
  return waarde;
}

function controleerProvincies(v: Verzamelaar, ruw: RuwBestand): Provincie[] {
  const uit: Provincie[] = [];
  if (!Array.isArray(ruw.inhoud)) {
    if (ruw.inhoud !== undefined) v.meld(ruw.bestand, '(bestand)', `verwacht een lijst van provincies [{code, naam}]; gevonden: ${beschrijf(ruw.inhoud)}.`);
    return uit;
  }
  ruw.inhoud.forEach((p, i) => {
    if (!isObject(p) || typeof p.code !== 'string' || !/^PV\d{2}$/.test(p.code) || typeof p.naam !== 'string') {
      v.meld(ruw.bestand, `[${i}]`, `verwacht {"code": "PV20", "naam": "…"}; gevonden: ${beschrijf(p)}.`);
      return;
    }
    uit.push({ code: p.code, naam: p.naam });
  });
  return uit;
}

function controleerIndeling(v: Verzamelaar, ruw: RuwBestand, provincieCodes: ReadonlySet<string>): Indeling | null {
  const id = basisnaam(ruw.bestand);
  if (!/^\d{4}$/.test(id)) {
    v.meld(ruw.bestand, 'bestandsnaam', `verwacht een jaartal als naam, bijvoorbeeld data/gemeenten/2015.json; gevonden: "${id}".`);
    return null;
  }
  if (!Array.isArray(ruw.inhoud)) {
    if (ruw.inhoud !== undefined) v.meld(ruw.bestand, '(bestand)', `verwacht een lijst van gemeenten [{code, naam, provincie}]; gevonden: ${beschrijf(ruw.inhoud)}.`);
    return null;
  }
  const gemeenten: IndelingGemeente[] = [];
  const gezien = new Set<string>();
  ruw.inhoud.forEach((g, i) => {
    if (!isObject(g) || typeof g.code !== 'string' || !/^GM\d{4}$/.test(g.code) || typeof g.naam !== 'string' || typeof g.provincie !== 'string') {
      v.meld(ruw.bestand, `[${i}]`, `verwacht {"code": "GM0003", "naam": "…", "provincie": "PV20"}; gevonden: ${beschrijf(g)}.`);
      return;
    }
    if (gezien.has(g.code)) {
      v.meld(ruw.bestand, 'code', `deze gemeente staat er meer dan één keer in; verwacht elke gemeente één keer.`, { code: g.code });
      return;
    }
    if (provincieCodes.size > 0 && !provincieCodes.has(g.provincie)) {
      v.meld(ruw.bestand, 'provincie', `verwacht een provinciecode uit data/provincies.json; gevonden: ${beschrijf(g.provincie)}.`, { code: g.code });
    }
    gezien.add(g.code);
    gemeenten.push({ code: g.code, naam: g.naam, provincie: g.provincie });
  });
  gemeenten.sort((a, b) => (a.code < b.code ? -1 : a.code > b.code ? 1 : 0));
  return { id, datum: indelingDatum(id), bestand: ruw.bestand, gemeenten };
}

function controleerInwoners(v: Verzamelaar, ruw: RuwBestand, indelingen: ReadonlyMap<string, Indeling>): InwonersBestand | null {
  const jaar = basisnaam(ruw.bestand);
  if (!Array.isArray(ruw.inhoud)) {
    if (ruw.inhoud !== undefined) v.meld(ruw.bestand, '(bestand)', `verwacht een lijst [{code, inwoners}]; gevonden: ${beschrijf(ruw.inhoud)}.`);
    return null;
  }
  const indeling = indelingen.get(jaar);
  const codes = new Set(indeling?.gemeenten.map((g) => g.code));
  const perGemeente = new Map<string, number>();
  ruw.inhoud.forEach((r, i) => {
    if (!isObject(r) || typeof r.code !== 'string') {
      v.meld(ruw.bestand, `[${i}]`, `verwacht {"code": "GM0003", "inwoners": 12001}; gevonden: ${beschrijf(r)}.`);
      return;
    }
    const gemeente = { code: r.code, indeling: jaar };
    if (indeling && !codes.has(r.code)) {
      v.meld(ruw.bestand, 'code', `deze gemeente bestaat niet in de indeling ${jaar} (data/gemeenten/${jaar}.json).`, gemeente);
      return;
    }
    if (perGemeente.has(r.code)) {
      v.meld(ruw.bestand, 'code', 'deze gemeente staat er meer dan één keer in; verwacht elke gemeente één keer.', gemeente);
      return;
    }
    const n = controleerGetal(v, ruw.bestand, 'inwoners', r.inwoners, 'nietNegatief', gemeente);
    if (n !== null) perGemeente.set(r.code, n);
  });
  return { bestand: ruw.bestand, jaar, perGemeente };
}

function controleerHerindelingen(v: Verzamelaar, ruw: RuwBestand | null, alleCodes: ReadonlySet<string>): Herindeling[] {
  if (!ruw) return [];
  const uit: Herindeling[] = [];
  if (!Array.isArray(ruw.inhoud)) {
    if (ruw.inhoud !== undefined) v.meld(ruw.bestand, '(bestand)', `verwacht een lijst [{datum, van, naar, toelichting}]; gevonden: ${beschrijf(ruw.inhoud)}.`);
    return uit;
  }
  ruw.inhoud.forEach((h, i) => {
    if (!isObject(h)) {
      v.meld(ruw.bestand, `[${i}]`, `verwacht {"datum", "van", "naar", "toelichting"}; gevonden: ${beschrijf(h)}.`);
      return;
    }
    let goed = true;
    if (!isIsoDatum(h.datum)) {
      v.meld(ruw.bestand, `[${i}].datum`, `verwacht een datum JJJJ-MM-DD; gevonden: ${beschrijf(h.datum)}.`);
      goed = false;
    }
    if (!Array.isArray(h.van) || h.van.length === 0 || !h.van.every((c) => typeof c === 'string')) {
      v.meld(ruw.bestand, `[${i}].van`, `verwacht een lijst met minstens één gemeentecode; gevonden: ${beschrijf(h.van)}.`);
      goed = false;
    }
    if (typeof h.naar !== 'string') {
      v.meld(ruw.bestand, `[${i}].naar`, `verwacht een gemeentecode; gevonden: ${beschrijf(h.naar)}.`);
      goed = false;
    }
    if (typeof h.toelichting !== 'string') {
      v.meld(ruw.bestand, `[${i}].toelichting`, `verwacht een tekst; gevonden: ${beschrijf(h.toelichting)}.`);
      goed = false;
    }
    if (!goed) return;
    const van = h.van as string[];
    for (const code of [...van, h.naar as string]) {
      if (alleCodes.size > 0 && !alleCodes.has(code)) {
        v.meld(ruw.bestand, `[${i}]`, 'deze gemeentecode komt in geen enkele indeling in data/gemeenten/ voor.', { code });
      }
    }
    uit.push({ datum: h.datum as string, van, naar: h.naar as string, toelichting: h.toelichting as string });
  });
  return uit;
}

function controleerTaakstelling(v: Verzamelaar, ruw: RuwBestand, indelingen: ReadonlyMap<string, Indeling>): TaakstellingBestand | null {
  const { bestand, inhoud } = ruw;
  if (!isObject(inhoud)) {
    if (inhoud !== undefined) v.meld(bestand, '(bestand)', `verwacht een object met periode, indeling, bron, illustratief, toelichting en gemeenten; gevonden: ${beschrijf(inhoud)}.`);
    return null;
  }
  const naam = basisnaam(bestand);
  let periode: string | null = null;
  if (!isPeriodeId(inhoud.periode)) {
    v.meld(bestand, 'periode', `verwacht een periode zoals "2015-II"; gevonden: ${beschrijf(inhoud.periode)}.`);
  } else if (inhoud.periode !== naam) {
    v.meld(bestand, 'bestandsnaam', `de bestandsnaam moet gelijk zijn aan de periode: verwacht data/taakstelling/${inhoud.periode}.json, want periode is "${inhoud.periode}".`);
  } else {
    periode = inhoud.periode;
  }
  let indeling: Indeling | undefined;
  if (typeof inhoud.indeling !== 'string' || !indelingen.has(inhoud.indeling)) {
    v.meld(bestand, 'indeling', `verwacht een indeling waarvoor data/gemeenten/<indeling>.json bestaat (${[...indelingen.keys()].join(', ')}); gevonden: ${beschrijf(inhoud.indeling)}.`);
  } else {
    indeling = indelingen.get(inhoud.indeling);
  }
  const bron = controleerTekst(v, bestand, 'bron', inhoud.bron);
  const toelichting = controleerTekst(v, bestand, 'toelichting', inhoud.toelichting, false);
  if (typeof inhoud.illustratief !== 'boolean') {
    v.meld(bestand, 'illustratief', `verwacht true of false; gevonden: ${beschrijf(inhoud.illustratief)}.`);
  }
  if (!Array.isArray(inhoud.gemeenten)) {
    v.meld(bestand, 'gemeenten', `verwacht een lijst van gemeenten; gevonden: ${beschrijf(inhoud.gemeenten)}.`);
    return null;
  }
  const regels: TaakstellingRegel[] = [];
  const gezien = new Set<string>();
  const codes = new Set(indeling?.gemeenten.map((g) => g.code));
  const indelingId = indeling?.id;
  inhoud.gemeenten.forEach((r, i) => {
    if (!isObject(r) || typeof r.code !== 'string') {
      v.meld(bestand, `gemeenten[${i}].code`, `verwacht een object met een gemeentecode zoals "GM0003"; gevonden: ${beschrijf(r)}.`);
      return;
    }
    const gemeente = { code: r.code, ...(indelingId ? { indeling: indelingId } : {}) };
    if (indeling && !codes.has(r.code)) {
      v.meld(bestand, 'code', `deze gemeente bestaat niet in de indeling ${indeling.id}; verwacht een code uit ${indeling.bestand}.`, gemeente);
      return;
    }
    if (gezien.has(r.code)) {
      v.meld(bestand, 'code', 'deze gemeente staat er meer dan één keer in; verwacht elke gemeente precies één keer.', gemeente);
      return;
    }
    gezien.add(r.code);
    const netto = controleerGetal(v, bestand, 'netto', r.netto, 'nietNegatief', gemeente);
    const achterstand = controleerGetal(v, bestand, 'achterstand', r.achterstand, 'geheel', gemeente);
    const gecorrigeerd = controleerGetal(v, bestand, 'gecorrigeerd', r.gecorrigeerd, 'geheel', gemeente);
    if (netto === null || achterstand === null || gecorrigeerd === null) return;
    if (gecorrigeerd !== netto + achterstand) {
      v.meld(
        bestand,
        'gecorrigeerd',
        `verwacht netto + achterstand = ${getal(netto)} + ${getal(achterstand)} = ${getal(netto + achterstand)}; gevonden: ${getal(gecorrigeerd)}.`,
        gemeente,
      );
      return;
    }
    regels.push({ code: r.code, netto, achterstand, gecorrigeerd });
  });
  if (indeling) {
    for (const g of indeling.gemeenten) {
      if (!gezien.has(g.code)) {
        v.meld(bestand, 'gemeenten', `deze gemeente van de indeling ${indeling.id} ontbreekt; verwacht een regel voor elke gemeente van ${indeling.bestand}.`, {
          code: g.code,
          indeling: indeling.id,
        });
      }
    }
  }
  if (!periode || !indeling || bron === null || toelichting === null || typeof inhoud.illustratief !== 'boolean') return null;
  return { bestand, periode, indeling: indeling.id, bron, illustratief: inhoud.illustratief, toelichting, gemeenten: regels };
}

function controleerSnapshot(
  v: Verzamelaar,
  ruw: RuwBestand,
  indelingen: ReadonlyMap<string, Indeling>,
  taakstellingen: ReadonlyMap<string, TaakstellingBestand>,
  vandaag: IsoDatum,
): SnapshotBestand | null {
  const { bestand, inhoud } = ruw;
  if (!isObject(inhoud)) {
    if (inhoud !== undefined) v.meld(bestand, '(bestand)', `verwacht een object met peildatum, periode, indeling, bron, status, toelichting en gemeenten; gevonden: ${beschrijf(inhoud)}.`);
    return null;
  }
  let ok = true;
  const naam = basisnaam(bestand);
  const peildatum = isIsoDatum(inhoud.peildatum) ? inhoud.peildatum : null;
  if (!peildatum) {
    v.meld(bestand, 'peildatum', `verwacht een datum JJJJ-MM-DD, de eerste dag van een maand; gevonden: ${beschrijf(inhoud.peildatum)}.`);
    ok = false;
  } else {
    if (`${naam}-01` !== peildatum) {
      v.meld(
        bestand,
        'bestandsnaam',
        `de bestandsnaam moet bij de peildatum passen: een bestand met peildatum ${peildatum} heet data/monitor/${peildatum.slice(0, 7)}.json, en ${bestand} hoort peildatum ${/^\d{4}-\d{2}$/.test(naam) ? `${naam}-01` : 'JJJJ-MM-01'} te hebben.`,
      );
      ok = false;
    }
    if (peildatum > vandaag) {
      v.meld(bestand, 'peildatum', `de peildatum ${formatDatum(peildatum)} ligt in de toekomst; verwacht een datum op of vóór vandaag (${formatDatum(vandaag)}).`);
      ok = false;
    }
  }
  const periode = isPeriodeId(inhoud.periode) ? inhoud.periode : null;
  if (!periode) {
    v.meld(bestand, 'periode', `verwacht een periode zoals "2015-II"; gevonden: ${beschrijf(inhoud.periode)}.`);
    ok = false;
  }
  let maanden = 0;
  if (peildatum && periode) {
    if (!peildatumPastBijPeriode(periode, peildatum)) {
      v.meld(
        bestand,
        'peildatum',
        `de peildatum ${peildatum} past niet bij periode ${periode} (${periodeLabel(periode)}); verwacht de eerste dag van een maand na ${formatDatum(periodeStart(periode))} en uiterlijk ${formatDatum(periodeEindstand(periode))} (${periodeEindstand(periode)}).`,
      );
      ok = false;
    } else {
      maanden = maandenVerstreken(periode, peildatum);
    }
  }
  const taakstelling = periode ? taakstellingen.get(periode) : undefined;
  if (periode && !taakstelling) {
    v.meld(bestand, 'periode', `er is geen (geldige) taakstelling voor periode ${periode}; verwacht het bestand data/taakstelling/${periode}.json.`);
    ok = false;
  }
  let indeling: Indeling | undefined;
  if (typeof inhoud.indeling !== 'string' || !indelingen.has(inhoud.indeling)) {
    v.meld(bestand, 'indeling', `verwacht een indeling waarvoor data/gemeenten/<indeling>.json bestaat (${[...indelingen.keys()].join(', ')}); gevonden: ${beschrijf(inhoud.indeling)}.`);
    ok = false;
  } else {
    indeling = indelingen.get(inhoud.indeling);
    if (taakstelling && taakstelling.indeling !== inhoud.indeling) {
      v.meld(bestand, 'indeling', `verwacht indeling "${taakstelling.indeling}", dezelfde als ${taakstelling.bestand}; gevonden: "${inhoud.indeling}".`);
      ok = false;
    }
  }
  const bron = controleerTekst(v, bestand, 'bron', inhoud.bron);
  const toelichting = controleerTekst(v, bestand, 'toelichting', inhoud.toelichting, false);
  if (inhoud.status !== 'illustratief' && inhoud.status !== 'officieel') {
    v.meld(bestand, 'status', `verwacht "illustratief" of "officieel"; gevonden: ${beschrijf(inhoud.status)}.`);
    ok = false;
  }
  if (!Array.isArray(inhoud.gemeenten)) {
    v.meld(bestand, 'gemeenten', `verwacht een lijst van gemeenten; gevonden: ${beschrijf(inhoud.gemeenten)}.`);
    return null;
  }
  const codes = new Set(indeling?.gemeenten.map((g) => g.code));
  const gezien = new Set<string>();
  const regels: RealisatieRegel[] = [];
  inhoud.gemeenten.forEach((r, i) => {
    if (!isObject(r) || typeof r.code !== 'string') {
      v.meld(bestand, `gemeenten[${i}].code`, `verwacht een object met een gemeentecode zoals "GM0003"; gevonden: ${beschrijf(r)}.`);
      return;
    }
    const gemeente = { code: r.code, ...(indeling ? { indeling: indeling.id } : {}) };
    if (indeling && !codes.has(r.code)) {
      v.meld(bestand, 'code', `deze gemeente bestaat niet in de indeling ${indeling.id}; verwacht een code uit ${indeling.bestand}.`, gemeente);
      return;
    }
    if (gezien.has(r.code)) {
      v.meld(bestand, 'code', 'deze gemeente staat er meer dan één keer in; verwacht elke gemeente precies één keer.', gemeente);
      return;
    }
    gezien.add(r.code);
    const realisatie = controleerGetal(v, bestand, 'realisatie', r.realisatie, 'nietNegatief', gemeente);
    let nareizigers: number | null | undefined;
    if (r.nareizigers !== undefined) {
      nareizigers = controleerGetal(v, bestand, 'nareizigers', r.nareizigers, 'nietNegatief', gemeente);
      if (nareizigers !== null && realisatie !== null && nareizigers > realisatie) {
        v.meld(
          bestand,
          'nareizigers',
          `verwacht hooguit de realisatie (${getal(realisatie)}), want nareizigers tellen mee in de realisatie; gevonden: ${getal(nareizigers)}.`,
          gemeente,
        );
        nareizigers = null;
      }
    }
    if (realisatie === null || nareizigers === null) return;
    regels.push(nareizigers === undefined ? { code: r.code, realisatie } : { code: r.code, realisatie, nareizigers });
  });
  if (indeling) {
    for (const g of indeling.gemeenten) {
      if (!gezien.has(g.code)) {
        v.meld(bestand, 'gemeenten', `deze gemeente van de indeling ${indeling.id} ontbreekt; verwacht een regel voor elke gemeente van ${indeling.bestand}.`, {
          code: g.code,
          indeling: indeling.id,
        });
      }
    }
  }
  if (!ok || !peildatum || !periode || !indeling || bron === null || toelichting === null) return null;
  return {
    bestand,
    peildatum,
    periode,
    indeling: indeling.id,
    bron,
    status: inhoud.status as SnapshotStatus,
    toelichting,
    maanden,
    gemeenten: regels,
  };
}

/** Realisatie may not go down within a periode. */
function controleerOplopend(v: Verzamelaar, snapshots: readonly SnapshotBestand[]): void {
  const vorige = new Map<string, { peildatum: IsoDatum; realisatie: number }>(); // `${periode}|${code}`
  for (const s of snapshots) {
    for (const r of s.gemeenten) {
      const sleutel = `${s.periode}|${r.code}`;
      const eerder = vorige.get(sleutel);
      if (eerder && r.realisatie < eerder.realisatie) {
        v.meld(
          s.bestand,
          'realisatie',
          `verwacht minstens ${getal(eerder.realisatie)}, de stand op ${formatDatum(eerder.peildatum)}: de realisatie telt op vanaf het begin van periode ${s.periode} en kan niet dalen; gevonden: ${getal(r.realisatie)}.`,
          { code: r.code, indeling: s.indeling },
        );
      }
      vorige.set(sleutel, { peildatum: s.peildatum, realisatie: r.realisatie });
    }
  }
}

/**
 * When a periode and the one before it both exist and the earlier one has its final stand
 * (m = 6), every achterstand must equal the carry-over: gecorrigeerd − final realisatie, summed
 * over predecessors through herindelingen.
 */
function controleerOverdracht(
  v: Verzamelaar,
  taakstellingen: ReadonlyMap<string, TaakstellingBestand>,
  snapshots: readonly SnapshotBestand[],
  herindelingen: readonly Herindeling[],
  indelingen: ReadonlyMap<string, Indeling>,
): void {
  for (const t of taakstellingen.values()) {
    const vorige = taakstellingen.get(vorigePeriode(t.periode));
    if (!vorige) continue;
    const eind = snapshots.find((s) => s.periode === vorige.periode && s.maanden === MAANDEN_PER_PERIODE);
    if (!eind) continue;
    const realisatie = new Map(eind.gemeenten.map((r) => [r.code, r.realisatie]));
    const vanDatum = indelingDatum(vorige.indeling);
    const totDatum = indelingDatum(t.indeling);
    const overdracht = new Map<string, number>();
    // successors with a predecessor whose figures were rejected: their expected value is unknown
    const onvolledig = new Set<string>();
    const regels = new Map(vorige.gemeenten.map((r) => [r.code, r]));
    for (const g of indelingen.get(vorige.indeling)?.gemeenten ?? []) {
      const regel = regels.get(g.code);
      const eindRealisatie = realisatie.get(g.code);
      if (regel && eindRealisatie !== undefined) overdracht.set(g.code, regel.gecorrigeerd - eindRealisatie);
      else onvolledig.add(opvolger(herindelingen, g.code, vanDatum, totDatum));
    }
    const verwacht = zetOverNaarIndeling(herindelingen, overdracht, vanDatum, totDatum);
    // which old codes went into each new code, for the message
    const bronnen = new Map<string, string[]>();
    for (const oud of overdracht.keys()) {
      const nieuw = opvolger(herindelingen, oud, vanDatum, totDatum);
      bronnen.set(nieuw, [...(bronnen.get(nieuw) ?? []), oud]);
    }
    const nieuweCodes = new Set(indelingen.get(t.indeling)?.gemeenten.map((g) => g.code));
    for (const [code, waarde] of verwacht) {
      if (!nieuweCodes.has(code)) {
        v.meld(
          'data/herindelingen.json',
          'naar',
          `deze gemeente bestaat niet meer in de indeling ${t.indeling}, dus haar achterstand op ${formatDatum(eind.peildatum)} (${getal(waarde)}) kan nergens heen; verwacht in data/herindelingen.json een herindeling met deze code in "van" en haar opvolger in "naar".`,
          { code, indeling: vorige.indeling },
        );
      }
    }
    const eindLabel = formatDatum(eind.peildatum);
    for (const r of t.gemeenten) {
      const moet = verwacht.get(r.code);
      if (moet === undefined || onvolledig.has(r.code) || moet === r.achterstand) continue;
      const herkomst = bronnen.get(r.code) ?? [r.code];
      const uitleg =
        herkomst.length === 1 && herkomst[0] === r.code
          ? `de overdracht uit periode ${vorige.periode} (gecorrigeerde taakstelling ${getal(regels.get(r.code)?.gecorrigeerd ?? 0)} min realisatie ${getal(realisatie.get(r.code) ?? 0)} op ${eindLabel})`
          : `de opgetelde overdracht uit periode ${vorige.periode} van ${herkomst.map((c) => `${c} (${v.naam(c, vorige.indeling)}) ${getal(overdracht.get(c) ?? 0)}`).join(', ')} op ${eindLabel}`;
      v.meld(
        t.bestand,
        'achterstand',
        `verwacht ${getal(moet)}: dat is ${uitleg}; gevonden: ${getal(r.achterstand)}.`,
        { code: r.code, indeling: t.indeling },
      );
    }
  }
}

function vergelijkSnapshots(a: SnapshotBestand, b: SnapshotBestand): number {
  if (a.peildatum !== b.peildatum) return a.peildatum < b.peildatum ? -1 : 1;
  return vergelijkPerioden(a.periode, b.periode);
}

/** Checks everything; returns all issues plus the data that passed. */
export function valideerMonitorData(ruw: RuweMonitorData, vandaag: IsoDatum): ValidatieResultaat {
  parseIsoDatum(vandaag); // throws on a malformed "today"
  const v = new Verzamelaar();
  v.issues.push(...ruw.leesProblemen);

  const provincies = controleerProvincies(v, ruw.provincies);
  const provincieCodes = new Set(provincies.map((p) => p.code));
  const indelingen = new Map<string, Indeling>();
  for (const r of ruw.indelingen) {
    const indeling = controleerIndeling(v, r, provincieCodes);
    if (indeling) {
      indelingen.set(indeling.id, indeling);
      v.leerNamen(indeling.id, indeling.gemeenten);
    }
  }
  const alleCodes = new Set([...indelingen.values()].flatMap((i) => i.gemeenten.map((g) => g.code)));
  const inwoners = ruw.inwoners.map((r) => controleerInwoners(v, r, indelingen)).filter((x): x is InwonersBestand => x !== null);
  const herindelingen = controleerHerindelingen(v, ruw.herindelingen, alleCodes);

  const taakstellingen = new Map<string, TaakstellingBestand>();
  for (const r of ruw.taakstellingen) {
    const t = controleerTaakstelling(v, r, indelingen);
    if (t) taakstellingen.set(t.periode, t);
  }
  const snapshots = ruw.snapshots
    .map((r) => controleerSnapshot(v, r, indelingen, taakstellingen, vandaag))
    .filter((x): x is SnapshotBestand => x !== null)
    .sort(vergelijkSnapshots);

  controleerOplopend(v, snapshots);
  controleerOverdracht(v, taakstellingen, snapshots, herindelingen, indelingen);

  return {
    issues: v.issues,
    data: {
      provincies,
      indelingen: [...indelingen.values()].sort((a, b) => (a.id < b.id ? -1 : 1)),
      inwoners,
      herindelingen,
      taakstellingen: [...taakstellingen.values()].sort((a, b) => vergelijkPerioden(a.periode, b.periode)),
      snapshots,
    },
  };
}
