/**
 * Advies op maat: from four answers to the solutions, examples, reading and regelingen that fit.
 * Pure: the rule table (data/advies/regels.json, validated), the site's items and today's date
 * come in; nothing is read here. Every recommendation follows from a rule in the table.
 */
import type { AdviesRegel, AdviesTabel } from '../../schemas/data/advies.ts';

export interface Antwoord {
  voor: string;
  knelpunt: string;
  termijn: string;
}

/** A regeling an item is about (the item's `regeling` frontmatter). */
export interface ItemRegeling {
  naam: string;
  eindigt: string;
  stand: 'open' | 'gesloten';
}

/** What advice needs to know of one published item. */
export interface AdviesItem {
  type: 'handreikingen' | 'factsheets' | 'vragen' | 'voorbeelden';
  url: string;
  title: string;
  samenvatting: string;
  /** themas, incl. typeOplossing for a voorbeeld */
  themas: readonly string[];
  /** doelgroep values of a voorbeeld (empty for other types) */
  doelgroep: readonly string[];
  /** provincie codes of the voorbeeld's gemeenten */
  provincies: readonly string[];
  regeling?: ItemRegeling | undefined;
}

export interface Oplossing {
  thema: string;
  /** Sum of the weights of the rules that recommend this thema for the answer. */
  score: number;
  /** The strongest matching rule: its texts explain why and what it takes. */
  regel: AdviesRegel;
}

export interface Advies {
  antwoord: Antwoord;
  oplossingen: Oplossing[];
  voorbeelden: AdviesItem[];
  handreikingen: AdviesItem[];
  vragen: AdviesItem[];
  /** Items about a regeling that is open today and fits a recommended thema. */
  regelingen: AdviesItem[];
  hulp: AdviesTabel['hulp'];
}

const MAX_OPLOSSINGEN = 5;
const MAX_VOORBEELDEN = 6;
const MAX_HANDREIKINGEN = 3;
const MAX_VRAGEN = 5;

/** Every combination of the three required answers, in table order. */
export function combinaties(tabel: AdviesTabel): Antwoord[] {
  return tabel.doelgroepen.flatMap((d) =>
    tabel.knelpunten.flatMap((k) => tabel.termijnen.map((t) => ({ voor: d.id, knelpunt: k.id, termijn: t.id }))),
  );
}

/** The stable, shareable address of an answer page. */
export function adviesPad(a: Antwoord): string {
  return `/advies/${a.voor}/${a.knelpunt}/${a.termijn}/`;
}

const ANTWOORD_ID = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;
const GEMEENTE_CODE = /^GM\d{4}$/;

/**
 * The answer page for what a visitor filled in, with the gemeente as #fragment (its block on the page
 * shows through CSS :target, no script needed); undefined when an answer is missing or malformed.
 */
export function antwoordAdres(invoer: Antwoord & { gemeente?: string }): string | undefined {
  const { voor, knelpunt, termijn, gemeente = '' } = invoer;
  if (![voor, knelpunt, termijn].every((w) => ANTWOORD_ID.test(w))) return undefined;
  return adviesPad({ voor, knelpunt, termijn }) + (GEMEENTE_CODE.test(gemeente) ? `#${gemeente}` : '');
}

/** A rule applies when every question it names includes the given answer. */
function regelPast(regel: AdviesRegel, a: Antwoord): boolean {
  const { voor, knelpunt, termijn } = regel.als;
  return (
    (!voor || voor.includes(a.voor)) && (!knelpunt || knelpunt.includes(a.knelpunt)) && (!termijn || termijn.includes(a.termijn))
  );
}

/**
 * The themas that fit, best first: summed rule weights, then the strongest single rule,
 * then the order of data/themas.json (so ties are stable and editors control them).
 */
export function oplossingenVoor(tabel: AdviesTabel, a: Antwoord, themaVolgorde: readonly string[]): Oplossing[] {
  const perThema = new Map<string, Oplossing>();
  for (const regel of tabel.regels) {
    if (!regelPast(regel, a)) continue;
    const o = perThema.get(regel.thema);
    if (!o) perThema.set(regel.thema, { thema: regel.thema, score: regel.gewicht, regel });
    else {
      o.score += regel.gewicht;
      if (regel.gewicht > o.regel.gewicht) o.regel = regel;
    }
  }
  return [...perThema.values()]
    .sort(
      (x, y) =>
        y.score - x.score || y.regel.gewicht - x.regel.gewicht || themaVolgorde.indexOf(x.thema) - themaVolgorde.indexOf(y.thema),
    )
    .slice(0, MAX_OPLOSSINGEN);
}

/** An item's regeling is open today when the text presents it as open and its end date has not passed. */
function regelingOpen(item: Pick<AdviesItem, 'regeling'>, vandaag: string): boolean {
  return item.regeling !== undefined && item.regeling.stand === 'open' && item.regeling.eindigt >= vandaag;
}

/** The item is about a regeling whose end date has passed: not something to point a reader to. */
function regelingVoorbij(item: Pick<AdviesItem, 'regeling'>, vandaag: string): boolean {
  return item.regeling !== undefined && item.regeling.eindigt < vandaag;
}

