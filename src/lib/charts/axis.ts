/** Value scales, ticks and the horizontal grid shared by the bar and line charts. */
import { scaleLinear, type ScaleLinear } from 'd3-scale';
import { formatNumber } from './format.ts';
import { COLORS, el, n, text, textWidth, type Layout } from './svg.ts';

export interface ValueScale {
  readonly scale: ScaleLinear<number, number>;
  readonly ticks: readonly number[];
}

/**
 * A linear value scale over the data and zero, rounded to nice numbers.
 * All-zero or empty data gets the domain [0, 1] so nothing divides by zero.
 * Ticks are whole numbers (people are counted in whole persons).
 */
export function valueScale(values: readonly number[], range: [number, number], tickCount: number, integer = true): ValueScale {
  const finite = values.filter((v) => Number.isFinite(v));
  let lo = Math.min(0, ...finite);
  let hi = Math.max(0, ...finite);
  if (lo === hi) hi = lo + 1;
  const scale = scaleLinear().domain([lo, hi]).range(range).nice(tickCount);
  [lo, hi] = scale.domain() as [number, number];
  let ticks = scale.ticks(tickCount);
  if (integer) {
    ticks = ticks.filter((t) => Number.isInteger(t));
    if (ticks.length < 2) ticks = [lo, hi].filter((t) => Number.isInteger(t));
  }
  return { scale, ticks };
}

/** Width needed for the tick labels on the left. */
export function tickLabelWidth(
  ticks: readonly number[],
  layout: Layout,
  format: (t: number) => string = (t) => formatNumber(t),
): number {
  return Math.max(0, ...ticks.map((t) => textWidth(format(t), layout.smallSize))) + 8;
}

/** Horizontal grid lines with labels on the left; the zero line is drawn darker. */
export function drawYGrid(
  vs: ValueScale,
  layout: Layout,
  x0: number,
  x1: number,
  format: (t: number) => string = (t) => formatNumber(t),
): string {
  let grid = '';
  let zero = '';
  for (const t of vs.ticks) {
    const y = vs.scale(t);
    const line = el('path', {
      d: `M${n(x0)} ${n(y)}H${n(x1)}`,
      stroke: t === 0 ? COLORS.axis : COLORS.grid,
      'stroke-width': t === 0 ? 1.5 : 1,
    });
    if (t === 0) zero = line;
    else grid += line;
    grid += text(x0 - 6, y, format(t), { size: layout.smallSize, anchor: 'end', baseline: 'middle', fill: COLORS.muted });
  }
  return grid + zero;
}

/** Draws the zero line (if not already a tick) over the data. */
export function drawZeroLine(vs: ValueScale, x0: number, x1: number): string {
  const [lo, hi] = vs.scale.domain() as [number, number];
  if (lo > 0 || hi < 0) return '';
  const y = vs.scale(0);
  return el('path', { d: `M${n(x0)} ${n(y)}H${n(x1)}`, stroke: COLORS.axis, 'stroke-width': 1.5 });
}

/**
 * Chooses which of `count` category labels to show so that labels of width `labelWidth`
 * fit in steps of `step` units. The last label is always shown.
 */
export function labelEvery(count: number, step: number, labelWidth: number): number {
  if (count <= 1 || step <= 0) return 1;
  return Math.max(1, Math.ceil((labelWidth + 6) / step));
}

export function showLabel(index: number, count: number, every: number): boolean {
  if (every <= 1) return true;
  const last = count - 1;
  // Count back from the last label so the newest is always labelled.
  return (last - index) % every === 0;
}
