/**
 * Query rewriting, before Pagefind sees the query.
 *
 * Pagefind only returns pages that contain *every* word of the query (as a word prefix), and
 * it has no synonyms. A question typed as a person asks it ("hoeveel statushouders moet mijn
 * gemeente huisvesten") therefore finds nothing or the wrong page. So, in this order:
 * 1. Fold case, diacritics and apostrophes ("statushouder's" → "statushouders"), with the
 *    site's one fold `vouw`.
 * 2. Drop Dutch question words and stopwords (STOPWOORDEN): they carry no topic and a page
 *    that lacks "mijn" must still be found. A query of only stopwords is kept as typed.
 * 3. Synonyms (data/zoeken/synoniemen.json): a phrase from a group is searched as typed and
 *    as the group's first term (statushouder → vergunninghouder, tijdelijke woning →
 *    flexwoning). The search runs once per variant and the results are merged (./ordening.ts).
 *    Doing this at query time keeps the index free of synonym lists and works for every page.
 * The fallbacks for queries that still find nothing (spelling slips, words written apart)
 * are in `fallbackVarianten`; ./ordening.ts uses them only when the variants find nothing.
 */
import synoniemenData from '../../../data/zoeken/synoniemen.json' with { type: 'json' };
import { vouw } from '../slug.ts';

/** Lowercase, diacritics folded, apostrophes dropped, every other non-letter a single space. */
export function normaliseer(tekst: string): string {
  return vouw(tekst).replace(/[^a-z0-9]+/g, ' ').trim();
}

export function woorden(tekst: string): string[] {
  const n = normaliseer(tekst);
  return n ? n.split(' ') : [];
}

/** Question words and other Dutch words that carry no topic. Never names: "den" (Den Haag) is not here. */
export const STOPWOORDEN = new Set(
  (
    'aan al alle alles als bij dan dat de deze die dit doe doen door een en er geen had heb hebben heeft het hier hoe hoeveel hun ' +
    'ik in is je jij jullie kan kun kunnen krijg krijgt maar me mee met mij mijn moet moeten mag mogen na naar niet nog nu of om ' +
    'onder ons onze ook op over te tot u uit uw van veel voor waar waarom wanneer wat we wel welk welke wie wij wil willen word wordt ' +
    'worden zal ze zich zij zijn zo zou zoals was waren gaat gaan hebt ben bent houdt hou toch eigenlijk precies graag iets iemand'
  ).split(' '),
);

/** The topic words of a query: normalised, stopwords out (unless nothing would be left). */
export function kernwoorden(q: string): string[] {
  const alle = woorden(q);
  const kern = alle.filter((w) => !STOPWOORDEN.has(w));
  return kern.length ? kern : alle;
}

export const SYNONIEMGROEPEN: readonly (readonly string[])[] = synoniemenData.groepen;
const GROEPEN = SYNONIEMGROEPEN.map((g) => g.map((term) => woorden(term)));

/** Does the typed word `w` stand for the term word `t`: equal, or `t` plus a Dutch inflection (-s, -en, -e, -n, -ers)? */
function isVorm(w: string, t: string): boolean {
  if (w === t) return true;
  if (!w.startsWith(t)) return false;
  const rest = w.slice(t.length);
  return t.length <= 4 ? rest === 's' : /^(s|en|e|n|ers|es)$/.test(rest);
}

/**
 * Search variants of a query: the topic words as typed, and the same with every synonym
 * phrase replaced by its group's first term (or, when the query already uses the first term,
 * by the second, so pages that only say "statushouder" are found for "vergunninghouder").
 * Each variant is one Pagefind query string. The first variant is always the query as typed.
 */
export function zoekVarianten(q: string): string[] {
  const kern = kernwoorden(q);
  if (kern.length === 0) return [];
  const naarEerste: string[] = [];
  const naarTweede: string[] = [];
  let vervangen = false;
  for (let i = 0; i < kern.length; ) {
    let gevonden: { lengte: number; groep: string[][] } | undefined;
    for (const groep of GROEPEN) {
      for (const term of groep) {
        if (term.length > kern.length - i || (gevonden && gevonden.lengte >= term.length)) continue;
        if (term.every((t, j) => isVorm(kern[i + j]!, t))) gevonden = { lengte: term.length, groep };
      }
    }
    if (gevonden) {
      vervangen = true;
      const typed = kern.slice(i, i + gevonden.lengte).join(' ');
      const eerste = gevonden.groep[0]!.join(' ');
      naarEerste.push(eerste);
      naarTweede.push(normaliseer(typed).startsWith(eerste) ? gevonden.groep[1]!.join(' ') : eerste);
      i += gevonden.lengte;
    } else {
      naarEerste.push(kern[i]!);
      naarTweede.push(kern[i]!);
      i++;
    }
  }
  const typed = kern.join(' ');
  return vervangen ? [...new Set([typed, naarEerste.join(' '), naarTweede.join(' ')])] : [typed];
}

/**
 * When no variant finds anything: the words written together ("kostendelers norm" →
 * "kostendelersnorm"), then each word on its own, where a word that finds nothing is cut
 * back to a shorter prefix (Pagefind matches word prefixes, so "huisvesing" → "huisves"
 * finds "huisvesting"; "taaksteling" → "taakstel"). At least 5 letters stay, at most 4 go.
 */
export function samengevoegd(q: string): string | undefined {
  const kern = kernwoorden(q);
  return kern.length >= 2 && kern.length <= 3 ? kern.join('') : undefined;
}

export function afgekapt(woord: string): string[] {
  const uit: string[] = [];
  for (let n = woord.length - 1; n >= Math.max(5, woord.length - 4); n--) uit.push(woord.slice(0, n));
  return uit;
}
