/** Pagefind metadata and filter keys shared by the components that emit them and the browser code that reads them. */
export const META = {
  /** Names of a gemeente or thema: official, popular, spelling variants. */
  namen: 'namen',
  /** Names of a provincie (weighted above gemeenten: "Fryslân" is the provincie first). */
  provincienamen: 'provincienamen',
  /**
   * The words of a Land in beeld page's figures (taakstelling, achterstand, gehuisvest…).
   * The figures themselves stay out of the index (data-pagefind-ignore); these words let
   * "Den Bosch taakstelling" find the page, and weigh little, so topic-only queries are not flooded.
   */
  cijferwoorden: 'cijferwoorden',
  /** Synonyms (src/lib/zoeken/synoniemen.ts) of terms in the page title… */
  titeltermen: 'titeltermen',
  /** …of terms the text uses 8 or more times (a main subject)… */
  hoofdtermen: 'hoofdtermen',
  /** …3 to 7 times… */
  kerntermen: 'kerntermen',
  /** …once or twice. */
  zoektermen: 'zoektermen',
} as const;

/**
 * The Pagefind filter that lists, per Land in beeld page, its names as people type them (normalised:
 * "den bosch", "s hertogenbosch"). Not offered on the search page: the search reads its values
 * (loaded with the other filters when the page opens) to see which words of a query are a place
 * name, without searching those words (./ordening.ts).
 */
export const PLAATS_FILTER = 'plaats';

/** Separates the names in the `namen` and `provincienamen` metadata (names may contain commas). */
export const NAAM_SCHEIDING = ' | ';

/** Land in beeld page types: shown after knowledge pages unless the query names the place. */
export const PLAATS_TYPES = ['gemeente', 'provincie'] as const;

/** The words of the figures on every gemeente and provincie page. */
export const CIJFERWOORDEN = [
  'taakstelling',
  'achterstand',
  'voorsprong',
  'gehuisvest',
  'huisvesting',
  'realisatie',
  'vergunninghouders',
  'statushouders',
  'stand',
];
