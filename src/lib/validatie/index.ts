/**
 * The single validation entry point: `npm run check` and the build both call
 * `valideerAlles`, so they can never disagree.
 *
 * Order: every data file through the data pipeline (src/lib/validatie/data.ts: schemas of
 * src/schemas/data/ and the rules across files), then every MDX file in content/ (schemas,
 * names, slugs, MDX), links/images/downloads. Works on any project root (a fixture root
 * holds its own content/, data/ and public/).
 */
import { valideerContent, type ContentItem } from './content.ts';
import { valideerData } from './data.ts';
import { bepaalVandaag } from '../monitor/model.ts';
import { valideerLinks } from './links.ts';
import type { Melding } from './melding.ts';
import { sorteer } from './melding.ts';

export { formatMelding, formatMeldingen, ValidatieFout, type Melding } from './melding.ts';

export interface Validatie {
  meldingen: Melding[];
  items: ContentItem[];
  /** Number of data files (JSON) checked. */
  dataBestanden: number;
}

export interface ValidatieOpties {
  /** Today as JJJJ-MM-DD (default: OT_VANDAAG or the current date). */
  vandaag?: string;
}

export function valideerAlles(root: string, opties: ValidatieOpties = {}): Validatie {
  const vorigeVandaag = process.env.OT_VANDAAG;
  if (opties.vandaag) process.env.OT_VANDAAG = opties.vandaag;
  try {
    // Data first: every file in data/ through its schema and the rules across files (src/schemas/data/).
    const data = valideerData(root, { vandaag: opties.vandaag ?? bepaalVandaag() });
    const meldingen: Melding[] = [...data.meldingen];
    const { items, meldingen: content } = valideerContent(root);
    meldingen.push(...content, ...valideerLinks(root, items));
    return { meldingen: sorteer(meldingen), items, dataBestanden: data.bestanden };
  } finally {
    if (opties.vandaag) {
      if (vorigeVandaag === undefined) delete process.env.OT_VANDAAG;
      else process.env.OT_VANDAAG = vorigeVandaag;
    }
  }
}
