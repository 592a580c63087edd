/**
 * Chart: the national (or provincie) series per half-year: the netto taakstelling as bars, the
 * opgave including the achterstand as an outlined bar, and the realisatie as a dot. Unknown values
 * are simply absent (never estimated); the table says "onbekend".
 */
import { drawYGrid, drawZeroLine, labelEvery, showLabel, tickLabelWidth, valueScale } from './axis.ts';
import { assertId } from './escape.ts';
import { formatNumber } from './format.ts';
import { COLORS, drawLegend, el, emptyMessage, n, responsiveSvg, text, textWidth } from './svg.ts';
import type { ChartResult, TableModel } from './types.ts';

const NETTO_COLOR = '#2166ac';
const REALISATIE_COLOR = '#b35806';

export interface HalfjaarPunt {
  /** Short axis label, "2015-I". */
  readonly kort: string;
  /** Row header in the table, "eerste helft 2015". */
  readonly label: string;
  readonly netto: number | null;
  readonly opgave: number | null;
  readonly realisatie: number | null;
}

export interface HalfjaarOptions {
  readonly id: string;
  readonly punten: readonly HalfjaarPunt[];
  /** Default "Taakstelling en realisatie per halfjaar". */
  readonly title?: string;
  readonly desc?: string;
  readonly tableCaption?: string;
  /** Name of the first value column; default "Netto taakstelling". */
  readonly nettoLabel?: string;
}

export function describeHalfjaar(punten: readonly HalfjaarPunt[]): string {
  const bekend = punten.filter((p) => p.netto !== null);
  if (bekend.length === 0) return 'Er zijn geen cijfers per halfjaar bekend.';
  const max = bekend.reduce((a, b) => (b.netto! > a.netto! ? b : a));
  const laatste = bekend.at(-1)!;
  const onbekend = punten.length - bekend.length;
  return `De netto taakstelling was het hoogst in de ${max.label} (${formatNumber(max.netto!)}). Het laatst bekende cijfer is ${formatNumber(laatste.netto!)}, voor de ${laatste.label}.${onbekend ? ` Voor ${onbekend} van de ${punten.length} halfjaren is het cijfer onbekend.` : ''}`;
}

function halfjaarTable(o: HalfjaarOptions, caption: string): TableModel {
  const f = (v: number | null) => (v === null ? 'onbekend' : formatNumber(v));
  return {
    caption,
    columns: [
      { label: 'Halfjaar' },
      { label: o.nettoLabel ?? 'Netto taakstelling', numeric: true },
      { label: 'Opgave met achterstand', numeric: true },
      { label: 'Gehuisvest', numeric: true },
    ],
    rows: o.punten.map((p) => ({ header: p.label, cells: [f(p.netto), f(p.opgave), f(p.realisatie)] })),
  };
}

export function halfjaarChart(o: HalfjaarOptions): ChartResult {
  const id = assertId(o.id);
  const title = o.title ?? 'Taakstelling en realisatie per halfjaar';
  const desc = o.desc ?? describeHalfjaar(o.punten);
  const waarden = o.punten.flatMap((p) => [p.netto, p.opgave, p.realisatie]).filter((v): v is number => v !== null);
  const svg = responsiveSvg(id, title, desc, (layout) => {
    const fs = layout.fontSize;
    if (waarden.length === 0) return { height: 120, body: emptyMessage(layout, 120, 'Geen cijfers bekend') };
    const heeft = (k: 'opgave' | 'realisatie') => o.punten.some((p) => p[k] !== null);
    const legend = drawLegend(
      [
        {
          label: o.nettoLabel ?? 'Netto taakstelling',
          sample: el('rect', { x: 4, y: 0, width: 14, height: 12, fill: NETTO_COLOR }),
        },
        ...(heeft('opgave')
          ? [
              {
                label: 'Opgave met achterstand',
                sample: el('rect', { x: 4, y: 1, width: 14, height: 10, fill: 'none', stroke: COLORS.axis, 'stroke-width': 1.5 }),
              },
            ]
          : []),
        ...(heeft('realisatie')
          ? [
              {
                label: 'Gehuisvest',
                sample: el('circle', { cx: 11, cy: 6, r: 4, fill: REALISATIE_COLOR, stroke: COLORS.white, 'stroke-width': 1.5 }),
              },
            ]
          : []),
      ],
      layout,
      0,
      0,
      layout.width,
    );
    const plotTop = legend.height + fs + 8;
    const plotBottom = plotTop + layout.plotHeight;
    const vs = valueScale([0, ...waarden], [plotBottom, plotTop], layout.yTicks);
    const x0 = tickLabelWidth(vs.ticks, layout);
    const x1 = layout.width - 4;
    const count = Math.max(1, o.punten.length);
    const step = (x1 - x0) / count;
    const barW = Math.max(2, Math.min(step * 0.7, 40));
    const zeroY = vs.scale(0);
    const jaren = o.punten.map((p) => p.kort.slice(0, 4));
    const every = labelEvery(count, step, textWidth('2015', fs) / 2);
    let marks = '';
    let axis = '';
    o.punten.forEach((p, i) => {
      const cx = x0 + step * (i + 0.5);
      if (p.opgave !== null) {
        const y = vs.scale(p.opgave);
        marks += el('rect', {
          x: cx - barW / 2,
          y,
          width: barW,
          height: Math.max(0, zeroY - y),
          fill: 'none',
          stroke: COLORS.axis,
          'stroke-width': 1.5,
        });
      }
      if (p.netto !== null) {
        const y = vs.scale(p.netto);
        marks += el('rect', {
          x: cx - barW / 2 + 1.5,
          y,
          width: Math.max(1, barW - 3),
          height: Math.max(0, zeroY - y),
          fill: NETTO_COLOR,
        });
      } else {
        marks += text(cx, zeroY - 4, '?', { size: layout.smallSize, anchor: 'middle' });
      }
      if (p.realisatie !== null)
        marks += el('circle', {
          cx,
          cy: vs.scale(p.realisatie),
          r: 4,
          fill: REALISATIE_COLOR,
          stroke: COLORS.white,
          'stroke-width': 1.5,
        });
      // One year label per pair of half-years.
      if (p.kort.endsWith('-I') && showLabel(Math.floor(i / 2), Math.ceil(count / 2), Math.max(1, Math.ceil(every / 2)))) {
        axis += el('path', { d: `M${n(cx - step / 2)} ${n(plotBottom)}v5`, stroke: COLORS.axis });
        axis += text(cx + step / 2, plotBottom + fs + 6, jaren[i]!.slice(layout.width < 500 ? 2 : 0), {
          size: fs,
          anchor: 'middle',
        });
      }
    });
    const body = legend.body + drawYGrid(vs, layout, x0, x1) + marks + drawZeroLine(vs, x0, x1) + axis;
    return { height: plotBottom + fs + 12, body };
  });
  return { id, title, desc, svg, table: halfjaarTable(o, o.tableCaption ?? title) };
}
