/**
 * The single validation entry point: `npm run check` and the build both call
 * `valideerAlles`, so they can never disagree.
 *
 * Order: JSON syntax of every file in data/, data/themas.json, every MDX file in
 * content/ (schemas, names, slugs, MDX), links/images/downloads, then the monitor data
 * through src/lib/monitor (its own rules). Works on any project root (a fixture root
 * holds its own content/, data/ and public/).
 */
import { valideerContent, type ContentItem } from './content.ts';
import { valideerJsonSyntax, valideerThemas } from './json.ts';
import { valideerLinks } from './links.ts';
import type { Melding } from './melding.ts';
import { sorteer } from './melding.ts';
import { valideerMonitor } from './monitor.ts';
import { valideerAdvies } from './advies.ts';
import { DOELGROEPEN_VOORBEELD } from '../../schemas/voorbeeld.ts';

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
    const json = valideerJsonSyntax(root);
    const meldingen: Melding[] = [...json.meldingen];
    const themas = json.geldig.get('data/themas.json');
    if (themas) meldingen.push(...valideerThemas('data/themas.json', themas.data, themas.tekst));
    const { items, meldingen: content } = valideerContent(root);
    meldingen.push(...content, ...valideerLinks(root, items));
    if (themas && Array.isArray(themas.data)) {
      const themaIds = (themas.data as { id?: unknown }[]).map((t) => String(t.id));
      meldingen.push(...valideerAdvies(root, { themaIds, voorbeeldDoelgroepen: DOELGROEPEN_VOORBEELD }));
    }
    // The monitor reports unreadable JSON itself too; keep only our message (with its line) for those files.
    const kapot = new Set(json.meldingen.map((m) => m.bestand));
    meldingen.push(...valideerMonitor(root, opties.vandaag).filter((m) => !(kapot.has(m.bestand) && m.veld === '(bestand)')));
    return { meldingen: sorteer(meldingen), items, dataBestanden: json.geldig.size + json.meldingen.length };
  } finally {
    if (opties.vandaag) {
      if (vorigeVandaag === undefined) delete process.env.OT_VANDAAG;
      else process.env.OT_VANDAAG = vorigeVandaag;
    }
  }
}
