/**
 * `npm run import -- <bestand> [--maand JJJJ-MM] [--dry-run] [--vervang]`: turns a monthly
 * COA-style export (CSV) into `data/monitor/JJJJ-MM.json`.
 *
 * Every row is checked (gemeente known in the indeling of the periode, counts whole, not negative
 * and without an ambiguous point unless --duizendtallen, no cells beyond the header, a peildatum
 * column that fits the month, no duplicates, nareizigers within realisatie, not lower than last
 * month within the periode), every gemeente of the indeling must be present, and the new file
 * must pass the data pipeline (src/lib/validatie/data.ts: the schema and every rule across files,
 * the plausibility rules included) together with the data already there, exactly as npm run check
 * would. A published file is never replaced without `--vervang`, and then only after the
 * differences are shown. Writing is atomic.
 */
import { existsSync, mkdirSync, readFileSync } from 'node:fs';
import { isAbsolute, join, relative, resolve } from 'node:path';
import {
  formatDatum,
  periodeLabel,
  periodeStart,
  periodeVanDatum,
  realisatieMaand,
  verschuifMaanden,
} from '../monitor/periode.ts';
import { datumVan } from '../../schemas/context.ts';
import { valideerData } from '../validatie/data.ts';
import { formatMelding, type Melding } from '../validatie/melding.ts';
import { leesCsv } from './csv.ts';
import { getal, leesAantal, verschil, type GetalResultaat } from './getallen.ts';
import { GemeenteZoeker, leesVarianten, normaliseerCode, normaliseerNaam, type IndelingGemeente } from './gemeenten.ts';
import eigenVarianten from './naamvarianten.json' with { type: 'json' };
import { schrijfAtomair, serialiseer, verschillen, type SnapshotJson, type SnapshotRegel } from './snapshot.ts';

export interface ImportOpties {
  /** Project root (holds data/). */
  root: string;
  /** The export file; relative paths are relative to the current folder. */
  bestand: string;
  /** JJJJ-MM: the month of the stand (stand op de 1e). Default: taken from the file name. */
  maand?: string;
  /** Check and show everything, write nothing. */
  dryRun?: boolean;
  /** Allow replacing a published month (after showing the differences). */
  vervang?: boolean;
  /** Points in counts separate thousands (`1.234` = 1234); without it such a count is refused. */
  duizendtallen?: boolean;
  /** Codes (GM…, PV…, NL) whose implausible figures the editor checked: written to "bevestigd". */
  bevestig?: readonly string[];
  status?: string;
  bron?: string;
  toelichting?: string;
  /** JJJJ-MM-DD; default OT_VANDAAG or today. */
  vandaag?: string;
  /** Tests only: called after the temporary file is written, before it is renamed. */
  testVoorHernoemen?: (tijdelijk: string) => void;
}

export interface ImportResultaat {
  ok: boolean;
  /** Problems that stop the import (Dutch, with file, line and field). */
  meldingen: Melding[];
  /** Things to look at that do not stop the import. */
  waarschuwingen: string[];
  /** Summary and differences, to print. */
  uitvoer: string[];
  /** `data/monitor/JJJJ-MM.json`, once the month is known. */
  doel?: string;
  geschreven: boolean;
  snapshot?: SnapshotJson;
}

/** Column names accepted in the header row (compared without case, spaces and punctuation). */
const KOLOMMEN = {
  code: ['gemeentecode', 'code', 'cbscode', 'gmcode', 'gemcode', 'gemeentenummer'],
  naam: ['gemeente', 'gemeentenaam', 'naam'],
  realisatie: ['realisatie', 'gerealiseerd', 'gehuisvest', 'afgemeld', 'huisvesting'],
  nareizigers: ['nareizigers', 'waarvannareizigers', 'nareiziger'],
  peildatum: ['peildatum', 'datum', 'standop'],
} as const;
type Kolom = keyof typeof KOLOMMEN;
const GENEGEERD = ['provincie', 'provincienaam', 'periode', 'maand', 'taakstelling', 'opmerking', 'toelichting'];
/** Totals and subtotals: skipped with a notice (the site computes every sum itself). */
const TOTAALRIJ = /^(sub ?totaal|totaal|eindtotaal|nederland|landelijk)\b/;

/** `OT_VANDAAG` (tests pin a day), else today as the build and the check see it. */
const vandaagStandaard = () => process.env.OT_VANDAAG ?? datumVan();

