/** Pure helpers for goede voorbeelden: the matrix rows and the "onbekend" rule for costs. */
import { RIJKSSUBSIDIES, type Voorbeeld } from '../schemas/voorbeeld.ts';

export const ONBEKEND = 'onbekend';

export function kostenRegels(k: Voorbeeld['kosten']): { label: string; waarde: string }[] {
  return [
    { label: 'Stichtingskosten', waarde: k?.stichting ?? ONBEKEND },
    { label: 'Exploitatiekosten', waarde: k?.exploitatie ?? ONBEKEND },
    { label: 'Dekking', waarde: k?.dekking ?? ONBEKEND },
  ];
}

export type Rijkssubsidie = 'ja' | 'nee' | 'onbekend';

export function rijkssubsidie(subsidie: readonly string[]): Rijkssubsidie {
  if (subsidie.some((s) => (RIJKSSUBSIDIES as readonly string[]).includes(s))) return 'ja';
  if (subsidie.includes('onbekend')) return 'onbekend';
  return 'nee';
}

export const SUBSIDIE_LABEL: Record<string, string> = {
  huisvestingsvoorziening: 'Rijksregeling huisvestingsvoorziening (2016–2017)',
  'taskforce-tijdelijke-huisvesting': 'Rijksbijdrage Taskforce tijdelijke huisvesting',
  'huisvesting-aandachtsgroepen': 'Rijksregeling huisvesting aandachtsgroepen (Rha)',
  'pilot-grote-gezinnen': 'Rijkspilot huisvesting grote gezinnen',
  provinciaal: 'Provinciale subsidie',
  gemeentelijk: 'Gemeentelijke bijdrage',
  europees: 'Europese subsidie',
  geen: 'Geen subsidie',
  onbekend: 'Onbekend',
};

/** A heading in the body of a voorbeeld that already covers its lessons ("Wat kunt u ervan leren?"). */
const LESSEN_KOP = /\b(leren|lessen|geleerd)\b/i;

/**
 * A voorbeeld shows its lessons once: the structured `lessen` list, unless the body
 * has its own section on them (then that section is the one the reader sees).
 */
export function toonLessenLijst(headings: readonly { depth: number; text: string }[]): boolean {
  return !headings.some((h) => h.depth <= 3 && LESSEN_KOP.test(h.text));
}

/** The three ways to find a voorbeeld without JavaScript: by thema, by doelgroep, by provincie. */
export type FilterSoort = 'thema' | 'doelgroep' | 'provincie';

export const FILTER_KOP: Record<FilterSoort, string> = {
  thema: 'Thema',
  doelgroep: 'Voor wie',
  provincie: 'Provincie',
};

/** What a voorbeeld needs for the filters: its thema's (incl. soort oplossing), doelgroepen and gemeente codes. */
export interface Filterbaar {
  title: string;
  themas: readonly string[];
  doelgroep: readonly string[];
  gemeenten: readonly string[];
}

export interface FilterWaarde<T> {
  soort: FilterSoort;
  /** URL segment, e.g. "flexwonen", "grote-gezinnen", "noord-brabant". */
  slug: string;
  label: string;
  items: T[];
}

export interface FilterOpties {
  /** Thema id → name, in the order the filters should list them. */
  themas: readonly { id: string; naam: string }[];
  /** Doelgroepen in the order the filters should list them. */
  doelgroepen: readonly string[];
  /** Provincie names in the order the filters should list them. */
  provincies: readonly string[];
  /** Provincie name of a gemeente code (undefined when unknown). */
  provincieVan: (gemeenteCode: string) => string | undefined;
  /** The URL segment of a label (the site's slugify). */
  slug: (label: string) => string;
}

const hoofdletter = (s: string) => s[0]!.toUpperCase() + s.slice(1);

/**
 * Every filter value that at least one voorbeeld has, per soort, with its voorbeelden in
 * Dutch title order. A voorbeeld in two provincies is listed under both.
 */
export function voorbeeldFilters<T extends Filterbaar>(
  voorbeelden: readonly T[],
  o: FilterOpties,
): Record<FilterSoort, FilterWaarde<T>[]> {
  const opTitel = (lijst: T[]) => [...lijst].sort((a, b) => a.title.localeCompare(b.title, 'nl'));
  const maak = (soort: FilterSoort, slug: string, label: string, past: (v: T) => boolean): FilterWaarde<T> => ({
    soort,
    slug,
    label,
    items: opTitel(voorbeelden.filter(past)),
  });
  const provinciesVan = (v: T) => new Set(v.gemeenten.map(o.provincieVan).filter((p): p is string => p !== undefined));
  return {
    thema: o.themas.map((t) => maak('thema', t.id, t.naam, (v) => v.themas.includes(t.id))).filter((f) => f.items.length > 0),
    doelgroep: o.doelgroepen
      .map((g) => maak('doelgroep', o.slug(g), hoofdletter(g), (v) => heeftDoelgroep(v.doelgroep, g)))
      .filter((f) => f.items.length > 0),
    provincie: o.provincies
      .map((p) => maak('provincie', o.slug(p), p, (v) => provinciesVan(v).has(p)))
      .filter((f) => f.items.length > 0),
  };
}

/**
 * Doelgroepen that include another one: a groot gezin is a gezin. Without this the matrix
 * column "gezinnen" stays empty while a project houses a large family.
 */
const OOK: Record<string, readonly string[]> = { gezinnen: ['grote gezinnen'] };

/** Is the voorbeeld for doelgroep `g`, directly or through a narrower doelgroep it includes? */
export function heeftDoelgroep(doelgroep: readonly string[], g: string): boolean {
  return doelgroep.includes(g) || (OOK[g] ?? []).some((smaller) => doelgroep.includes(smaller));
}
