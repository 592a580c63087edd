/**
 * Chart 5: choropleth map of gemeenten (or provincies) by status, from TopoJSON.
 *
 * - Fills are status patterns (colour + pattern, see ./status.ts), grouped per status.
 * - Borders are drawn once with topojson `mesh`: white between neighbours (≥ 3:1 against every
 *   status colour), dark around the map and, optionally, between groups (provincies).
 * - `highlight` draws a thick dark outline with a white halo (a locator map).
 * - Coordinates are integers in the viewBox (see ./geo-path.ts); the projected base map per
 *   (topology, object, subset, size) is memoised, so 390 gemeente pages share 12 provincie maps.
 * - Strokes use `vector-effect="non-scaling-stroke"`, so borders keep their width in px at any size.
 */
import { geoMercator, geoPath, type GeoPermissibleObjects } from 'd3-geo';
import type { Feature, FeatureCollection, Geometry } from 'geojson';
import { feature, mesh } from 'topojson-client';
import type { GeometryCollection, GeometryObject, Topology } from 'topojson-specification';
import { assertId, escapeXml } from './escape.ts';
import { dutchCollator, formatNumber, formatPercent } from './format.ts';
import { compactPathContext } from './geo-path.ts';
import { patternId, statusPatternDefs, STATUS_LABELS, STATUS_ORDER, STATUS_STYLES } from './status.ts';
import { attrs, COLORS, el, n } from './svg.ts';
import type { ChartResult, ChartStatus, TableModel } from './types.ts';

/** Fill of the highlighted area on a locator map without statuses (site primary, 10.4:1). */
const LOCATOR_HIGHLIGHT = '#154273';
const PLAIN_FILL = STATUS_STYLES.onbekend.color;
const LOCATOR_BORDER = '#8c8c8c';
const OUTLINE = COLORS.text;

export interface ChoroplethOptions {
  readonly id: string;
  /** Parsed TopoJSON (see `gemeentenTopology()` / `provinciesTopology()` in ./geo-data.ts). */
  readonly topology: Topology;
  /** Object in the topology; default: the first one (`gemeenten` or `provincies`). */
  readonly object?: string;
  /** Only draw these codes (e.g. one provincie's gemeenten). Default: all. */
  readonly codes?: readonly string[];
  /**
   * Status per code. Codes on the map without a status are "onbekend" (Geen gegevens).
   * Leave out for a plain locator map (grey areas, highlighted area filled dark).
   */
  readonly status?: Readonly<Record<string, ChartStatus>>;
  /** Realisatie as a fraction of the taakstelling (0.45 = 45%), for hover titles and the table. */
  readonly percentages?: Readonly<Record<string, number>>;
  /** Names per code; default: the topology's `statnaam`. */
  readonly names?: Readonly<Record<string, string>>;
  /** Code to outline thickly (locator). */
  readonly highlight?: string;
  /** Group per code (e.g. gemeente → provincie code); borders between groups are drawn dark. */
  readonly groups?: Readonly<Record<string, string>>;
  /** What the map is (SVG title). */
  readonly title: string;
  /** The finding in words; default: generated from the counts. */
  readonly desc?: string;
  /** viewBox width; coordinates are whole units of it. Default 600 (national), use ~400 for locators. */
  readonly size?: number;
  /** `<title>` per area with name, status and % (hover). Default true. */
  readonly pathTitles?: boolean;
  /** 'present': statuses that occur (default with `status`); 'all': all six; 'none'. */
  readonly legend?: 'present' | 'all' | 'none';
  /** Words for one / more areas. Default from the object name: gemeente/gemeenten or provincie/provincies. */
  readonly areaWords?: readonly [singular: string, plural: string];
  readonly tableCaption?: string;
  /**
   * A link per code: every area becomes an `<a>` with the name as accessible name, reachable by
   * keyboard; the name shows in a band under the map on hover and focus (CSS only, no script).
   */
  readonly links?: Readonly<Record<string, string>>;
  /** A short note per code for the table (e.g. "klein aantal: één huishouden verandert de status"). */
  readonly notes?: Readonly<Record<string, string>>;
}