/** The published file that an import may replace: read even when it is broken (then it is replaced whole). */
function leesJsonVeilig(pad: string): unknown {
  try {
    return JSON.parse(readFileSync(pad, 'utf8').replace(/^\uFEFF/, ''));
  } catch {
    return undefined;
  }
}

function weergaveNaam(root: string, pad: string): string {
  const rel = relative(root, pad);
  const kort = rel.startsWith('..') || isAbsolute(rel) ? relative(process.cwd(), pad) : rel;
  return kort.split('\\').join('/');
}

/** JJJJ-MM-DD, D-M-JJJJ or DD-MM-JJJJ (also with /) as JJJJ-MM-DD; undefined otherwise. */
function leesDatum(ruw: string): string | undefined {
  const iso = /^(\d{4})-(\d{1,2})-(\d{1,2})$/.exec(ruw.trim());
  const nl = /^(\d{1,2})[-/](\d{1,2})[-/](\d{4})$/.exec(ruw.trim());
  const [j, m, d] = iso ? [iso[1], iso[2], iso[3]] : nl ? [nl[3], nl[2], nl[1]] : [];
  return j ? `${j}-${m!.padStart(2, '0')}-${d!.padStart(2, '0')}` : undefined;
}

/** "bevestigd" of the new snapshot: the published file's, plus the codes confirmed now with --bevestig. */
function bevestigdVan(
  opties: ImportOpties,
  bestaand: Partial<SnapshotJson> | undefined,
  vandaag: string,
  bronPad: string,
): Pick<SnapshotJson, 'bevestigd'> {
  const lijst = [...(Array.isArray(bestaand?.bevestigd) ? bestaand.bevestigd : [])];
  for (const code of opties.bevestig ?? []) {
    if (!lijst.some((b) => b.code === code)) {
      lijst.push({
        code,
        reden: `bevestigd met --bevestig bij de import van ${bronPad.split(/[\\/]/).pop()} op ${formatDatum(vandaag)}`,
      });
    }
  }
  return lijst.length > 0 ? { bevestigd: lijst } : {};
}

function maandUitNaam(pad: string): string | undefined {
  const m = /(20\d{2})[-_ .]?(0[1-9]|1[0-2])(?!\d)/.exec(pad.split(/[\\/]/).pop() ?? '');
  return m ? `${m[1]}-${m[2]}` : undefined;
}

function kolomVan(kop: string): Kolom | 'genegeerd' | undefined {
  const k = kop
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z]/g, '');
  for (const [kolom, namen] of Object.entries(KOLOMMEN) as [Kolom, readonly string[]][]) if (namen.includes(k)) return kolom;
  return GENEGEERD.includes(k) ? 'genegeerd' : undefined;
}

function getalMelding(veld: string, ruw: string, r: Exclude<GetalResultaat, { ok: true }>): string {
  switch (r.reden) {
    case 'leeg':
      return `${veld} is leeg; verwacht een heel getal van 0 of meer (vul 0 in als er niemand is gehuisvest)`;
    case 'negatief':
      return `${veld} "${ruw}" is negatief; verwacht een heel getal van 0 of meer`;
    case 'geen-heel-getal':
      return `${veld} "${ruw}" is geen heel getal; verwacht een aantal personen zoals 12 of 1234`;
    case 'duizendtal':
      return `${veld} "${ruw}" bevat een punt: dat kan ${ruw.replace(/\./g, '')} betekenen (punt als duizendtal) of ${ruw.split('.')[0]} (punt als komma); verwacht een aantal zonder punt, zoals ${ruw.replace(/\./g, '')}, of draai opnieuw met --duizendtallen als de punten duizendtallen scheiden`;
    default:
      return `${veld} "${ruw}" is geen getal; verwacht een heel getal zoals 12 of 1234`;
  }
}

