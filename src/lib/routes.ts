/**
 * Every URL the site builds, in one place: pages link with these helpers and the
 * link check resolves internal links against the same list.
 */
import { slugify } from './slug.ts';

/** The public address of the site (canonical URLs, sitemap, RSS); override with SITE_URL. */
export const SITE_URL = process.env.SITE_URL ?? 'https://www.opnieuwthuis.nl';

export const pad = {
  home: () => '/',
  handreikingen: () => '/handreikingen/',
  handreiking: (slug: string) => `/handreikingen/${slug}/`,
  factsheets: () => '/factsheets/',
  factsheet: (slug: string) => `/factsheets/${slug}/`,
  vragen: () => '/vragen/',
  vraag: (slug: string) => `/vragen/${slug}/`,
  voorbeelden: () => '/goede-voorbeelden/',
  voorbeeld: (slug: string) => `/goede-voorbeelden/${slug}/`,
  matrix: () => '/goede-voorbeelden/overzicht/',
  /** A filter page of goede voorbeelden: soort is thema, doelgroep or provincie. */
  voorbeeldFilter: (soort: 'thema' | 'doelgroep' | 'provincie', slug: string) => `/goede-voorbeelden/${soort}/${slug}/`,
  themas: () => '/themas/',
  thema: (id: string) => `/themas/${id}/`,
  landInBeeld: () => '/land-in-beeld/',
  methode: () => '/land-in-beeld/methode/',
  archief: () => '/land-in-beeld/archief/',
  archiefMaand: (maand: string) => `/land-in-beeld/archief/${maand}/`,
  archiefProvincie: (maand: string, provincieNaam: string) => `/land-in-beeld/archief/${maand}/${slugify(provincieNaam)}/`,
  provincie: (provincieNaam: string) => `/land-in-beeld/provincie/${slugify(provincieNaam)}/`,
  gemeente: (code: string) => `/land-in-beeld/gemeente/${code.toLowerCase()}/`,
  gemeenten: () => '/land-in-beeld/gemeenten/',
  downloads: () => '/land-in-beeld/downloads/',
  zoeken: () => '/zoeken/',
  advies: () => '/advies/',
  over: () => '/over/',
  ondersteuning: () => '/ondersteuning/',
  toegankelijkheid: () => '/toegankelijkheid/',
  privacy: () => '/privacy/',
  rss: () => '/rss.xml',
} as const;

/** Fixed pages that exist whatever the content. */
export const VASTE_PADEN: readonly string[] = [
  pad.home(),
  pad.handreikingen(),
  pad.factsheets(),
  pad.vragen(),
  pad.voorbeelden(),
  pad.matrix(),
  pad.themas(),
  pad.landInBeeld(),
  pad.methode(),
  pad.archief(),
  pad.gemeenten(),
  pad.downloads(),
  pad.zoeken(),
  pad.advies(),
  pad.over(),
  pad.ondersteuning(),
  pad.toegankelijkheid(),
  pad.privacy(),
  pad.rss(),
];
