/**
 * Small helpers for writing SVG markup as strings. Everything is deterministic:
 * numbers are rounded to one decimal, all text is escaped.
 */
import { escapeXml } from './escape.ts';

/** Rounds a coordinate to one decimal and prints it without trailing zeros. */
export function n(value: number): string {
  const r = Math.round(value * 10) / 10;
  return String(Object.is(r, -0) ? 0 : r);
}

export type Attrs = Readonly<Record<string, string | number | undefined | false>>;

/** Serialises attributes; values are escaped, `undefined`/`false` are left out. */
export function attrs(a: Attrs): string {
  let out = '';
  for (const [key, value] of Object.entries(a)) {
    if (value === undefined || value === false) continue;
    out += ` ${key}="${escapeXml(typeof value === 'number' ? n(value) : value)}"`;
  }
  return out;
}

export function el(tag: string, a: Attrs, children?: string): string {
  return children === undefined ? `<${tag}${attrs(a)}/>` : `<${tag}${attrs(a)}>${children}</${tag}>`;
}

export const COLORS = {
  text: '#1b1b1b',
  muted: '#4a4a4a',
  grid: '#d6d6d6',
  axis: '#1b1b1b',
  reference: '#1b1b1b',
  white: '#ffffff',
} as const;

export interface TextOptions {
  readonly anchor?: 'start' | 'middle' | 'end';
  readonly size: number;
  readonly weight?: 'bold';
  readonly fill?: string;
  /** Draws a white outline behind the glyphs so text stays legible over lines and bars. */
  readonly halo?: boolean;
  readonly baseline?: 'middle' | 'hanging';
}

export function text(x: number, y: number, content: string, o: TextOptions): string {
  return el(
    'text',
    {
      x,
      y,
      'font-size': o.size,
      'text-anchor': o.anchor && o.anchor !== 'start' ? o.anchor : undefined,
      'font-weight': o.weight,
      fill: o.fill ?? COLORS.text,
      stroke: o.halo ? COLORS.white : undefined,
      'stroke-width': o.halo ? 3 : undefined,
      'stroke-linejoin': o.halo ? 'round' : undefined,
      'paint-order': o.halo ? 'stroke' : undefined,
      'dominant-baseline': o.baseline === 'middle' ? 'central' : o.baseline,
    },
    escapeXml(content),
  );
}

/**
 * Rough, slightly generous text width for layout (system sans-serif): digits and most lower
 * case ≈ 0.6 em. Only used to decide on wrapping and label thinning.
 */
export function textWidth(content: string, size: number): number {
  let units = 0;
  for (const ch of content) {
    if (/[A-Z]/.test(ch)) units += 0.72;
    else if (/[mwMW]/.test(ch)) units += 0.88;
    else if (/[iljft.,:;'|!() ]/.test(ch)) units += 0.34;
    else units += 0.61;
  }
  return units * size;
}

type Variant = 'narrow' | 'wide';

/** Layout constants per variant. Narrow is drawn for containers under 30rem, wide above. */
export interface Layout {
  readonly variant: Variant;
  readonly width: number;
  readonly fontSize: number;
  readonly smallSize: number;
  readonly plotHeight: number;
  readonly yTicks: number;
}

const LAYOUTS: Readonly<Record<Variant, Layout>> = {
  // Displayed 288–480 px wide (a 320 px screen minus page padding and up): 13 units ≈ 12.5–20.8 px.
  narrow: { variant: 'narrow', width: 300, fontSize: 13, smallSize: 13, plotHeight: 170, yTicks: 4 },
  // Displayed ≥ 480 px wide (and in print): 14 units ≥ 12 px.
  wide: { variant: 'wide', width: 560, fontSize: 14, smallSize: 13, plotHeight: 220, yTicks: 5 },
};

interface SvgDocOptions {
  readonly idPrefix: string;
  readonly className: string;
  readonly width: number;
  readonly height: number;
  readonly title: string;
  readonly desc: string;
  readonly body: string;
  readonly defs?: string;
}

/** An accessible `<svg role="img">` with `<title>` and `<desc>` referenced by aria-labelledby. */
function svgDocument(o: SvgDocOptions): string {
  const titleId = `${o.idPrefix}-title`;
  const descId = `${o.idPrefix}-desc`;
  return (
    `<svg xmlns="http://www.w3.org/2000/svg"${attrs({
      class: o.className,
      viewBox: `0 0 ${n(o.width)} ${n(o.height)}`,
      width: '100%',
      role: 'img',
      'aria-labelledby': `${titleId} ${descId}`,
    })}>` +
    el('title', { id: titleId }, escapeXml(o.title)) +
    el('desc', { id: descId }, escapeXml(o.desc)) +
    (o.defs ? `<defs>${o.defs}</defs>` : '') +
    `<g aria-hidden="true">${o.body}</g>` +
    '</svg>'
  );
}

export interface DrawnVariant {
  readonly height: number;
  readonly body: string;
  readonly defs?: string;
}

/**
 * Draws a chart twice, narrow and wide. Both `<svg>` elements are in the markup; charts.css
 * shows one of them with a container query (and the wide one in print). Ids differ per variant
 * (`<id>-n-…`, `<id>-w-…`), so the page stays valid.
 */
export function responsiveSvg(
  id: string,
  title: string,
  desc: string,
  draw: (layout: Layout, idPrefix: string) => DrawnVariant,
): string {
  return (['narrow', 'wide'] as const)
    .map((variant) => {
      const layout = LAYOUTS[variant];
      const idPrefix = `${id}-${variant === 'narrow' ? 'n' : 'w'}`;
      const drawn = draw(layout, idPrefix);
      return svgDocument({
        idPrefix,
        className: `ot-chart__svg ot-chart__svg--${variant}`,
        width: layout.width,
        height: drawn.height,
        title,
        desc,
        body: drawn.body,
        defs: drawn.defs,
      });
    })
    .join('');
}

/** Legend entry drawn inside a chart: a small sample graphic plus its label. */
export interface LegendItem {
  readonly label: string;
  /** Markup for a sample that fits in a 22 × 12 box whose top-left corner is (0, 0). */
  readonly sample: string;
}

/**
 * Lays out legend items left to right and wraps them to a new row when the row is full.
 * Returns the markup and the height used.
 */
export function drawLegend(
  items: readonly LegendItem[],
  layout: Layout,
  x0: number,
  y0: number,
  maxWidth: number,
): { body: string; height: number } {
  const rowHeight = layout.fontSize + 8;
  let x = x0;
  let y = y0;
  let body = '';
  for (const item of items) {
    const w = 22 + 6 + textWidth(item.label, layout.smallSize) + 16;
    if (x > x0 && x + w - 12 > x0 + maxWidth) {
      x = x0;
      y += rowHeight;
    }
    body +=
      `<g transform="translate(${n(x)} ${n(y + (rowHeight - 12) / 2 - 4)})">${item.sample}</g>` +
      text(x + 28, y + rowHeight / 2 - 4, item.label, { size: layout.smallSize, baseline: 'middle' });
    x += w;
  }
  return { body, height: items.length ? y - y0 + rowHeight : 0 };
}

/** A centred message for charts without data. */
export function emptyMessage(layout: Layout, height: number, message: string): string {
  return (
    el('rect', { x: 0.5, y: 0.5, width: layout.width - 1, height: height - 1, fill: 'none', stroke: COLORS.grid }) +
    text(layout.width / 2, height / 2, message, {
      size: layout.fontSize,
      anchor: 'middle',
      baseline: 'middle',
      fill: COLORS.muted,
    })
  );
}
