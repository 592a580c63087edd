import rss from '@astrojs/rss';
import type { APIContext } from 'astro';
import { alleItems } from '../data/bibliotheek.ts';
import { nieuwEnBijgewerkt, rssBeschrijving, type Versheid } from '../lib/actualiteit.ts';

export async function GET(context: APIContext) {
  const items = (await alleItems()).map((i) => ({
    ...(i.entry.data as Versheid),
    title: i.title,
    publicatiedatum: i.publicatiedatum,
    laatstBijgewerkt: i.laatstBijgewerkt,
    bron: i,
  }));
  return rss({
    title: 'Opnieuw Thuis: nieuw en bijgewerkt',
    description:
      'Nieuwe en bijgewerkte handreikingen, factsheets, vragen en goede voorbeelden over de huisvesting van vergunninghouders.',
    site: context.site!,
    customData: '<language>nl-nl</language>',
    items: nieuwEnBijgewerkt(items, 50).map(({ item: { bron: i }, soort, datum, wijziging }) => ({
      title: `${i.typeLabel[0]!.toUpperCase()}${i.typeLabel.slice(1)}${soort === 'bijgewerkt' ? ' (bijgewerkt)' : ''}: ${i.title}`,
      link: i.url,
      description: rssBeschrijving(i.samenvatting, wijziging),
      pubDate: new Date(`${datum}T00:00:00Z`),
      categories: i.themas,
    })),
  });
}
