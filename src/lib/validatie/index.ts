/**
 * The single validation entry point: `npm run check` and the build both call
 * `valideerAlles`, so they can never disagree.
 *
 * Order: every data file through the data pipeline (src/lib/validatie/data.ts: schemas of
 * src/schemas/data/ and the rules across files), then every MDX file in content/ (encoding,
 * names, slugs, schemas, MDX), links/images/downloads. Works on any project root (a fixture root
 * holds its own content/, data/ and public/). Today is passed in, never read from the
 * environment: the schemas get it in their context.
 */
import { datumVan } from '../../schemas/context.ts';
import { valideerContent, type ContentItem } from './content.ts';
import { leesSchemaContext } from './context.ts';
import { valideerData } from './data.ts';
import { valideerLinks } from './links.ts';
import type { Melding } from './melding.ts';
import { sorteer } from './melding.ts';

export { formatMelding, formatMeldingen, type Melding } from './melding.ts';
export { kiesBestanden } from './paden.ts';

export interface Validatie {
  meldingen: Melding[];
  items: ContentItem[];
  /** Number of data files (JSON) checked. */
  dataBestanden: number;
}

export interface ValidatieOpties {
  /** Today as JJJJ-MM-DD (default: the current date). */
  vandaag?: string | undefined;
}

export function valideerAlles(root: string, opties: ValidatieOpties = {}): Validatie {
  const vandaag = opties.vandaag ?? datumVan();
  // Data first: every file in data/ through its schema and the rules across files (src/schemas/data/).
  const data = valideerData(root, { vandaag });
  const context = leesSchemaContext(root, vandaag);
  const meldingen: Melding[] = [...data.meldingen];
  const { items, meldingen: content } = valideerContent(root, { context });
  meldingen.push(...content, ...valideerLinks(root, items, context));
  return { meldingen: sorteer(meldingen), items, dataBestanden: data.bestanden };
}

/** Only the problems that fail the check and the build (warnings do not). */
export const fouten = (meldingen: readonly Melding[]) => meldingen.filter((m) => m.ernst !== 'waarschuwing');
