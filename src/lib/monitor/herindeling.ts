/**
 * Herindelingen (gemeente mergers and code changes) and carrying achterstand through them.
 *
 * A herindeling `{ datum, van, naar }` means: from `datum` on, the gemeenten `van` together
 * are gemeente `naar`. `naar` may also appear in `van` when a gemeente keeps its code
 * (Edam-Volendam absorbing Zeevang). A code that appears in no herindeling stays itself.
 * An indeling `"2016"` is the state on 1 January 2016; herindelingen dated on that day apply to it.
 */

import type { IsoDatum } from './periode.ts';

export interface Herindeling {
  readonly datum: IsoDatum;
  readonly van: readonly string[];
  readonly naar: string;
  readonly toelichting: string;
}

/** `"2016"` → `"2016-01-01"`: the date on which an indeling holds. */
export function indelingDatum(indeling: string): IsoDatum {
  return `${indeling}-01-01`;
}

function inVenster(h: Herindeling, na: IsoDatum, totEnMet: IsoDatum): boolean {
  return h.datum > na && h.datum <= totEnMet;
}

function opDatum(herindelingen: readonly Herindeling[]): Herindeling[] {
  return [...herindelingen].sort((a, b) => (a.datum < b.datum ? -1 : a.datum > b.datum ? 1 : 0));
}

/**
 * The code that `code` (valid on date `na`) has on date `totEnMet`, following every
 * herindeling dated after `na` up to and including `totEnMet`, in date order.
 */
export function opvolger(herindelingen: readonly Herindeling[], code: string, na: IsoDatum, totEnMet: IsoDatum): string {
  let huidig = code;
  for (const h of opDatum(herindelingen)) {
    if (inVenster(h, na, totEnMet) && h.van.includes(huidig)) huidig = h.naar;
  }
  return huidig;
}

/** The gemeenten of the old indeling (`codesOud`, valid on `na`) that together are `code` on `totEnMet`. */
export function voorgangers(
  herindelingen: readonly Herindeling[],
  code: string,
  codesOud: Iterable<string>,
  na: IsoDatum,
  totEnMet: IsoDatum,
): string[] {
  return [...codesOud].filter((oud) => opvolger(herindelingen, oud, na, totEnMet) === code);
}

/**
 * Carries values (achterstand) from one indeling to a later one: the values of all
 * predecessors are summed into their successor. Nobody is lost or counted twice, so the total
 * stays the same. `per` maps old codes to values; the result maps new codes to values.
 */
export function zetOverNaarIndeling(
  herindelingen: readonly Herindeling[],
  per: ReadonlyMap<string, number>,
  na: IsoDatum,
  totEnMet: IsoDatum,
): Map<string, number> {
  const uit = new Map<string, number>();
  for (const [code, waarde] of per) {
    const nieuw = opvolger(herindelingen, code, na, totEnMet);
    uit.set(nieuw, (uit.get(nieuw) ?? 0) + waarde);
  }
  return uit;
}

/** Herindelingen that touch a code (as predecessor or successor), oldest first. */
export function herindelingenVan(herindelingen: readonly Herindeling[], code: string): Herindeling[] {
  return opDatum(herindelingen).filter((h) => h.naar === code || h.van.includes(code));
}

// ---------------------------------------------------------------------------------------------
// Following chains over every herindeling (2015 → 2016 → today), for links between gemeente pages.

/** `opDatum`, keeping the element type. */
function opDatumVan<H extends Herindeling>(herindelingen: readonly H[]): H[] {
  return opDatum(herindelingen) as H[];
}

/** A part of a split gemeente (`van`) that went to another gemeente (`naar`) than the herindeling's `naar`. */
export interface HerindelingDeel {
  readonly van: string;
  readonly naar: string;
  /** Rough share of the land of `van`, 0 … 1. */
  readonly aandeel: number;
  readonly datum: IsoDatum;
}

/** A herindeling as stored in data/herindelingen.json, with the optional fields the monitor itself does not use. */
export interface HerindelingMetBron extends Herindeling {
  /** Public sources (URLs) for the date and the gemeenten involved. */
  readonly bron?: readonly string[];
  /** Parts of split gemeenten in `van` that went elsewhere; the whole gemeente still counts with `naar`. */
  readonly delen?: readonly HerindelingDeel[];
}

/** One step: gemeente `van` went into gemeente `naar` on `datum`, through `herindeling`. */
export interface Overgang<H extends Herindeling = Herindeling> {
  readonly van: string;
  readonly naar: string;
  readonly datum: IsoDatum;
  readonly herindeling: H;
}

