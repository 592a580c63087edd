/**
 * Synonyms, applied at render time: Pagefind has no synonym feature, so a page carries, as
 * metadata, the other terms of every synonym group (data/zoeken/synoniemen.json) it uses.
 * Emitted by src/components/ZoekSynoniemen.astro (in ItemLayout); weights in ZOEK_OPTIES.
 * A page about vergunninghouders is then found for "statushouder", a page about flexwoningen
 * for "tijdelijke woning", in one Pagefind search: counts per filter stay exact.
 * Terms in the title weigh like the title; terms the text uses often weigh more than a passing mention.
 */
import synoniemenData from '../../../data/zoeken/synoniemen.json' with { type: 'json' };
import { META } from './meta.ts';
import { normaliseer } from './vraag.ts';

const SYNONIEMGROEPEN: readonly (readonly string[])[] = synoniemenData.groepen;

/**
 * A term occurs if it starts a word and is followed by at most a Dutch inflection
 * (-en, -s, -e, -ers…); short terms (coa, brp, azc) only by a plural s, so "coa" never matches "coach".
 * A term of two words also matches written as one ("woning delen" in "woningdelen").
 */
function termPatroon(term: string): RegExp {
  const n = normaliseer(term);
  const achtervoegsel = n.length <= 4 ? 's?' : '[a-z]{0,4}';
  return new RegExp(`(?:^| )${n.replace(/ /g, ' ?')}${achtervoegsel}(?= |$)`, 'g');
}
/**
 * Each term with its pattern and its first word: a text can only match the pattern if it contains
 * that word, and a plain substring test is far cheaper than the regular expression. Most pages
 * mention few of the terms, so most patterns never run (this was a noticeable part of rendering
 * 1,000 pages).
 */
const GROEP_PATRONEN = SYNONIEMGROEPEN.map((groep) => ({
  groep,
  termen: groep.map((term) => ({ eersteWoord: normaliseer(term).split(' ')[0]!, patroon: termPatroon(term) })),
}));

/** Synonym groups whose terms occur in the text, with how often (all terms of the group together). */
export function synoniemenIn(tekst: string): { groep: string[]; aantal: number }[] {
  const n = normaliseer(tekst);
  const uit: { groep: string[]; aantal: number }[] = [];
  for (const { groep, termen } of GROEP_PATRONEN) {
    let aantal = 0;
    for (const { eersteWoord, patroon } of termen) if (n.includes(eersteWoord)) aantal += n.match(patroon)?.length ?? 0;
    if (aantal > 0) uit.push({ groep: [...groep], aantal });
  }
  return uit;
}

/** From this many mentions a group counts as a subject of the page… */
const KERN_DREMPEL = 3;
/** …and from this many as a main subject. */
const HOOFD_DREMPEL = 8;

/**
 * A term and its plural forms. Pagefind stems page text but not metadata, and matches a query
 * word as a prefix: "flexunits" does not find the metadata word "flexunit", so the plural is
 * written out (both -s and -en: one of them is the Dutch plural, the other is never typed).
 */
function metMeervoud(term: string): string[] {
  return term.length <= 4 ? [term, `${term}s`] : [term, `${term}s`, `${term}en`];
}

/** The synonym metadata of a page: field → comma-separated terms. Empty fields are left out. */
export function synoniemMeta(titel: string, tekst: string): Partial<Record<string, string>> {
  const titelGroepen = synoniemenIn(titel).map((g) => g.groep);
  const tekstGroepen = synoniemenIn(tekst).filter((g) => !titelGroepen.some((t) => t[0] === g.groep[0]));
  const velden: [string, string[][]][] = [
    [META.titeltermen, titelGroepen],
    [META.hoofdtermen, tekstGroepen.filter((g) => g.aantal >= HOOFD_DREMPEL).map((g) => g.groep)],
    [META.kerntermen, tekstGroepen.filter((g) => g.aantal >= KERN_DREMPEL && g.aantal < HOOFD_DREMPEL).map((g) => g.groep)],
    [META.zoektermen, tekstGroepen.filter((g) => g.aantal < KERN_DREMPEL).map((g) => g.groep)],
  ];
  const uit: Partial<Record<string, string>> = {};
  for (const [veld, groepen] of velden) if (groepen.length) uit[veld] = groepen.flat().flatMap(metMeervoud).join(', ');
  return uit;
}
