/**
 * The committed TopoJSON boundaries (data/geo), by indeling. Objects: `gemeenten` or
 * `provincies`; feature id = CBS code (GM0363, PV26); WGS84 lon/lat.
 */
import type { Topology } from 'topojson-specification';
import gemeenten2015 from '../../../data/geo/gemeenten-2015.topo.json' with { type: 'json' };
import gemeenten2016 from '../../../data/geo/gemeenten-2016.topo.json' with { type: 'json' };
import gemeenten2026 from '../../../data/geo/gemeenten-2026.topo.json' with { type: 'json' };
import provincies2016 from '../../../data/geo/provincies-2016.topo.json' with { type: 'json' };
import provincies2026 from '../../../data/geo/provincies-2026.topo.json' with { type: 'json' };

export type GemeenteIndeling = '2015' | '2016' | '2026';
export type ProvincieIndeling = '2016' | '2026';

const GEMEENTEN: Record<GemeenteIndeling, Topology> = {
  '2015': gemeenten2015 as unknown as Topology,
  '2016': gemeenten2016 as unknown as Topology,
  '2026': gemeenten2026 as unknown as Topology,
};

const PROVINCIES: Record<ProvincieIndeling, Topology> = {
  '2016': provincies2016 as unknown as Topology,
  '2026': provincies2026 as unknown as Topology,
};

/** Gemeente boundaries of an indeling (object name `gemeenten`). Always the same object, so map caches work. */
export function gemeentenTopology(indeling: GemeenteIndeling): Topology {
  const t = GEMEENTEN[indeling];
  if (!t) throw new RangeError(`Geen gemeentekaart voor indeling "${indeling}" (wel: ${Object.keys(GEMEENTEN).join(', ')}).`);
  return t;
}

/** Provincie boundaries (object name `provincies`). */
export function provinciesTopology(indeling: ProvincieIndeling): Topology {
  const t = PROVINCIES[indeling];
  if (!t) throw new RangeError(`Geen provinciekaart voor indeling "${indeling}" (wel: ${Object.keys(PROVINCIES).join(', ')}).`);
  return t;
}