export function importeer(opties: ImportOpties): ImportResultaat {
  const root = resolve(opties.root);
  const vandaag = opties.vandaag ?? vandaagStandaard();
  const bronPad = resolve(opties.bestand);
  const bestand = weergaveNaam(root, bronPad);
  const meldingen: Melding[] = [];
  const waarschuwingen: string[] = [];
  const uitvoer: string[] = [];
  const resultaat = (extra: Partial<ImportResultaat> = {}): ImportResultaat => ({
    ok: meldingen.length === 0,
    meldingen,
    waarschuwingen,
    uitvoer,
    geschreven: false,
    ...extra,
  });
  const fout = (m: Omit<Melding, 'bestand'> & { bestand?: string }) => meldingen.push({ bestand, ...m });

  // 1. The month and the periode.
  const maand = opties.maand ?? maandUitNaam(bronPad);
  if (!maand) {
    fout({
      veld: '--maand',
      melding:
        'de maand is onbekend; verwacht --maand JJJJ-MM (de maand van de stand op de 1e, bijvoorbeeld --maand 2015-09), of de maand in de bestandsnaam',
    });
    return resultaat();
  }
  if (!/^\d{4}-(0[1-9]|1[0-2])$/.test(maand)) {
    fout({ veld: '--maand', melding: `"${maand}" is geen geldige maand; verwacht JJJJ-MM, bijvoorbeeld 2015-09` });
    return resultaat();
  }
  const peildatum = `${maand}-01`;
  const doel = `data/monitor/${maand}.json`;
  if (peildatum > vandaag) {
    fout({
      veld: '--maand',
      melding: `de stand op ${formatDatum(peildatum)} ligt in de toekomst; verwacht een maand tot en met vandaag (${formatDatum(vandaag)})`,
    });
    return resultaat({ doel });
  }
  const periode = periodeVanDatum(realisatieMaand(peildatum));

  // 2. The data the month belongs to, as the data pipeline validated it (the same run as
  // npm run check): taakstelling → indeling → gemeenten.
  const basis = valideerData(root, { vandaag });
  const taakPad = `data/taakstelling/${periode}.json`;
  const taak = basis.monitor.taakstellingen.find((t) => t.periode === periode);
  if (!taak) {
    const kapot = basis.meldingen.some((m) => m.bestand === taakPad);
    fout({
      bestand: taakPad,
      veld: '-',
      melding: kapot
        ? `de taakstelling voor periode ${periode} (${periodeLabel(periode)}) heeft fouten; los die eerst op (npm run check), daarna kan de stand op ${formatDatum(peildatum)} worden ingelezen`
        : `er is geen (leesbare) taakstelling voor periode ${periode} (${periodeLabel(periode)}); zet eerst ${taakPad} klaar, daarna kan de stand op ${formatDatum(peildatum)} worden ingelezen`,
    });
    return resultaat({ doel });
  }
  const indeling = taak.indeling;
  const indelingPad = `data/gemeenten/${indeling}.json`;
  const lijst: IndelingGemeente[] = [...(basis.monitor.indelingen.find((i) => i.id === indeling)?.gemeenten ?? [])];
  const naamVan = new Map(lijst.map((g) => [g.code, g.naam]));
  const provincies = new Map(basis.monitor.provincies.map((p) => [p.code, p.naam]));
  const andere = basis.monitor.indelingen
    .filter((i) => i.id !== indeling)
    .map((i) => ({ indeling: i.id, gemeenten: [...i.gemeenten] }));
  // Both lists of other names: the site search's (by code) and the import's own (by name).
  const zoekVarianten = leesVarianten(basis.geldig.get('data/zoeken/naamvarianten.json') ?? {});
  const zoeker = new GemeenteZoeker(lijst, { ...leesVarianten(eigenVarianten), ...zoekVarianten }, andere);

  // 3. The export itself.
  if (!existsSync(bronPad)) {
    fout({
      veld: '-',
      melding: 'het bestand bestaat niet; verwacht het pad naar de export, bijvoorbeeld data/import-voorbeeld/coa-2015-09.csv',
    });
    return resultaat({ doel });
  }
  const csv = leesCsv(readFileSync(bronPad));
  if (csv.codering === 'utf-16') {
    fout({
      regel: 1,
      veld: '-',
      melding:
        'het bestand is opgeslagen als UTF-16 (in Excel: "Unicode-tekst"); verwacht CSV in UTF-8: kies in Excel Opslaan als → "CSV UTF-8 (door komma\'s gescheiden)" en lees dat bestand in',
    });
    return resultaat({ doel });
  }
  if (csv.rijen.length === 0) {
    fout({
      regel: 1,
      veld: '-',
      melding:
        'het bestand is leeg; verwacht een kopregel (gemeentecode;gemeente;realisatie;nareizigers) en een regel per gemeente',
    });
    return resultaat({ doel });
  }
  const [kop, ...rijen] = csv.rijen;
  const kolommen = new Map<Kolom, number>();
  const ongebruikt: string[] = [];
  kop!.velden.forEach((naam, i) => {
    const k = kolomVan(naam);
    if (k === 'genegeerd') return;
    if (k === undefined) {
      if (naam.trim() !== '') ongebruikt.push(naam);
      return;
    }
    if (kolommen.has(k))
      fout({ regel: kop!.regel, veld: naam, melding: `de kolom ${k} staat er twee keer in; verwacht elke kolom één keer` });
    else kolommen.set(k, i);
  });
  const VOORBEELD_KOP = 'gemeentecode;gemeente;realisatie;nareizigers';
  if (kolommen.size === 0 && kop!.velden.some((v) => normaliseerCode(v) !== null || /^\d/.test(v))) {
    fout({
      regel: kop!.regel,
      veld: 'kopregel',
      melding: `de kopregel ontbreekt: de eerste regel is "${kop!.velden.join(csv.scheidingsteken)}"; verwacht als eerste regel de kolomnamen, zoals ${VOORBEELD_KOP}`,
    });
    return resultaat({ doel });
  }
  for (const naam of ongebruikt) waarschuwingen.push(`kolom "${naam}" (regel ${kop!.regel}) wordt niet gebruikt`);
  if (!kolommen.has('code') && !kolommen.has('naam')) {
    fout({
      regel: kop!.regel,
      veld: 'kopregel',
      melding: `geen kolom gemeentecode of gemeente gevonden (gevonden: ${kop!.velden.map((v) => `"${v}"`).join(', ')}); verwacht een kopregel als ${VOORBEELD_KOP}`,
    });
  }
  if (!kolommen.has('realisatie')) {
    fout({
      regel: kop!.regel,
      veld: 'kopregel',
      melding: `geen kolom realisatie gevonden; verwacht een kopregel als ${VOORBEELD_KOP}`,
    });
  }
  if (meldingen.length > 0) return resultaat({ doel });

  // 4. Every row.
  const gevonden = new Map<string, { regel: number; rij: SnapshotRegel }>();
  /** Gemeenten a faulty row was about: not listed again as missing. */
  const genoemd = new Set<string>();
  const nodig =
    Math.max(...(['code', 'naam', 'realisatie'] as const).filter((k) => kolommen.has(k)).map((k) => kolommen.get(k)!)) + 1;
  const cel = (velden: string[], k: Kolom) => (kolommen.has(k) ? (velden[kolommen.get(k)!] ?? '').trim() : '');
  let totaalRegel: { regel: number; waarde: number } | undefined;
  const provincieNamen = new Set([...provincies.values()].map(normaliseerNaam));
  const scheiding = csv.scheidingsteken === '\t' ? 'tab' : `"${csv.scheidingsteken}"`;
  for (const { regel, velden } of rijen) {
    if (velden.every((v) => v.trim() === '')) continue;
    const code = cel(velden, 'code');
    const naam = cel(velden, 'naam');
    const wat = normaliseerNaam(naam || code);
    if (TOTAALRIJ.test(wat) || (!code && provincieNamen.has(wat))) {
      waarschuwingen.push(`regel ${regel} ("${naam || code}") overgeslagen: totalen rekent de site zelf uit`);
      if (/^(totaal|eindtotaal|nederland|landelijk)$/.test(wat)) {
        const t = leesAantal(cel(velden, 'realisatie'), { duizendtallen: opties.duizendtallen ?? false });
        if (t.ok) totaalRegel = { regel, waarde: t.waarde };
      }
      continue;
    }
    /** The gemeente a refused row was about: not listed again as missing. */
    const noem = () => {
      const c = normaliseerCode(code);
      if (c) genoemd.add(c);
      else if (naam) {
        const z = zoeker.zoekNaam(naam);
        if (z.ok) genoemd.add(z.gemeente.code);
      }
    };
    // More cells than the header: a cell would be dropped silently (1,234 split into 1 and 234).
    const extra = velden.slice(kop!.velden.length);
    if (extra.some((v) => v.trim() !== '')) {
      const i = kop!.velden.length + extra.findIndex((v) => v.trim() !== '');
      noem();
      fout({
        regel,
        veld: `cel ${i + 1}`,
        melding: `deze regel heeft ${velden.length} cellen en de kopregel ${kop!.velden.length}: cel ${i + 1} ("${velden[i]}") hoort bij geen kolom; staat er een ${scheiding} in een getal of naam (zoals 1${csv.scheidingsteken === ',' ? ',' : ';'}234)? verwacht per regel evenveel cellen als in de kopregel (zet een naam met ${scheiding} tussen aanhalingstekens en schrijf getallen zonder scheidingsteken)`,
      });
      continue;
    }
    if (kolommen.has('peildatum')) {
      const ruwDatum = cel(velden, 'peildatum');
      const datum = leesDatum(ruwDatum);
      if (ruwDatum !== '' && datum !== peildatum) {
        noem();
        fout({
          regel,
          veld: 'peildatum',
          melding: `peildatum "${ruwDatum}" past niet bij de maand van deze import (${maand}: de stand op ${formatDatum(peildatum)}); verwacht ${peildatum}, of draai de import met --maand ${datum ? datum.slice(0, 7) : 'JJJJ-MM'} als de export een andere maand is`,
        });
        continue;
      }
    }
    if (velden.length < nodig) {
      const c = normaliseerCode(code);
      if (c) genoemd.add(c);
      else if (naam && velden.length > 1) {
        const z = zoeker.zoekNaam(naam);
        if (z.ok) genoemd.add(z.gemeente.code);
      }
      fout({
        regel,
        veld: '-',
        melding: `deze regel heeft ${velden.length} ${velden.length === 1 ? 'kolom' : 'kolommen'}; verwacht er minstens ${nodig}, gescheiden door "${csv.scheidingsteken === '\t' ? 'tab' : csv.scheidingsteken}" zoals in de kopregel`,
      });
      continue;
    }
    let gemeente: IndelingGemeente | undefined;
    if (code) {
      const c = normaliseerCode(code);
      if (!c) {
        fout({
          regel,
          veld: 'gemeentecode',
          melding: `"${code}" is geen gemeentecode; verwacht een CBS-code zoals GM0363, 0363 of 363`,
        });
        continue;
      }
      const z = zoeker.zoekCode(c);
      if (!z.ok) {
        fout({
          regel,
          veld: 'gemeentecode',
          melding:
            z.soort === 'andere-indeling'
              ? `${c} (${z.anders!.naam}) hoort niet bij de indeling ${indeling} van periode ${periode}; verwacht een gemeente uit ${indelingPad}`
              : `onbekende gemeentecode ${c}; verwacht een code uit ${indelingPad}`,
        });
        continue;
      }
      gemeente = z.gemeente;
      if (naam && !zoeker.naamPast(gemeente, naam)) {
        genoemd.add(gemeente.code);
        fout({
          regel,
          veld: 'gemeente',
          melding: `code ${c} hoort bij ${gemeente.naam}, maar de naam is "${naam}"; verwacht dat code en naam bij dezelfde gemeente horen`,
        });
        continue;
      }
    } else if (naam) {
      const z = zoeker.zoekNaam(naam);
      if (!z.ok) {
        if (z.suggestie) genoemd.add(z.suggestie.code);
        fout({
          regel,
          veld: 'gemeente',
          melding:
            z.soort === 'andere-indeling'
              ? `"${naam}" hoort niet bij de indeling ${indeling} van periode ${periode} (wel bij ${z.anders!.indeling}); verwacht een gemeente uit ${indelingPad}`
              : `onbekende gemeente "${naam}"${z.suggestie ? `; bedoelt u "${z.suggestie.naam}" (${z.suggestie.code})?` : `; verwacht een naam uit ${indelingPad}`}`,
        });
        continue;
      }
      gemeente = z.gemeente;
    } else {
      fout({ regel, veld: 'gemeente', melding: 'geen gemeentecode en geen gemeentenaam; verwacht een van beide' });
      continue;
    }
    const wie = `${gemeente.naam} (${gemeente.code})`;
    genoemd.add(gemeente.code);
    const ruwR = cel(velden, 'realisatie');
    const getalOpties = { duizendtallen: opties.duizendtallen ?? false };
    const r = leesAantal(ruwR, getalOpties);
    const ruwN = cel(velden, 'nareizigers');
    const n = ruwN === '' ? null : leesAantal(ruwN, getalOpties);
    let goed = true;
    if (!r.ok) {
      fout({ regel, veld: 'realisatie', melding: `${wie}: ${getalMelding('realisatie', ruwR, r)}` });
      goed = false;
    }
    if (n && !n.ok) {
      fout({ regel, veld: 'nareizigers', melding: `${wie}: ${getalMelding('nareizigers', ruwN, n)}` });
      goed = false;
    }
    const eerder = gevonden.get(gemeente.code);
    if (eerder) {
      fout({
        regel,
        veld: 'gemeente',
        melding: `${wie} staat er twee keer in, ook op regel ${eerder.regel}; verwacht elke gemeente één keer`,
      });
      continue;
    }
    if (!goed || !r.ok) continue;
    if (n?.ok && n.waarde > r.waarde) {
      fout({
        regel,
        veld: 'nareizigers',
        melding: `${wie}: nareizigers (${getal(n.waarde)}) is meer dan de realisatie (${getal(r.waarde)}); verwacht hoogstens de realisatie, want nareizigers tellen mee in de realisatie`,
      });
      continue;
    }
    gevonden.set(gemeente.code, {
      regel,
      rij: n?.ok
        ? { code: gemeente.code, realisatie: r.waarde, nareizigers: n.waarde }
        : { code: gemeente.code, realisatie: r.waarde },
    });
  }
  if (totaalRegel) {
    const som = [...gevonden.values()].reduce((t, g) => t + g.rij.realisatie, 0);
    if (som !== totaalRegel.waarde && meldingen.length === 0) {
      waarschuwingen.push(
        `het totaal op regel ${totaalRegel.regel} (${getal(totaalRegel.waarde)}) is niet de som van de gemeenten (${getal(som)}); ontbreekt er een regel of staat er een dubbel in? De site gebruikt de regels per gemeente`,
      );
    }
  }
  const ontbrekend = lijst.filter((g) => !gevonden.has(g.code) && !genoemd.has(g.code));
  if (ontbrekend.length > 0 && ontbrekend.length <= 25) {
    for (const g of ontbrekend)
      fout({
        veld: 'gemeente',
        melding: `${g.naam} (${g.code}) ontbreekt; verwacht een regel voor elke gemeente van de indeling ${indeling} (vul 0 in als er niemand is gehuisvest)`,
      });
  } else if (ontbrekend.length > 25) {
    fout({
      veld: 'gemeente',
      melding: `${ontbrekend.length} van de ${lijst.length} gemeenten van de indeling ${indeling} ontbreken, onder meer ${ontbrekend
        .slice(0, 10)
        .map((g) => g.naam)
        .join(', ')}; verwacht een regel voor elke gemeente (is dit de goede export en de goede maand?)`,
    });
  }
  if (meldingen.length > 0) return resultaat({ doel });

  // 5. Not lower than last month, within the same periode.
  const vorigeMaand = verschuifMaanden(peildatum, -1).slice(0, 7);
  const vorigePad = `data/monitor/${vorigeMaand}.json`;
  const vorige = basis.monitor.snapshots.find((s) => s.bestand === vorigePad);
  const eersteVanPeriode = verschuifMaanden(periodeStart(periode), 1) === peildatum;
  const vorigeTelt = !!vorige && vorige.periode === periode;
  const vorigeRijen = new Map<string, SnapshotRegel>((vorigeTelt ? vorige!.gemeenten : []).map((r) => [r.code, r]));
  if (vorigeTelt) {
    for (const [code, { regel, rij }] of gevonden) {
      const v = vorigeRijen.get(code);
      if (v && typeof v.realisatie === 'number' && rij.realisatie < v.realisatie) {
        fout({
          regel,
          veld: 'realisatie',
          melding: `${naamVan.get(code)} (${code}): realisatie ${getal(rij.realisatie)} is lager dan vorige maand (${getal(v.realisatie)} op ${formatDatum(`${vorigeMaand}-01`)}); verwacht minstens ${getal(v.realisatie)}, want de realisatie telt op vanaf het begin van periode ${periode}`,
        });
      }
    }
  } else if (!eersteVanPeriode) {
    waarschuwingen.push(`de vorige maand (${vorigePad}) ontbreekt; de stijging sinds vorige maand kan niet worden berekend`);
  }
  if (meldingen.length > 0) return resultaat({ doel });

  // 6. The new snapshot; metadata from the options, else from the file it replaces.
  const bestaand = existsSync(join(root, doel))
    ? (leesJsonVeilig(join(root, doel)) as Partial<SnapshotJson> | undefined)
    : undefined;
  const status = opties.status ?? bestaand?.status ?? 'officieel';
  if (status !== 'officieel' && status !== 'illustratief') {
    fout({ veld: '--status', melding: `onbekende status "${status}"; kies uit: officieel, illustratief` });
    return resultaat({ doel });
  }
  const snapshot: SnapshotJson = {
    peildatum,
    periode,
    indeling,
    bron:
      opties.bron ??
      bestaand?.bron ??
      `COA, maandcijfers huisvesting vergunninghouders, stand op ${formatDatum(peildatum)} (export ${bronPad.split(/[\\/]/).pop()})`,
    status,
    toelichting: opties.toelichting ?? bestaand?.toelichting ?? '',
    ...bevestigdVan(opties, bestaand, vandaag, bronPad),
    gemeenten: [...gevonden.values()].map((g) => g.rij).sort((a, b) => (a.code < b.code ? -1 : 1)),
  };
  if (vorigeTelt && vorige!.status && vorige!.status !== status) {
    waarschuwingen.push(`de vorige maand heeft status "${vorige!.status}", deze import "${status}"; klopt dat?`);
  }

  // 7. The same pipeline as npm run check and the build, on the data as it would be after
  // writing: the new file with its schema and every rule across files. Only problems this
  // import causes stop it (a problem elsewhere in data/ is for npm run check).
  const zonderPlek = (m: Melding) => formatMelding({ ...m, regel: undefined, kolom: undefined });
  const voor = new Set(basis.meldingen.map(zonderPlek));
  const na = valideerData(root, { vandaag, vervang: new Map([[doel, serialiseer(snapshot)]]) });
  const nieuw = na.meldingen.filter((m) => m.ernst !== 'waarschuwing' && (m.bestand === doel || !voor.has(zonderPlek(m))));
  if (nieuw.length > 0) {
    // Lines of the file that was not written mean nothing to the editor: name the CSV line instead where we know it.
    for (const m of nieuw) {
      if (m.bestand !== doel) {
        meldingen.push(m);
        continue;
      }
      const code = /^(GM\d{4}) /.exec(m.melding)?.[1];
      const rij = code ? gevonden.get(code) : undefined;
      // In the import an implausible figure is confirmed with --bevestig, not by editing the file.
      const melding = m.melding.replace(
        /zet dan \{"code": "([A-Z0-9]+)", "reden": "…"\} in "bevestigd"/,
        'draai dan opnieuw met --bevestig $1',
      );
      meldingen.push(
        rij
          ? { ...m, melding, bestand, regel: rij.regel, kolom: undefined, veld: m.veld.replace(/^gemeenten\[\d+\]\./, '') }
          : { ...m, melding, regel: undefined, kolom: undefined },
      );
    }
    return resultaat({ doel, snapshot });
  }

  // 8. Summary.
  uitvoer.push(
    ...samenvatting(
      snapshot,
      lijst,
      provincies,
      vorigeTelt ? vorigeRijen : null,
      vorigeMaand,
      taak.gemeenten ?? [],
      eersteVanPeriode,
      vorige,
    ),
  );
  for (const w of waarschuwingen) uitvoer.push(`Let op: ${w}`);

  // 9. Never overwrite silently.
  if (bestaand !== undefined || existsSync(join(root, doel))) {
    const diff = verschillen(bestaand ?? {}, snapshot, (c) => naamVan.get(c) ?? '');
    uitvoer.push('', `${doel} bestaat al (gepubliceerd).`);
    if (diff.length === 0) {
      uitvoer.push('Geen verschillen met de nieuwe export: er is niets opgeslagen.');
      return resultaat({ doel, snapshot });
    }
    const perGemeente = diff.filter((d) => d.code).length;
    uitvoer.push(
      `Verschillen (${perGemeente} ${perGemeente === 1 ? 'gemeente' : 'gemeenten'}${diff.length > perGemeente ? ' en de gegevens bovenaan' : ''}):`,
      ...diff.map((d) => `  ${d.tekst}`),
    );
    if (!opties.vervang) {
      meldingen.push({
        bestand: doel,
        veld: '-',
        melding: `deze maand is al gepubliceerd en wordt niet overschreven; bekijk de verschillen hierboven en draai opnieuw met --vervang als de nieuwe cijfers kloppen`,
      });
      return resultaat({ doel, snapshot });
    }
  }
  if (opties.dryRun) {
    uitvoer.push('', `Proefdraai (--dry-run): ${doel} is niet ${bestaand ? 'vervangen' : 'gemaakt'}; er is niets opgeslagen.`);
    return resultaat({ doel, snapshot });
  }
  mkdirSync(join(root, 'data/monitor'), { recursive: true });
  schrijfAtomair(
    join(root, doel),
    serialiseer(snapshot),
    opties.testVoorHernoemen ? { voorHernoemen: opties.testVoorHernoemen } : undefined,
  );
  uitvoer.push('', `${bestaand ? 'Vervangen' : 'Opgeslagen'}: ${doel}. Controleer met npm run check en maak een pull request.`);
  return resultaat({ doel, snapshot, geschreven: true });
}

