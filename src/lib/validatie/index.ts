/**
 * The single validation entry point: `npm run check` and the build both call
 * `valideerAlles`, so they can never disagree.
 *
 * Order: JSON syntax of every file in data/, data/themas.json, every MDX file in
 * content/ (encoding, names, slugs, schemas, MDX), links/images/downloads, then the monitor
 * data through src/lib/monitor (its own rules). Works on any project root (a fixture root
 * holds its own content/, data/ and public/). Today is passed in, never read from the
 * environment: the schemas get it in their context.
 */
import { datumVan } from '../../schemas/context.ts';
import { valideerContent, type ContentItem } from './content.ts';
import { leesSchemaContext } from './context.ts';
import { valideerJsonSyntax, valideerThemas } from './json.ts';
import { valideerLinks } from './links.ts';
import type { Melding } from './melding.ts';
import { sorteer } from './melding.ts';
import { valideerMonitor } from './monitor.ts';
import { valideerAdvies } from './advies.ts';
import { DOELGROEPEN_VOORBEELD } from '../../schemas/voorbeeld.ts';

export { formatMelding, formatMeldingen, ValidatieFout, type Melding } from './melding.ts';
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
  const context = leesSchemaContext(root, vandaag);
  const json = valideerJsonSyntax(root);
  const meldingen: Melding[] = [...json.meldingen];
  const themas = json.geldig.get('data/themas.json');
  if (themas) meldingen.push(...valideerThemas('data/themas.json', themas.data, themas.tekst));
  const { items, meldingen: content } = valideerContent(root, { context });
  meldingen.push(...content, ...valideerLinks(root, items, context));
  meldingen.push(...valideerAdvies(root, { themaIds: context.themaIds, voorbeeldDoelgroepen: DOELGROEPEN_VOORBEELD }));
  // The monitor reports unreadable JSON itself too; keep only our message (with its line) for those files.
  const kapot = new Set(json.meldingen.map((m) => m.bestand));
  meldingen.push(...valideerMonitor(root, vandaag).filter((m) => !(kapot.has(m.bestand) && m.veld === '(bestand)')));
  return { meldingen: sorteer(meldingen), items, dataBestanden: json.geldig.size + json.meldingen.length };
}

/** Only the problems that fail the check and the build (warnings do not). */
export const fouten = (meldingen: readonly Melding[]) => meldingen.filter((m) => m.ernst !== 'waarschuwing');
