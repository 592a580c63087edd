import rss from '@astrojs/rss';
import type { APIContext } from 'astro';
import { alleItems } from '../data/bibliotheek.ts';

export async function GET(context: APIContext) {
  const items = await alleItems();
  return rss({
    title: 'Opnieuw Thuis: nieuw en bijgewerkt',
    description: 'Nieuwe en bijgewerkte handreikingen, factsheets, vragen en goede voorbeelden over de huisvesting van vergunninghouders.',
    site: context.site!,
    customData: '<language>nl-nl</language>',
    items: items.slice(0, 50).map((i) => ({
      title: `${i.typeLabel[0]!.toUpperCase()}${i.typeLabel.slice(1)}: ${i.title}`,
      link: i.url,
      description: i.samenvatting,
      pubDate: new Date(`${i.laatstBijgewerkt}T00:00:00Z`),
      categories: i.themas,
    })),
  });
}