/**
 * Every step `code` took to another code, oldest first (Bussum → Gooise Meren; a chain has more
 * steps). Empty when the code never changed, also when it kept its code while absorbing others.
 */
export function opvolgingVan<H extends Herindeling>(herindelingen: readonly H[], code: string): Overgang<H>[] {
  const uit: Overgang<H>[] = [];
  let huidig = code;
  for (const h of opDatumVan(herindelingen)) {
    if (h.naar !== huidig && h.van.includes(huidig)) {
      uit.push({ van: huidig, naar: h.naar, datum: h.datum, herindeling: h });
      huidig = h.naar;
    }
  }
  return uit;
}

/** The code `code` has today, after every herindeling, and the date of the last step; null when it never changed. */
export function opvolgerVan(
  herindelingen: readonly Herindeling[],
  code: string,
): { readonly code: string; readonly datum: IsoDatum } | null {
  const laatste = opvolgingVan(herindelingen, code).at(-1);
  return laatste ? { code: laatste.naar, datum: laatste.datum } : null;
}

/**
 * Every gemeente that went into `code`, directly or through an earlier herindeling (Gooise Meren ←
 * Bussum, Muiden, Naarden; and their own predecessors, if any). Oldest first, then by code.
 * `code` itself is never listed, also not when it kept its code.
 */
export function voorgangersVan<H extends Herindeling>(herindelingen: readonly H[], code: string): Overgang<H>[] {
  const uit: Overgang<H>[] = [];
  const gezien = new Set<string>();
  const zoek = (naar: string, voor: IsoDatum | null): void => {
    for (const h of opDatumVan(herindelingen)) {
      if (h.naar !== naar || (voor !== null && h.datum >= voor)) continue;
      for (const van of h.van) {
        if (van === naar) continue;
        const sleutel = `${van}|${naar}|${h.datum}`;
        if (gezien.has(sleutel)) continue;
        gezien.add(sleutel);
        uit.push({ van, naar, datum: h.datum, herindeling: h });
        zoek(van, h.datum);
      }
    }
  };
  zoek(code, null);
  return uit
    .filter((o) => o.van !== code)
    .sort((a, b) => (a.datum < b.datum ? -1 : a.datum > b.datum ? 1 : a.van < b.van ? -1 : a.van > b.van ? 1 : 0));
}

/** Parts of split gemeenten that `code` gave away (`van`) or received (`naar`), oldest first. */
export function delenVan<H extends HerindelingMetBron>(
  herindelingen: readonly H[],
  code: string,
): (HerindelingDeel & { readonly herindeling: H })[] {
  return opDatumVan(herindelingen)
    .flatMap((h) => (h.delen ?? []).map((d) => ({ ...d, herindeling: h })))
    .filter((d) => d.van === code || d.naar === code)
    .sort((a, b) => (a.datum < b.datum ? -1 : a.datum > b.datum ? 1 : b.aandeel - a.aandeel));
}

/** A sentence for a gemeente page: text, and gemeente codes that the page shows as links. */
export type HerindelingZin = readonly (string | { readonly code: string })[];

export interface ZinOpties {
  /** The name of a gemeente code (any indeling). */
  readonly naam: (code: string) => string;
  /** Formats an ISO date for readers ("1 januari 2019"). */
  readonly datum: (iso: IsoDatum) => string;
  /**
   * Herindelingen dated on or before this date fall within the figures of Land in beeld, so the
   * achterstand of the old gemeenten is carried over to the new one (null: none).
   */
  readonly achterstandTot: IsoDatum | null;
}

function lijstVan(codes: readonly string[], eigen: string, naam: string): (string | { code: string })[] {
  const delen: (string | { code: string })[] = [];
  codes.forEach((c, i) => {
    if (i > 0) delen.push(i === codes.length - 1 ? ' en ' : ', ');
    delen.push(c === eigen ? naam : { code: c });
  });
  return delen;
}

/**
 * Plain-language sentences (Dutch, B1) about where gemeente `code` came from and where it went,
 * with the date of every herindeling: its predecessors (also through earlier herindelingen), the
 * gemeenten it went into, and the parts of split gemeenten it gave away or received.
 */