interface BaseArea {
  readonly code: string;
  readonly name: string;
  readonly d: string;
}

/** Height of the band under a linked map that shows the name of the hovered or focused area. */
const NAME_BAND = 34;

export interface MapBase {
  readonly width: number;
  readonly height: number;
  readonly areas: readonly BaseArea[];
  readonly interior: string;
  readonly outer: string;
  /** Draws any GeoJSON object with this map's projection (compact path). */
  readonly draw: (o: GeoPermissibleObjects) => string;
}

type AnyTopology = Topology;
type Geom = GeometryObject<{ statcode?: string; statnaam?: string }>;

const featureCache = new WeakMap<object, Map<string, FeatureCollection<Geometry, { statcode?: string; statnaam?: string }>>>();
const baseCache = new WeakMap<object, Map<string, MapBase>>();

function objectOf(topology: AnyTopology, object?: string): { name: string; obj: GeometryCollection } {
  const name = object ?? Object.keys(topology.objects)[0];
  const obj = name ? topology.objects[name] : undefined;
  if (!name || !obj || obj.type !== 'GeometryCollection') {
    throw new RangeError(`De kaart heeft geen object "${object ?? ''}" (wel: ${Object.keys(topology.objects).join(', ')}).`);
  }
  return { name, obj: obj as GeometryCollection };
}

function codeOf(g: { id?: string | number; properties?: { statcode?: string } | null }): string {
  return String(g.id ?? g.properties?.statcode ?? '');
}

function features(topology: AnyTopology, name: string, obj: GeometryCollection) {
  let byName = featureCache.get(topology);
  if (!byName) featureCache.set(topology, (byName = new Map()));
  let fc = byName.get(name);
  if (!fc) {
    fc = feature(topology, obj) as unknown as FeatureCollection<Geometry, { statcode?: string; statnaam?: string }>;
    byName.set(name, fc);
  }
  return fc;
}

/**
 * The projected base map: one path per area and the two border meshes. Memoised per
 * (topology, object, subset, size), so callers may call it for every page.
 */
export function mapBase(
  topology: AnyTopology,
  object: string | undefined,
  codes: readonly string[] | undefined,
  size = 600,
): MapBase {
  const { name, obj } = objectOf(topology, object);
  const subsetKey = codes ? [...codes].sort().join(',') : '*';
  const key = `${name}|${size}|${subsetKey}`;
  let byKey = baseCache.get(topology);
  if (!byKey) baseCache.set(topology, (byKey = new Map()));
  const cached = byKey.get(key);
  if (cached) return cached;

  const all = features(topology, name, obj);
  const subset = codes ? new Set(codes) : null;
  if (subset) {
    const present = new Set(all.features.map((f) => codeOf(f)));
    const missing = [...subset].filter((c) => !present.has(c));
    if (missing.length) {
      throw new RangeError(
        `Deze codes staan niet op de kaart (${name}): ${missing.slice(0, 10).join(', ')}${missing.length > 10 ? ' …' : ''}. Klopt de indeling (jaar)?`,
      );
    }
  }
  const chosen = subset ? all.features.filter((f) => subset.has(codeOf(f))) : all.features;
  const fc: FeatureCollection = { type: 'FeatureCollection', features: chosen as Feature[] };

  const pad = 2;
  const projection = geoMercator().fitWidth(size - 2 * pad, fc);
  const [[, y0], [, y1]] = geoPath(projection).bounds(fc);
  const h = Math.max(1, y1 - y0);
  projection.fitExtent(
    [
      [pad, pad],
      [size - pad, pad + h],
    ],
    fc,
  );
  const ctx = compactPathContext();
  const path = geoPath(projection, ctx as never);
  const draw = (o: GeoPermissibleObjects) => {
    path(o);
    return ctx.take();
  };

  const areas = chosen.map((f) => ({ code: codeOf(f), name: f.properties?.statnaam ?? codeOf(f), d: draw(f) }));
  const inSet = (g: Geom) => !subset || subset.has(codeOf(g));
  const interior = draw(mesh(topology, obj, (a: Geom, b: Geom) => a !== b && inSet(a) && inSet(b)));
  const outer = draw(mesh(topology, obj, (a: Geom, b: Geom) => (a === b ? inSet(a) : inSet(a) !== inSet(b))));

  const base: MapBase = { width: size, height: Math.ceil(h + 2 * pad), areas, interior, outer, draw };
  byKey.set(key, base);
  return base;
}