function samenvatting(
  s: SnapshotJson,
  gemeenten: readonly IndelingGemeente[],
  provincies: ReadonlyMap<string, string>,
  vorige: ReadonlyMap<string, SnapshotRegel> | null,
  vorigeMaand: string,
  taak: readonly { code: string; gecorrigeerd?: number }[],
  eersteVanPeriode: boolean,
  vorigeBestand: unknown,
): string[] {
  const provVan = new Map(gemeenten.map((g) => [g.code, g.provincie]));
  const gecorrigeerd = new Map(taak.map((t) => [t.code, typeof t.gecorrigeerd === 'number' ? t.gecorrigeerd : 0]));
  interface Som {
    realisatie: number;
    nareizigers: number;
    vorige: number;
    taak: number;
  }
  const leeg = (): Som => ({ realisatie: 0, nareizigers: 0, vorige: 0, taak: 0 });
  const per = new Map<string, Som>();
  const land = leeg();
  for (const r of s.gemeenten) {
    const p = provVan.get(r.code) ?? '?';
    const som = per.get(p) ?? leeg();
    for (const x of [som, land]) {
      x.realisatie += r.realisatie;
      x.nareizigers += r.nareizigers ?? 0;
      x.vorige += vorige?.get(r.code)?.realisatie ?? 0;
      x.taak += gecorrigeerd.get(r.code) ?? 0;
    }
    per.set(p, som);
  }
  const wijziging = vorige ? `Sinds ${formatDatum(`${vorigeMaand}-01`)}` : 'Sinds vorige maand';
  const kolommen = ['Provincie', 'Realisatie', 'Nareizigers', wijziging, 'Taakstelling (gecorrigeerd)', 'Gerealiseerd'];
  const rij = (naam: string, x: Som) => [
    naam,
    getal(x.realisatie),
    getal(x.nareizigers),
    vorige ? verschil(x.realisatie - x.vorige) : eersteVanPeriode ? 'nieuwe periode' : 'onbekend',
    x.taak ? getal(x.taak) : '-',
    x.taak ? `${Math.round((100 * x.realisatie) / x.taak)}%` : '-',
  ];
  const tabel = [
    kolommen,
    ...[...per.entries()]
      .sort((a, b) => (provincies.get(a[0]) ?? a[0]).localeCompare(provincies.get(b[0]) ?? b[0], 'nl'))
      .map(([p, x]) => rij(provincies.get(p) ?? p, x)),
    rij('Nederland', land),
  ];
  const breedte = kolommen.map((_, i) => Math.max(...tabel.map((r) => r[i]!.length)));
  const opmaak = (r: string[]) => r.map((c, i) => (i === 0 ? c.padEnd(breedte[i]!) : c.padStart(breedte[i]!))).join('  ');
  const metNa = s.gemeenten.some((r) => r.nareizigers !== undefined);
  return [
    `Stand op ${formatDatum(s.peildatum)}: periode ${s.periode} (${periodeLabel(s.periode)}), indeling ${s.indeling}, status ${s.status}.`,
    `${s.gemeenten.length} gemeenten ingelezen${metNa ? '' : ' (zonder aantallen nareizigers)'}.`,
    ...(eersteVanPeriode && vorigeBestand
      ? [
          `Dit is de eerste maand van periode ${s.periode}: de telling begint opnieuw bij 0, dus een vergelijking met vorige maand zegt niets.`,
        ]
      : []),
    '',
    opmaak(tabel[0]!),
    ...tabel.slice(1, -1).map(opmaak),
    opmaak(tabel[tabel.length - 1]!),
  ];
}