export function herindelingZinnen(
  herindelingen: readonly HerindelingMetBron[],
  code: string,
  opties: ZinOpties,
): HerindelingZin[] {
  const naam = opties.naam(code);
  const wie = (c: string) => (c === code ? naam : { code: c });
  const lijst = (codes: readonly string[]) => lijstVan(codes, code, naam);
  const telt = (h: Herindeling) => opties.achterstandTot !== null && h.datum <= opties.achterstandTot;
  const zinnen: HerindelingZin[] = [];

  /** Parts of `van` that went elsewhere in `h`: on the date of `h` itself, and earlier. */
  const delenIn = (h: HerindelingMetBron, van: string) => {
    const alle = (h.delen ?? []).filter((d) => d.van === van);
    return { tegelijk: alle.filter((d) => d.datum === h.datum), eerder: alle.filter((d) => d.datum !== h.datum) };
  };
  const verdeeldZinnen = (h: HerindelingMetBron, van: string): HerindelingZin[] => {
    const { tegelijk } = delenIn(h, van);
    if (tegelijk.length === 0) return [];
    return [
      [`Op ${opties.datum(h.datum)} is `, wie(van), ' verdeeld over ', ...lijst([h.naar, ...tegelijk.map((d) => d.naar)]), '.'],
      ['Het grootste deel ging naar ', wie(h.naar), '. Op deze site hoort ', wie(van), ' daarom bij ', wie(h.naar), '.'],
    ];
  };
  const eerderZinnen = (h: HerindelingMetBron, van: string): HerindelingZin[] =>
    delenIn(h, van).eerder.map((d) => [
      'Een deel van ',
      wie(van),
      ` ging al op ${opties.datum(d.datum)} naar `,
      wie(d.naar),
      '.',
    ]);

  // Where `code` came from, and the parts of split gemeenten it received; oldest first.
  const blokken: { datum: IsoDatum; zinnen: HerindelingZin[] }[] = [];
  const voorgangers = voorgangersVan(herindelingen, code);
  for (const h of [...new Set(voorgangers.map((o) => o.herindeling))]) {
    const van = voorgangers.filter((o) => o.herindeling === h).map((o) => o.van);
    const gesplitst = van.filter((c) => delenIn(h, c).tegelijk.length > 0);
    const d = opties.datum(h.datum);
    const blok: HerindelingZin[] = [];
    blokken.push({ datum: h.datum, zinnen: blok });
    if (h.van.includes(h.naar)) {
      const heel = van.filter((c) => !gesplitst.includes(c));
      if (heel.length > 0)
        blok.push([`Op ${d} ${heel.length === 1 ? 'is' : 'zijn'} `, ...lijst(heel), ' opgegaan in ', wie(h.naar), '.']);
    } else if (h.van.length === 1) {
      blok.push([wie(h.naar), ` heette tot ${d} `, wie(van[0]!), '.']);
    } else {
      blok.push([wie(h.naar), ` is op ${d} ontstaan uit een samenvoeging van `, ...lijst(van), '.']);
    }
    for (const c of van) blok.push(...verdeeldZinnen(h, c), ...eerderZinnen(h, c));
    if (h.naar === code && telt(h)) blok.push(['De achterstand of voorsprong van ', ...lijst(van), ` telt mee bij ${naam}.`]);
  }

  const ontvangen = delenVan(herindelingen, code).filter((d) => d.naar === code);
  for (const datum of [...new Set(ontvangen.map((d) => d.datum))]) {
    const van = ontvangen.filter((d) => d.datum === datum).map((d) => d.van);
    blokken.push({ datum, zinnen: [[`Op ${opties.datum(datum)} kreeg ${naam} een deel van `, ...lijst(van), '.']] });
  }

  for (const b of [...blokken].sort((x, y) => (x.datum < y.datum ? -1 : x.datum > y.datum ? 1 : 0))) zinnen.push(...b.zinnen);

  // Where `code` went.
  for (const stap of opvolgingVan(herindelingen, code)) {
    const h = stap.herindeling;
    const d = opties.datum(h.datum);
    const verdeeld = verdeeldZinnen(h, stap.van);
    if (verdeeld.length > 0) {
      zinnen.push(...verdeeld);
    } else if (h.van.includes(h.naar)) {
      zinnen.push([wie(stap.van), ` is op ${d} opgegaan in `, wie(h.naar), '.']);
    } else if (h.van.length === 1) {
      zinnen.push([wie(stap.van), ` heet sinds ${d} `, wie(h.naar), '.']);
    } else {
      const anderen = h.van.filter((c) => c !== stap.van);
      zinnen.push([
        wie(stap.van),
        ` is op ${d} samen met `,
        ...lijst(anderen),
        ' opgegaan in de nieuwe gemeente ',
        wie(h.naar),
        '.',
      ]);
    }
    zinnen.push(...eerderZinnen(h, stap.van));
    if (stap.van === code && telt(h)) zinnen.push([`De achterstand of voorsprong van ${naam} telt daar verder mee.`]);
  }
  return zinnen;
}
