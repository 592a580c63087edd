/**
 * All published content, loaded once per build and shaped for pages: one list of
 * items across types with their URL, type label and dates. Pages never call
 * getCollection themselves (that is slow per page: withastro/astro#16297).
 */
import { getCollection, type CollectionEntry } from 'astro:content';
import { CONTENT_TYPES, type ContentType } from '../schemas/index.ts';
import { THEMAS } from '../schemas/referenties.ts';

type Entry = CollectionEntry<'handreikingen'> | CollectionEntry<'factsheets'> | CollectionEntry<'vragen'> | CollectionEntry<'voorbeelden'>;

export interface Item {
  type: ContentType;
  /** "handreiking", "factsheet", "vraag", "goed voorbeeld" */
  typeLabel: string;
  slug: string;
  url: string;
  title: string;
  samenvatting: string;
  /** themas incl. typeOplossing for voorbeelden */
  themas: string[];
  gemeenten: string[];
  publicatiedatum: string;
  laatstBijgewerkt: string;
  entry: Entry;
}

let cache: Promise<Item[]> | undefined;

export function alleItems(): Promise<Item[]> {
  cache ??= laad();
  return cache;
}

async function laad(): Promise<Item[]> {
  const types = Object.keys(CONTENT_TYPES) as ContentType[];
  const lijsten = await Promise.all(types.map((t) => getCollection(t)));
  const items: Item[] = [];
  lijsten.forEach((lijst, i) => {
    const type = types[i]!;
    for (const entry of lijst as Entry[]) {
      const d = entry.data as Record<string, unknown> & { title: string; publicatiedatum: string; laatstBijgewerkt?: string; concept?: boolean };
      if (d.concept) continue;
      const themas = new Set<string>((d.themas as string[] | undefined) ?? []);
      if (typeof d.typeOplossing === 'string') themas.add(d.typeOplossing);
      items.push({
        type,
        typeLabel: CONTENT_TYPES[type].enkelvoud,
        slug: entry.id,
        url: `${CONTENT_TYPES[type].pad}${entry.id}/`,
        title: d.title,
        samenvatting: String(d.samenvatting ?? d.kortAntwoord ?? ''),
        themas: THEMAS.map((t) => t.id).filter((t) => themas.has(t)),
        gemeenten: (d.gemeenten as string[] | undefined) ?? [],
        publicatiedatum: d.publicatiedatum,
        laatstBijgewerkt: d.laatstBijgewerkt ?? d.publicatiedatum,
        entry,
      });
    }
  });
  return items.sort((a, b) => b.laatstBijgewerkt.localeCompare(a.laatstBijgewerkt) || a.title.localeCompare(b.title, 'nl'));
}

export async function itemsVan(type: ContentType): Promise<Item[]> {
  return (await alleItems()).filter((i) => i.type === type);
}

export function themaNaam(id: string): string {
  return THEMAS.find((t) => t.id === id)?.naam ?? id;
}
