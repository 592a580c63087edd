/**
 * Goede voorbeelden with what their filters need (thema's, doelgroepen, provincies),
 * loaded once per build for /goede-voorbeelden/ and its filter pages.
 */
import gemeenten2015 from '../../data/gemeenten/2015.json' with { type: 'json' };
import gemeenten2016 from '../../data/gemeenten/2016.json' with { type: 'json' };
import gemeenten2026 from '../../data/gemeenten/2026.json' with { type: 'json' };
import provincies from '../../data/provincies.json' with { type: 'json' };
import { itemsVan, type Item } from './bibliotheek.ts';
import { THEMAS } from '../schemas/referenties.ts';
import { DOELGROEPEN_VOORBEELD, type Voorbeeld } from '../schemas/voorbeeld.ts';
import { voorbeeldFilters, type FilterSoort, type FilterWaarde, type Filterbaar } from '../lib/voorbeelden.ts';
import { slugify } from '../lib/slug.ts';

/** Provincie name per gemeente code; the newest indeling wins. */
const provincieNaam = new Map(provincies.map((p) => [p.code, p.naam]));
const provincieVanGemeente = new Map<string, string>();
for (const g of [...gemeenten2015, ...gemeenten2016, ...gemeenten2026]) {
  const naam = provincieNaam.get(g.provincie);
  if (naam) provincieVanGemeente.set(g.code, naam);
}

export interface VoorbeeldRij extends Filterbaar {
  item: Item;
  data: Voorbeeld;
  provincies: string[];
}

let cache: Promise<{ rijen: VoorbeeldRij[]; filters: Record<FilterSoort, FilterWaarde<VoorbeeldRij>[]> }> | undefined;

export function voorbeeldenMetFilters() {
  cache ??= (async () => {
    const rijen = (await itemsVan('voorbeelden'))
      .map((item): VoorbeeldRij => {
        const data = item.entry.data as Voorbeeld;
        const provs = [...new Set(data.gemeenten.map((g) => provincieVanGemeente.get(g)).filter((p): p is string => p !== undefined))];
        return { item, data, title: item.title, themas: item.themas, doelgroep: data.doelgroep, gemeenten: data.gemeenten, provincies: provs };
      })
      .sort((a, b) => a.title.localeCompare(b.title, 'nl'));
    const filters = voorbeeldFilters(rijen, {
      themas: THEMAS,
      doelgroepen: DOELGROEPEN_VOORBEELD,
      provincies: provincies.map((p) => p.naam),
      provincieVan: (code) => provincieVanGemeente.get(code),
      slug: slugify,
    });
    return { rijen, filters };
  })();
  return cache;
}