function defaultAreaWords(objectName: string): readonly [string, string] {
  return objectName.startsWith('provincie') ? ['provincie', 'provincies'] : ['gemeente', 'gemeenten'];
}

export interface StatusCount {
  readonly status: ChartStatus;
  readonly label: string;
  readonly count: number;
}

/** Counts per status for the areas on the map, in legend order. */
export function countStatuses(codes: readonly string[], status: Readonly<Record<string, ChartStatus>>): StatusCount[] {
  const counts = new Map<ChartStatus, number>(STATUS_ORDER.map((s) => [s, 0]));
  for (const code of codes) {
    const s = status[code] ?? 'onbekend';
    counts.set(s, (counts.get(s) ?? 0) + 1);
  }
  return STATUS_ORDER.map((s) => ({ status: s, label: STATUS_LABELS[s], count: counts.get(s) ?? 0 }));
}

function countWords(count: number, words: readonly [string, string]): string {
  return `${formatNumber(count)} ${count === 1 ? words[0] : words[1]}`;
}

function describeChoropleth(
  counts: readonly StatusCount[],
  total: number,
  words: readonly [string, string],
  highlightName?: string,
): string {
  const present = counts.filter((c) => c.count > 0);
  const parts = present.map((c) => `${c.label.toLowerCase()}: ${formatNumber(c.count)}`);
  const list = parts.length > 1 ? `${parts.slice(0, -1).join('; ')} en ${parts[parts.length - 1]}` : (parts[0] ?? '');
  let s = `Kaart van ${countWords(total, words)} naar status. ${list.charAt(0).toUpperCase()}${list.slice(1)}.`;
  if (highlightName) s += ` ${highlightName} is dik omlijnd.`;
  return s;
}

function swatch(prefix: string, status: ChartStatus): string {
  return (
    `<svg class="ot-legend__swatch" viewBox="0 0 28 18" width="28" height="18" aria-hidden="true">` +
    `<defs>${statusPatternDefs(prefix, [status])}</defs>` +
    el('rect', { x: 0.5, y: 0.5, width: 27, height: 17, fill: `url(#${patternId(prefix, status)})`, stroke: OUTLINE }) +
    '</svg>'
  );
}

/** HTML legend: swatch (same pattern as the map), label and count. */
function choroplethLegend(
  id: string,
  counts: readonly StatusCount[],
  words: readonly [string, string],
  highlightName?: string,
): string {
  const prefix = `${id}-lg`;
  let items = counts
    .map(
      (c) =>
        `<li class="ot-legend__item">${swatch(prefix, c.status)}<span class="ot-legend__text"><span class="ot-legend__label">${escapeXml(c.label)}</span> ` +
        `<span class="ot-legend__count">(${escapeXml(countWords(c.count, words))})</span></span></li>`,
    )
    .join('');
  if (highlightName) {
    items +=
      `<li class="ot-legend__item"><svg class="ot-legend__swatch" viewBox="0 0 28 18" width="28" height="18" aria-hidden="true">` +
      el('rect', { x: 2, y: 2, width: 24, height: 14, fill: 'none', stroke: COLORS.white, 'stroke-width': 4 }) +
      el('rect', { x: 2, y: 2, width: 24, height: 14, fill: 'none', stroke: OUTLINE, 'stroke-width': 2.5 }) +
      `</svg><span class="ot-legend__text"><span class="ot-legend__label">Dikke rand: ${escapeXml(highlightName)}</span></span></li>`;
  }
  return `<ul class="ot-legend">${items}</ul>`;
}

