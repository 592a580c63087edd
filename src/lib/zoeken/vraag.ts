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
 * 3. Drop the words that are on nearly every page of this site (ALOMTEGENWOORDIG), unless
 *    nothing else is left: they narrow nothing, but cost an index download each.
 * Synonyms are not expanded here: every page carries the synonyms of its terms as metadata
 * (./synoniemen.ts, at render time), so one Pagefind search per query suffices and the counts
 * per filter stay exact. The fallbacks for queries that still find nothing (spelling slips,
 * words written apart) are below; ./ordening.ts uses them only then.
 */
import { vouw } from '../slug.ts';

/** Lowercase, diacritics folded, apostrophes dropped, every other non-letter a single space. */
export function normaliseer(tekst: string): string {
  return vouw(tekst)
    .replace(/[^a-z0-9]+/g, ' ')
    .trim();
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

/**
 * Words on nearly every indexed page of this site (tests/site/zoeken checks ≥ 90 % on the built
 * index, so the list cannot rot). As a query word they narrow next to nothing, yet each costs a
 * download: Pagefind fetches the index chunk(s) of every query word's prefix range, 14–22 KB
 * each (the gemeent* words alone fill two). Every Land in beeld page names "gemeente" and
 * "vergunninghouders"/"statushouders", and the synonym metadata (./synoniemen.ts) spreads the
 * latter further. "hoeveel statushouders moet mijn gemeente huisvesten" therefore searches
 * "huisvesten" (on 76 % of the knowledge pages: it does narrow, so it stays). Only the Pagefind
 * query loses them: place detection (./ordening.ts) reads the query as typed, so "gemeente
 * Utrecht" still asks for the gemeente, "statushouders" alone is searched as typed, and a page
 * whose title has them still comes first on the first page (titelVoorrang in ./ordening.ts).
 */
const ALOMTEGENWOORDIGE_GROEPEN: readonly { woorden: readonly string[]; stammen: readonly string[] }[] = [
  { woorden: ['gemeente', 'gemeenten', 'gemeentes'], stammen: ['gemeente'] },
  {
    woorden: ['statushouder', 'statushouders', 'vergunninghouder', 'vergunninghouders'],
    stammen: ['statushouder', 'vergunninghouder'],
  },
];
export const ALOMTEGENWOORDIG = new Set(ALOMTEGENWOORDIGE_GROEPEN.flatMap((g) => g.woorden));

/**
 * The words kernwoorden left out for being on nearly every page, per group of synonyms, as the
 * word starts to look for in a title ("gemeenten" → ["gemeente"]). Empty when none was left out.
 */
export function weggelatenStammen(q: string): string[][] {
  const kern = new Set(kernwoorden(q));
  const weg = woorden(q).filter((w) => ALOMTEGENWOORDIG.has(w) && !kern.has(w));
  return ALOMTEGENWOORDIGE_GROEPEN.filter((g) => g.woorden.some((w) => weg.includes(w))).map((g) => [...g.stammen]);
}

/**
 * The topic words of a query: normalised, stopwords out, then the words on nearly every page out;
 * each step only if something is left ("gemeente" alone is searched as typed).
 */
export function kernwoorden(q: string): string[] {
  const alle = woorden(q);
  const zonderStop = alle.filter((w) => !STOPWOORDEN.has(w));
  const kern = zonderStop.filter((w) => !ALOMTEGENWOORDIG.has(w));
  return kern.length ? kern : zonderStop.length ? zonderStop : alle;
}

/** The query as Pagefind gets it: the topic words, space-separated; '' for an empty query. */
export function zoekterm(q: string): string {
  return kernwoorden(q).join(' ');
}

/**
 * When the query finds nothing: the words written together ("kostendelers norm" →
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