/** Rank of the best recommended thema an item is about (0 = first), or Infinity. */
function themaRang(item: AdviesItem, themas: readonly string[]): number {
  let rang = Infinity;
  for (const t of item.themas) {
    const i = themas.indexOf(t);
    if (i >= 0 && i < rang) rang = i;
  }
  return rang;
}

export function geefAdvies(
  tabel: AdviesTabel,
  a: Antwoord,
  items: readonly AdviesItem[],
  vandaag: string,
  themaVolgorde: readonly string[],
): Advies {
  const oplossingen = oplossingenVoor(tabel, a, themaVolgorde);
  const themas = oplossingen.map((o) => o.thema);
  const gewenst = tabel.doelgroepen.find((d) => d.id === a.voor)?.voorbeeldDoelgroepen ?? [];
  const doelgroepRang = (item: AdviesItem) => {
    const i = gewenst.findIndex((d) => item.doelgroep.includes(d));
    return i < 0 ? Infinity : i;
  };
  const opTitel = (x: AdviesItem, y: AdviesItem) => x.title.localeCompare(y.title, 'nl');

  // Voorbeelden: those that fit the doelgroep or a recommended thema; doelgroep first, then thema.
  const voorbeelden = items
    .filter((i) => i.type === 'voorbeelden' && (doelgroepRang(i) < Infinity || themaRang(i, themas) < Infinity))
    .sort((x, y) => doelgroepRang(x) - doelgroepRang(y) || themaRang(x, themas) - themaRang(y, themas) || opTitel(x, y))
    .slice(0, MAX_VOORBEELDEN);

  const lezen = (type: AdviesItem['type'], max: number) =>
    items
      .filter((i) => i.type === type && themaRang(i, themas) < Infinity && !regelingVoorbij(i, vandaag))
      .sort((x, y) => themaRang(x, themas) - themaRang(y, themas) || opTitel(x, y))
      .slice(0, max);

  const regelingen = items
    .filter((i) => regelingOpen(i, vandaag) && themaRang(i, themas) < Infinity)
    .sort((x, y) => x.regeling!.eindigt.localeCompare(y.regeling!.eindigt) || opTitel(x, y));

  return {
    antwoord: a,
    oplossingen,
    voorbeelden,
    handreikingen: lezen('handreikingen', MAX_HANDREIKINGEN),
    vragen: lezen('vragen', MAX_VRAGEN),
    regelingen,
    hulp: tabel.hulp.filter((h) => h.knelpunten.includes(a.knelpunt)),
  };
}

export interface TabelProbleem {
  pad: (string | number)[];
  melding: string;
}

/**
 * Rules across the table that a schema cannot express: unique ids, answers that exist,
 * and every combination of answers gets at least one solution.
 */
export function controleerTabel(tabel: AdviesTabel): TabelProbleem[] {
  const problemen: TabelProbleem[] = [];
  const bekend = { voor: tabel.doelgroepen, knelpunt: tabel.knelpunten, termijn: tabel.termijnen } as const;
  const vraagNaam = { voor: 'doelgroepen', knelpunt: 'knelpunten', termijn: 'termijnen' } as const;

  for (const [lijst, naam] of [
    [tabel.doelgroepen, 'doelgroepen'],
    [tabel.knelpunten, 'knelpunten'],
    [tabel.termijnen, 'termijnen'],
    [tabel.regels, 'regels'],
  ] as const) {
    const gezien = new Set<string>();
    lijst.forEach((x, i) => {
      if (gezien.has(x.id))
        problemen.push({ pad: [naam, i, 'id'], melding: `het id "${x.id}" staat er twee keer in; verwacht elk id één keer` });
      gezien.add(x.id);
    });
  }

  tabel.regels.forEach((r, i) => {
    for (const vraag of ['voor', 'knelpunt', 'termijn'] as const) {
      const ids = bekend[vraag].map((k) => k.id);
      (r.als[vraag] ?? []).forEach((w, j) => {
        if (!ids.includes(w)) {
          problemen.push({
            pad: ['regels', i, 'als', vraag, j],
            melding: `onbekend antwoord "${w}"; kies uit de ${vraagNaam[vraag]}: ${ids.join(', ')}`,
          });
        }
      });
    }
  });
  const knelpuntIds = tabel.knelpunten.map((k) => k.id);
  tabel.hulp.forEach((h, i) =>
    h.knelpunten.forEach((k, j) => {
      if (!knelpuntIds.includes(k)) {
        problemen.push({
          pad: ['hulp', i, 'knelpunten', j],
          melding: `onbekend knelpunt "${k}"; kies uit: ${knelpuntIds.join(', ')}`,
        });
      }
    }),
  );

  for (const a of combinaties(tabel)) {
    if (!tabel.regels.some((r) => regelPast(r, a))) {
      problemen.push({
        pad: ['regels'],
        melding: `geen enkele regel past bij voor "${a.voor}", knelpunt "${a.knelpunt}", termijn "${a.termijn}"; verwacht minstens één oplossing voor elke combinatie`,
      });
    }
  }
  return problemen;
}
