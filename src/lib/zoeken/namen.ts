/**
 * The names a Land in beeld page or thema hub is *about*, as people type them. Rendered at
 * build time by src/components/ZoekAliassen.astro as Pagefind metadata (`namen`,
 * `provincienamen`), weighted high in ZOEK_OPTIES, and read back in the browser by
 * ./ordening.ts to decide whether a query names a place.
 */
import naamvariantenData from '../../../data/zoeken/naamvarianten.json' with { type: 'json' };
import provinciesData from '../../../data/provincies.json' with { type: 'json' };
import themasData from '../../../data/themas.json' with { type: 'json' };
import gemeenten2015 from '../../../data/gemeenten/2015.json' with { type: 'json' };
import gemeenten2016 from '../../../data/gemeenten/2016.json' with { type: 'json' };
import gemeenten2026 from '../../../data/gemeenten/2026.json' with { type: 'json' };
import { META, NAAM_SCHEIDING } from './meta.ts';

interface GemeenteRegel {
  code: string;
  naam: string;
  provincie?: string;
}

/** Newest name and provincie per gemeente code (later indelingen win). */
const GEMEENTEN = new Map<string, { naam: string; provincie?: string }>();
for (const g of [...gemeenten2015, ...gemeenten2016, ...gemeenten2026] as GemeenteRegel[]) {
  GEMEENTEN.set(g.code, { naam: g.naam, provincie: g.provincie ?? GEMEENTEN.get(g.code)?.provincie });
}
const PROVINCIES = new Map<string, string>(provinciesData.map((p) => [p.code, p.naam]));
const EXTRA_GEMEENTE = naamvariantenData.gemeenten as Record<string, string[]>;
const EXTRA_PROVINCIE = naamvariantenData.provincies as Record<string, string[]>;

function uniek(lijst: string[]): string[] {
  const gezien = new Set<string>();
  const uit: string[] = [];
  for (const item of lijst.map((s) => s.replace(/\s+/g, ' ').trim()).filter(Boolean)) {
    if (gezien.has(item.toLowerCase())) continue;
    gezien.add(item.toLowerCase());
    uit.push(item);
  }
  return uit;
}

/**
 * The ways people type a name: as written, without diacritics, without apostrophe,
 * hyphens as spaces, without the leading 's- and without a parenthesised suffix.
 * "'s-Hertogenbosch" → 's-Hertogenbosch, s-Hertogenbosch, s Hertogenbosch, Hertogenbosch.
 */
export function spellingVarianten(naam: string): string[] {
  const zonderAccent = naam.normalize('NFKD').replace(/[\u0300-\u036f]/g, '');
  const kandidaten = [naam, zonderAccent];
  for (const n of [naam, zonderAccent]) {
    const zonderApostrof = n.replace(/['’‘`]/g, '');
    kandidaten.push(zonderApostrof, zonderApostrof.replace(/-/g, ' '));
    const zonderLidwoord = zonderApostrof.replace(/^s-/i, '');
    if (zonderLidwoord !== zonderApostrof) kandidaten.push(zonderLidwoord);
    const zonderHaakjes = n.replace(/\s*\(.*\)\s*$/, '');
    if (zonderHaakjes !== n) kandidaten.push(zonderHaakjes);
    const komma = n.split(',')[0]!.trim();
    if (komma !== n) kandidaten.push(komma);
  }
  return uniek(kandidaten);
}

export interface ZoekNamen {
  /** The metadata field: `namen` for a gemeente or thema, `provincienamen` for a provincie. */
  sleutel: string;
  /** The official name first, then popular names and spelling variants. */
  namen: string[];
  /** Name of the provincie, for the `provincie` filter. */
  provincie: string | undefined;
  /** Official name (undefined if the code is unknown). */
  naam: string | undefined;
}

/** Search names for a gemeente (GM0518) or provincie (PV21) code; case-insensitive. */
export function zoekNamen(code: string): ZoekNamen {
  const c = code.toUpperCase();
  if (c.startsWith('PV')) {
    const naam = PROVINCIES.get(c);
    const extra = EXTRA_PROVINCIE[c] ?? [];
    return {
      sleutel: META.provincienamen,
      naam,
      provincie: naam,
      namen: naam ? uniek([naam, ...extra].flatMap(spellingVarianten)) : [],
    };
  }
  const g = GEMEENTEN.get(c);
  const extra = EXTRA_GEMEENTE[c] ?? [];
  return {
    sleutel: META.namen,
    naam: g?.naam,
    provincie: g?.provincie ? PROVINCIES.get(g.provincie) : undefined,
    namen: g ? uniek([g.naam, ...extra].flatMap(spellingVarianten)) : [],
  };
}

/**
 * A thema hub's names: its name only. Its synonyms (data/themas.json) are visible text on the hub
 * (weighted 5 there); as names (weighted 10) they would put the hub above the vraag that explains
 * the term ("regeldag" is a synonym of Procesverbetering and the subject of "Wat is een regeldag?").
 */
export function themaNamen(id: string): ZoekNamen {
  const t = themasData.find((x) => x.id === id);
  return { sleutel: META.namen, naam: t?.naam, provincie: undefined, namen: t ? [t.naam] : [] };
}

/** The `data-pagefind-meta` value for a set of names. */
export function namenMeta(z: Pick<ZoekNamen, 'sleutel' | 'namen'>): string {
  return `${z.sleutel}:${z.namen.join(NAAM_SCHEIDING)}`;
}

/** Provincie of a gemeente code, for the `provincie` filter of a goed voorbeeld. */
export function provincieVan(gemeenteCode: string): string | undefined {
  return zoekNamen(gemeenteCode).provincie;
}
