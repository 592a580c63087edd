/** Checks internal links, images and downloads against the pages the build will make and the files in public/. */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { CONTENT_TYPES } from '../../schemas/index.ts';
import type { SchemaContext } from '../../schemas/context.ts';
import { pad, SITE_URL, VASTE_PADEN } from '../routes.ts';
import type { ContentItem } from './content.ts';
import type { Melding } from './melding.ts';
import { dichtstbij } from './zod-nl.ts';

/** A link to our own domain would bypass the internal link check (and old pages of the 2016 site no longer exist). */
function eigenSite(url: string): boolean {
  return url.toLowerCase().startsWith(new URL(SITE_URL).origin.toLowerCase());
}

/** The provincie names in the root's data/provincies.json (empty when missing or broken: the data check reports that). */
function provincies(root: string): string[] {
  try {
    const data: unknown = JSON.parse(readFileSync(join(root, 'data/provincies.json'), 'utf8').replace(/^\uFEFF/, ''));
    return Array.isArray(data)
      ? data.map((p: { naam?: unknown }) => p?.naam).filter((x): x is string => typeof x === 'string')
      : [];
  } catch {
    return [];
  }
}

function bekendePaden(root: string, items: readonly ContentItem[], context: SchemaContext): Set<string> {
  const paden = new Set<string>(VASTE_PADEN);
  const v = { provincies: provincies(root) };
  for (const i of items) paden.add(`${CONTENT_TYPES[i.type].pad}${i.slug}/`);
  for (const t of context.themaIds) paden.add(pad.thema(t));
  for (const lijst of Object.values(context.indelingen)) for (const g of lijst) paden.add(pad.gemeente(g.code));
  for (const p of v.provincies) paden.add(pad.provincie(p));
  const monitor = join(root, 'data/monitor');
  if (existsSync(monitor)) {
    for (const f of readdirSync(monitor)) {
      const m = /^(\d{4}-\d{2})\.json$/.exec(f);
      if (!m) continue;
      paden.add(pad.archiefMaand(m[1]!));
      for (const p of v.provincies) paden.add(pad.archiefProvincie(m[1]!, p));
    }
  }
  return paden;
}

export function valideerLinks(root: string, items: readonly ContentItem[], context: SchemaContext): Melding[] {
  const paden = bekendePaden(root, items, context);
  const lijst = [...paden];
  const meldingen: Melding[] = [];
  for (const item of items) {
    for (const l of item.links) {
      if (l.soort === 'afbeelding' && l.alt !== undefined && l.alt.trim() === '') {
        meldingen.push({
          bestand: item.bestand,
          regel: l.regel,
          kolom: l.kolom,
          veld: 'tekst',
          melding: `afbeelding "${l.url}" heeft geen beschrijving; verwacht een korte beschrijving tussen de [ ], zoals ![Flexwoningen aan de rand van het dorp](${l.url})`,
        });
      }
      if (eigenSite(l.url)) {
        meldingen.push({
          bestand: item.bestand,
          regel: l.regel,
          kolom: l.kolom,
          veld: 'tekst',
          melding: `link "${l.url}" wijst naar deze site zelf; verwacht alleen het pad, zoals ${new URL(l.url).pathname}`,
        });
        continue;
      }
      if (/^(https?:|mailto:|tel:|#)/i.test(l.url)) continue;
      if (l.url.trim() === '') {
        meldingen.push({
          bestand: item.bestand,
          regel: l.regel,
          kolom: l.kolom,
          veld: 'tekst',
          melding: 'een link zonder adres; verwacht een adres tussen de ( ), zoals [Woningdelen](/themas/woningdelen/)',
        });
        continue;
      }
      if (!l.url.startsWith('/')) {
        meldingen.push({
          bestand: item.bestand,
          regel: l.regel,
          kolom: l.kolom,
          veld: 'tekst',
          melding: `link "${l.url}" is relatief; verwacht een link die met / begint, zoals /themas/woningdelen/`,
        });
        continue;
      }
      const zonder = l.url.split('#')[0]!.split('?')[0]!;
      if (/\.[a-z0-9]+$/i.test(zonder)) {
        let bestaat: boolean;
        try {
          bestaat = existsSync(join(root, 'public', decodeURI(zonder)));
        } catch {
          bestaat = false;
        }
        if (!bestaat) {
          meldingen.push({
            bestand: item.bestand,
            regel: l.regel,
            kolom: l.kolom,
            veld: 'tekst',
            melding: `${l.soort === 'afbeelding' ? 'afbeelding' : 'bestand'} "${zonder}" bestaat niet; verwacht het bestand in public${zonder}`,
          });
        }
        continue;
      }
      const genormaliseerd = zonder.endsWith('/') ? zonder : `${zonder}/`;
      if (!paden.has(genormaliseerd)) {
        const s = dichtstbij(genormaliseerd, lijst);
        meldingen.push({
          bestand: item.bestand,
          regel: l.regel,
          kolom: l.kolom,
          veld: 'tekst',
          melding: `link naar "${l.url}" leidt naar een pagina die niet bestaat${s ? `; bedoelt u "${s}"?` : '; verwacht een bestaande pagina van deze site'}`,
        });
      }
    }
    const downloads = item.data.downloads;
    if (Array.isArray(downloads)) {
      downloads.forEach((d: { bestand?: unknown }, i) => {
        if (typeof d?.bestand === 'string' && d.bestand.startsWith('/') && !existsSync(join(root, 'public', d.bestand))) {
          meldingen.push({
            bestand: item.bestand,
            regel: item.regelVan?.(['downloads', i, 'bestand']),
            veld: `downloads[${i}].bestand`,
            melding: `het bestand "${d.bestand}" bestaat niet; verwacht het in public${d.bestand}`,
          });
        }
      });
    }
  }
  return meldingen;
}
