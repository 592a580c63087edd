/** Checks internal links, images and downloads against the pages the build will make and the files in public/. */
import { existsSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { CONTENT_TYPES } from '../../schemas/index.ts';
import { GEMEENTE_CODES, THEMA_IDS } from '../../schemas/referenties.ts';
import provincies from '../../../data/provincies.json' with { type: 'json' };
import { pad, VASTE_PADEN } from '../routes.ts';
import type { ContentItem } from './content.ts';
import type { Melding } from './melding.ts';
import { dichtstbij } from './zod-nl.ts';

export function bekendePaden(root: string, items: readonly ContentItem[]): Set<string> {
  const paden = new Set<string>(VASTE_PADEN);
  for (const i of items) paden.add(`${CONTENT_TYPES[i.type].pad}${i.slug}/`);
  for (const t of THEMA_IDS) paden.add(pad.thema(t));
  for (const c of GEMEENTE_CODES) paden.add(pad.gemeente(c));
  for (const p of provincies) paden.add(pad.provincie(p.naam));
  const monitor = join(root, 'data/monitor');
  if (existsSync(monitor)) {
    for (const f of readdirSync(monitor)) {
      const m = /^(\d{4}-\d{2})\.json$/.exec(f);
      if (m) paden.add(pad.archiefMaand(m[1]!));
    }
  }
  return paden;
}

export function valideerLinks(root: string, items: readonly ContentItem[]): Melding[] {
  const paden = bekendePaden(root, items);
  const lijst = [...paden];
  const meldingen: Melding[] = [];
  for (const item of items) {
    for (const l of item.links) {
      if (/^(https?:|mailto:|tel:|#)/i.test(l.url)) continue;
      if (!l.url.startsWith('/')) {
        meldingen.push({ bestand: item.bestand, regel: l.regel, veld: 'tekst', melding: `link "${l.url}" is relatief; verwacht een link die met / begint, zoals /themas/woningdelen/` });
        continue;
      }
      const zonder = l.url.split('#')[0]!.split('?')[0]!;
      if (/\.[a-z0-9]+$/i.test(zonder)) {
        if (!existsSync(join(root, 'public', decodeURI(zonder)))) {
          meldingen.push({ bestand: item.bestand, regel: l.regel, veld: 'tekst', melding: `${l.soort === 'afbeelding' ? 'afbeelding' : 'bestand'} "${zonder}" bestaat niet; verwacht een bestand in public${zonder}` });
        }
        continue;
      }
      const genormaliseerd = zonder.endsWith('/') ? zonder : `${zonder}/`;
      if (!paden.has(genormaliseerd)) {
        const s = dichtstbij(genormaliseerd, lijst);
        meldingen.push({
          bestand: item.bestand,
          regel: l.regel,
          veld: 'tekst',
          melding: `link naar "${l.url}" leidt naar een pagina die niet bestaat${s ? `; bedoelt u "${s}"?` : '; verwacht een bestaande pagina van deze site'}`,
        });
      }
    }
    const downloads = item.data.downloads;
    if (Array.isArray(downloads)) {
      downloads.forEach((d: { bestand?: unknown }, i) => {
        if (typeof d?.bestand === 'string' && !existsSync(join(root, 'public', d.bestand))) {
          meldingen.push({ bestand: item.bestand, veld: `downloads[${i}].bestand`, melding: `het bestand "${d.bestand}" bestaat niet; verwacht het in public${d.bestand}` });
        }
      });
    }
  }
  return meldingen;
}
