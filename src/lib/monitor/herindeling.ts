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