function choroplethTable(
  areas: readonly { code: string; name: string }[],
  status: Readonly<Record<string, ChartStatus>>,
  percentages: Readonly<Record<string, number>> | undefined,
  words: readonly [string, string],
  caption: string,
  notes?: Readonly<Record<string, string>>,
): TableModel {
  const sorted = [...areas].sort((a, b) => dutchCollator.compare(a.name, b.name) || a.code.localeCompare(b.code));
  const header = words[0].charAt(0).toUpperCase() + words[0].slice(1);
  return {
    caption,
    columns: [
      { label: header },
      { label: 'Status' },
      ...(percentages ? [{ label: 'Deel van de taakstelling gehuisvest', numeric: true }] : []),
      ...(notes ? [{ label: 'Let op' }] : []),
    ],
    rows: sorted.map((a) => {
      const p = percentages?.[a.code];
      return {
        header: a.name,
        cells: [
          STATUS_LABELS[status[a.code] ?? 'onbekend'],
          ...(percentages ? [p === undefined ? '–' : formatPercent(p)] : []),
          ...(notes ? [notes[a.code] ?? ''] : []),
        ],
      };
    }),
  };
}

const NON_SCALING = 'non-scaling-stroke';

export function choroplethMap(o: ChoroplethOptions): ChartResult {
  const id = assertId(o.id);
  const { name: objectName } = objectOf(o.topology, o.object);
  const words = o.areaWords ?? defaultAreaWords(objectName);
  const size = o.size ?? 600;
  const base = mapBase(o.topology, objectName, o.codes, size);
  const names = (code: string, fallback: string) => o.names?.[code] ?? fallback;
  const areas = base.areas.map((a) => ({ ...a, name: names(a.code, a.name) }));
  const highlighted = o.highlight ? areas.find((a) => a.code === o.highlight) : undefined;
  if (o.highlight && !highlighted) {
    throw new RangeError(`De ${words[0]} ${o.highlight} staat niet op deze kaart.`);
  }

  const locator = !o.status;
  const status = o.status ?? {};
  const statusOf = (code: string): ChartStatus => status[code] ?? 'onbekend';
  const counts = countStatuses(
    areas.map((a) => a.code),
    status,
  );
  const desc =
    o.desc ??
    (locator
      ? highlighted
        ? `Kaart van ${countWords(areas.length, words)}. ${highlighted.name} is donker gekleurd en dik omlijnd.`
        : `Kaart van ${countWords(areas.length, words)}.`
      : describeChoropleth(counts, areas.length, words, highlighted?.name));
  const pathTitles = o.pathTitles ?? true;
  const titleFor = (a: { code: string; name: string }) => {
    if (!pathTitles) return '';
    if (locator) return `<title>${escapeXml(a.name)}</title>`;
    const p = o.percentages?.[a.code];
    const extra = p === undefined ? '' : ` (${formatPercent(p)} van de taakstelling)`;
    return `<title>${escapeXml(`${a.name}: ${STATUS_LABELS[statusOf(a.code)]}${extra}`)}</title>`;
  };
  const links = o.links;
  const bandY = base.height + NAME_BAND / 2 + 6;
  const pathEl = (a: { code: string; name: string; d: string }) => {
    if (!a.d) return '';
    const href = links?.[a.code];
    if (!href) return `<path d="${a.d}">${titleFor(a)}</path>`;
    return (
      `<a${attrs({ href, class: 'ot-map__link', 'aria-label': a.name })}><path d="${a.d}">${titleFor(a)}</path>` +
      `<text${attrs({ class: 'ot-map__naam', x: 8, y: n(bandY), 'font-size': Math.round(Math.max(14, size / 30)), 'aria-hidden': 'true' })}>${escapeXml(a.name)}</text></a>`
    );
  };

  // Fills, grouped so each group sets its fill once.
  let fills = '';
  let defs = '';
  if (locator) {
    const rest = areas.filter((a) => a !== highlighted);
    fills += `<g fill="${PLAIN_FILL}">${rest.map(pathEl).join('')}</g>`;
    if (highlighted) fills += `<g fill="${LOCATOR_HIGHLIGHT}">${pathEl(highlighted)}</g>`;
  } else {
    const used = STATUS_ORDER.filter((s) => counts.some((c) => c.status === s && c.count > 0));
    defs = statusPatternDefs(id, used, Math.max(0.75, size / 600));
    for (const s of used) {
      fills += `<g fill="url(#${patternId(id, s)})">${areas
        .filter((a) => statusOf(a.code) === s)
        .map(pathEl)
        .join('')}</g>`;
    }
  }

  let borders = '';
  // White between status fills (≥ 3:1 against each of them); grey on a plain locator map.
  if (base.interior) {
    borders += `<path${attrs({ d: base.interior, fill: 'none', stroke: locator ? LOCATOR_BORDER : COLORS.white, 'stroke-width': '0.75', 'vector-effect': NON_SCALING })}/>`;
  }
  const groupBorders = o.groups ? groupMesh(o.topology, objectName, base, o.groups, o.codes) : '';
  if (groupBorders) {
    borders += `<path${attrs({ d: groupBorders, fill: 'none', stroke: OUTLINE, 'stroke-width': '1.25', 'vector-effect': NON_SCALING })}/>`;
  }
  if (base.outer)
    borders += `<path${attrs({ d: base.outer, fill: 'none', stroke: OUTLINE, 'stroke-width': '1.25', 'vector-effect': NON_SCALING })}/>`;
  if (highlighted?.d) {
    borders +=
      `<path${attrs({ d: highlighted.d, fill: 'none', stroke: COLORS.white, 'stroke-width': 6, 'stroke-linejoin': 'round', 'vector-effect': NON_SCALING })}/>` +
      `<path${attrs({ d: highlighted.d, fill: 'none', stroke: OUTLINE, 'stroke-width': 3, 'stroke-linejoin': 'round', 'vector-effect': NON_SCALING })}/>`;
  }

  const titleId = `${id}-title`;
  const descId = `${id}-desc`;
  const svg =
    `<svg xmlns="http://www.w3.org/2000/svg"${attrs({
      class: `ot-map__svg${locator ? ' ot-map__svg--locator' : ''}`,
      viewBox: `0 0 ${base.width} ${base.height + (links ? NAME_BAND + 8 : 0)}`,
      width: '100%',
      // A locator map only repeats its caption ("X in provincie Y"): decorative for assistive tech.
      // A linked map is a group of links (role img would hide them).
      ...(links
        ? { role: 'group', 'aria-labelledby': titleId, 'aria-describedby': descId }
        : locator
          ? { 'aria-hidden': 'true' }
          : { role: 'img', 'aria-labelledby': `${titleId} ${descId}` }),
    })}>` +
    el('title', { id: titleId }, escapeXml(o.title)) +
    el('desc', { id: descId }, escapeXml(desc)) +
    (defs ? `<defs>${defs}</defs>` : '') +
    `<g stroke-linejoin="round">${fills}${borders}</g>` +
    '</svg>';

  const legendMode = o.legend ?? (locator ? 'none' : 'present');
  const legendCounts = legendMode === 'all' ? counts : counts.filter((c) => c.count > 0);
  const legend = legendMode === 'none' ? undefined : choroplethLegend(id, legendCounts, words, highlighted?.name);
  const table = locator ? undefined : choroplethTable(areas, status, o.percentages, words, o.tableCaption ?? o.title, o.notes);
  return { id, title: o.title, desc, svg, legend, table };
}

const groupMeshCache = new WeakMap<MapBase, WeakMap<object, string>>();

/**
 * Borders between groups (e.g. provincies on the national gemeente map), memoised per base map
 * and `groups` object, so pass the same object for every page.
 */
function groupMesh(
  topology: AnyTopology,
  objectName: string,
  base: MapBase,
  groups: Readonly<Record<string, string>>,
  codes: readonly string[] | undefined,
): string {
  let byGroups = groupMeshCache.get(base);
  if (!byGroups) groupMeshCache.set(base, (byGroups = new WeakMap()));
  const cached = byGroups.get(groups);
  if (cached !== undefined) return cached;
  const { obj } = objectOf(topology, objectName);
  const subset = codes ? new Set(codes) : null;
  const inSet = (g: Geom) => !subset || subset.has(codeOf(g));
  const d = base.draw(
    mesh(topology, obj, (a: Geom, b: Geom) => a !== b && inSet(a) && inSet(b) && groups[codeOf(a)] !== groups[codeOf(b)]),
  );
  byGroups.set(groups, d);
  return d;
}
