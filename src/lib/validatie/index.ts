/**
 * The single validation entry point: `npm run check` and the build both call
 * `valideerAlles`, so they can never disagree.
 */
import { valideerContent, type ContentItem } from './content.ts';
import { valideerLinks } from './links.ts';
import type { Melding } from './melding.ts';
import { sorteer } from './melding.ts';

export { formatMelding, formatMeldingen, ValidatieFout, type Melding } from './melding.ts';

export interface Validatie {
  meldingen: Melding[];
  items: ContentItem[];
}

export function valideerAlles(root: string): Validatie {
  const { items, meldingen } = valideerContent(root);
  meldingen.push(...valideerLinks(root, items));
  return { meldingen: sorteer(meldingen), items };
}
