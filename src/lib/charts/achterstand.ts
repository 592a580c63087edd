/**
 * Chart 3: achterstand at the end of each periode. Positive = achterstand (bar up, red
 * cross-hatching), negative = voorsprong (bar down, solid blue). Both are also told apart
 * by their side of the zero line, the legend and the table.
 */
import { drawYGrid, drawZeroLine, labelEvery, showLabel, tickLabelWidth, valueScale } from './axis.ts';
import { assertId } from './escape.ts';
import { formatNumber, vergunninghouders } from './format.ts';
import { patternId, statusPatternDefs, STATUS_STYLES } from './status.ts';
import { drawLegend, el, emptyMessage, responsiveSvg, text, textWidth } from './svg.ts';
import type { ChartResult, TableModel } from './types.ts';

export interface AchterstandPoint {
  /** Category label under the bar, e.g. "2015-II". Keep it short. */
  readonly label: string;
  /** Positive = achterstand, negative = voorsprong, `null` = unknown. */
  readonly achterstand: number | null;
}

export interface AchterstandOptions {
  readonly id: string;
  readonly points: readonly AchterstandPoint[];
  /** Default "Achterstand aan het eind van elke periode". */
  readonly title?: string;
  readonly desc?: string;
  readonly tableCaption?: string;
}

function stateAt(label: string, v: number): string {
  if (v > 0) return `Aan het eind van ${label} was er een achterstand van ${vergunninghouders(v)}.`;
  if (v < 0) return `Aan het eind van ${label} was er een voorsprong van ${vergunninghouders(-v)}.`;
  return `Aan het eind van ${label} was er geen achterstand en geen voorsprong.`;
}

export function describeAchterstand(points: readonly AchterstandPoint[]): string {
  const known = points.filter(
    (p): p is AchterstandPoint & { achterstand: number } => p.achterstand !== null && Number.isFinite(p.achterstand),
  );
  if (known.length === 0) return 'Er zijn nog geen cijfers over de achterstand.';
  const last = known[known.length - 1]!;
  let s = stateAt(last.label, last.achterstand);
  if (known.length > 1) {
    const worst = known.reduce((a, b) => (b.achterstand > a.achterstand ? b : a));
    if (worst.achterstand > 0 && worst !== last) {
      s += ` De grootste achterstand was ${formatNumber(worst.achterstand)} (${worst.label}).`;
    }
  }
  return s;
}

function achterstandTable(points: readonly AchterstandPoint[], caption: string): TableModel {
  return {
    caption,
    columns: [{ label: 'Periode' }, { label: 'Achterstand', numeric: true }, { label: 'Voorsprong', numeric: true }],
    rows: points.map((p) => {
      const v = p.achterstand;
      if (v === null || !Number.isFinite(v)) return { header: p.label, cells: ['onbekend', 'onbekend'] };
      return { header: p.label, cells: [v >= 0 ? formatNumber(v) : '–', v < 0 ? formatNumber(-v) : '–'] };
    }),
  };
}

export function achterstandChart(o: AchterstandOptions): ChartResult {
  const id = assertId(o.id);
  const title = o.title ?? 'Achterstand aan het eind van elke periode';
  const desc = o.desc ?? describeAchterstand(o.points);
  const values = o.points.map((p) => (p.achterstand !== null && Number.isFinite(p.achterstand) ? p.achterstand : null));
  const known = values.filter((v): v is number => v !== null);

  const svg = responsiveSvg(id, title, desc, (layout, prefix) => {
    const fs = layout.fontSize;
    if (known.length === 0) {
      const h = 120;
      return { height: h, body: emptyMessage(layout, h, 'Nog geen cijfers over de achterstand') };
    }
    const upFill = `url(#${patternId(prefix, 'achter')})`;
    const downFill = `url(#${patternId(prefix, 'goed')})`;
    const legend = drawLegend(
      [
        {
          label: 'Achterstand (boven de nullijn)',
          sample: el('rect', { x: 3, y: 0, width: 16, height: 12, fill: upFill, stroke: STATUS_STYLES.achter.color }),
        },
        { label: 'Voorsprong (onder de nullijn)', sample: el('rect', { x: 3, y: 0, width: 16, height: 12, fill: downFill }) },
      ],
      layout,
      0,
      0,
      layout.width,
    );
    const count = o.points.length;
    const hasNeg = known.some((v) => v < 0);
    const plotTop = legend.height + 8;
    const plotBottom = plotTop + layout.plotHeight;
    // Keep room inside the plot for the value labels above and below the bars.
    const vs = valueScale(known, [plotBottom - (hasNeg ? fs + 6 : 0), plotTop + fs + 6], layout.yTicks);
    const fmtTick = (t: number) => formatNumber(Math.abs(t));
    const x0 = tickLabelWidth(vs.ticks, layout, fmtTick);
    const x1 = layout.width - 4;
    const step = (x1 - x0) / Math.max(1, count);
    const barW = Math.min(step * 0.66, 48);
    const zeroY = vs.scale(0);
    const every = labelEvery(count, step, Math.max(...o.points.map((p) => textWidth(p.label, layout.smallSize))));
    const valueLabels = o.points.every(
      (p) => p.achterstand === null || textWidth(formatNumber(Math.abs(p.achterstand)), layout.smallSize) <= step + 2,
    );

    let bars = '';
    let labels = '';
    let axis = '';
    o.points.forEach((p, i) => {
      const cx = x0 + step * (i + 0.5);
      const v = values[i];
      if (v !== null && v !== undefined && v !== 0) {
        const yv = vs.scale(v);
        const top = Math.min(yv, zeroY);
        const h = Math.abs(zeroY - yv);
        bars += el('rect', {
          x: cx - barW / 2,
          y: top,
          width: barW,
          height: h,
          fill: v > 0 ? upFill : downFill,
          stroke: v > 0 ? STATUS_STYLES.achter.color : undefined,
        });
      }
      if (v !== null && v !== undefined && valueLabels) {
        const yv = vs.scale(v);
        labels += text(cx, v >= 0 ? yv - 5 : yv + fs + 1, formatNumber(Math.abs(v)), {
          size: layout.smallSize,
          anchor: 'middle',
          halo: true,
        });
      }
      if (showLabel(i, count, every)) {
        axis += text(cx, plotBottom + fs + 6, p.label, { size: layout.smallSize, anchor: 'middle' });
      }
    });
    const body = legend.body + drawYGrid(vs, layout, x0, x1, fmtTick) + bars + drawZeroLine(vs, x0, x1) + labels + axis;
    return {
      height: plotBottom + fs + 12,
      body,
      defs: statusPatternDefs(prefix, ['achter', 'goed']),
    };
  });

  return { id, title, desc, svg, table: achterstandTable(o.points, o.tableCaption ?? title) };
}
