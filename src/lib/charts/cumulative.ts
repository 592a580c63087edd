/**
 * Chart 2: cumulative realisatie per stand (first day of each month) against the straight
 * pro-rata line from 0 to the gecorrigeerde taakstelling at the end of the periode.
 * An optional extra series (e.g. the provincie, in the same unit) can be added.
 */
import { drawYGrid, drawZeroLine, labelEvery, showLabel, tickLabelWidth, valueScale } from './axis.ts';
import { assertId } from './escape.ts';
import { addMonths, formatNumber, formatPercent, standLong, standShort, vergunninghouders } from './format.ts';
import type { MonthValue } from './monthly-bars.ts';
import { COLORS, drawLegend, el, emptyMessage, n, responsiveSvg, text, textWidth } from './svg.ts';
import type { ChartResult, TableModel } from './types.ts';

const LINE_COLOR = '#2166ac';
const EXTRA_COLOR = '#b35806';

interface CumulativeExtraSeries {
  readonly label: string;
  /** Cumulative values at the stand after month 1, 2, … (same unit as the main series). */
  readonly cumulatief: readonly (number | null)[];
}

export interface CumulativeOptions {
  readonly id: string;
  /** Realisatie per month of the periode, in order; the first month is the start of the periode. */
  readonly months: readonly MonthValue[];
  readonly gecorrigeerd: number;
  readonly periodeMaanden?: number;
  readonly extra?: CumulativeExtraSeries;
  /**
   * The cumulative stands after month 1, 2, … as the model holds them. When given, the chart uses
   * them as they are (no re-adding of the monthly values).
   */
  readonly cumulatief?: readonly (number | null)[];
  /** A projection from the last known stand to the end of the periode (dashed, labelled "Projectie"). */
  readonly projectie?: { readonly punten: readonly { readonly m: number; readonly waarde: number }[] } | null;
  /** Default "Gerealiseerd in deze periode, opgeteld". */
  readonly title?: string;
  readonly desc?: string;
  readonly tableCaption?: string;
}

/** Running totals; stops at the first month that is not known yet. */
export function cumulate(months: readonly MonthValue[]): number[] {
  const out: number[] = [];
  let sum = 0;
  for (const m of months) {
    if (m.realisatie === null || !Number.isFinite(m.realisatie)) break;
    sum += m.realisatie;
    out.push(sum);
  }
  return out;
}

/** The pro-rata value after `month` of `periodeMaanden` months. */
export function proRata(gecorrigeerd: number, month: number, periodeMaanden = 6): number {
  return (Math.max(0, gecorrigeerd) * month) / periodeMaanden;
}

export function describeCumulative(months: readonly MonthValue[], gecorrigeerd: number, periodeMaanden = 6): string {
  const cum = cumulate(months);
  const first = months[0];
  if (cum.length === 0 || !first) return 'Er zijn nog geen cijfers voor deze periode.';
  const m = cum.length;
  const value = cum[m - 1]!;
  const stand = standLong(addMonths(first.month, m));
  const verb = value === 1 ? 'was' : 'waren';
  const needed = Math.max(0, gecorrigeerd);
  let s = `Op ${stand} ${verb} er ${vergunninghouders(value)} gehuisvest`;
  if (needed > 0) {
    s += `: ${formatPercent(value / needed)} van de gecorrigeerde taakstelling van ${formatNumber(needed)}.`;
    const expected = Math.round(proRata(gecorrigeerd, m, periodeMaanden));
    if (m < periodeMaanden)
      s += ` Bij een gelijk tempo over de hele periode waren het er toen ${formatNumber(expected)} geweest.`;
    else
      s +=
        value >= needed
          ? ' De taakstelling is gehaald.'
          : ` Er ${needed - value === 1 ? 'ontbrak' : 'ontbraken'} nog ${formatNumber(needed - value)}.`;
  } else {
    s += '. Voor deze periode was de taakstelling al gehaald.';
  }
  return s;
}

/** The known prefix of the cumulative stands: given ones as they are, else the running total. */
function cumulatiefVan(o: Pick<CumulativeOptions, 'months' | 'cumulatief'>): number[] {
  if (!o.cumulatief) return cumulate(o.months);
  const out: number[] = [];
  for (const v of o.cumulatief) {
    if (v === null || !Number.isFinite(v)) break;
    out.push(v);
  }
  return out;
}

function cumulativeTable(o: CumulativeOptions, caption: string): TableModel {
  const P = o.periodeMaanden ?? 6;
  const cum = cumulatiefVan(o);
  const proj = new Map((o.projectie?.punten ?? []).map((p) => [p.m, p.waarde]));
  const needed = Math.max(0, o.gecorrigeerd);
  const start = o.months[0]?.month;
  const columns = [
    { label: 'Stand' },
    { label: 'Gerealiseerd, opgeteld', numeric: true },
    { label: 'Deel van de taakstelling', numeric: true },
    { label: 'Volgens de rechte lijn', numeric: true },
    ...(o.extra ? [{ label: o.extra.label, numeric: true }] : []),
    ...(o.projectie ? [{ label: 'Projectie', numeric: true }] : []),
  ];
  const rows = o.months.map((_, i) => {
    const v = cum[i];
    const extra = o.extra?.cumulatief[i];
    return {
      header: standLong(addMonths(start!, i + 1)),
      cells: [
        v === undefined ? 'nog niet bekend' : formatNumber(v),
        v === undefined || needed === 0 ? '–' : formatPercent(v / needed),
        formatNumber(Math.round(proRata(o.gecorrigeerd, i + 1, P))),
        ...(o.extra ? [extra === undefined || extra === null ? 'nog niet bekend' : formatNumber(extra)] : []),
        ...(o.projectie ? [v === undefined && proj.has(i + 1) ? `projectie ${formatNumber(proj.get(i + 1)!)}` : '–'] : []),
      ],
    };
  });
  return { caption, columns, rows };
}

export function cumulativeChart(o: CumulativeOptions): ChartResult {
  const id = assertId(o.id);
  const P = o.periodeMaanden ?? 6;
  const title = o.title ?? 'Gerealiseerd in deze periode, opgeteld';
  const cum = cumulatiefVan(o);
  const desc =
    o.desc ??
    describeCumulative(
      o.cumulatief ? cum.map((v, i) => ({ month: o.months[i]!.month, realisatie: v - (cum[i - 1] ?? 0) })) : o.months,
      o.gecorrigeerd,
      P,
    );
  const projPunten = o.projectie?.punten ?? [];
  const needed = Math.max(0, o.gecorrigeerd);
  const start = o.months[0]?.month;
  const extra = (o.extra?.cumulatief ?? []).map((v) => (v === null || !Number.isFinite(v) ? null : v));

  const svg = responsiveSvg(id, title, desc, (layout) => {
    const fs = layout.fontSize;
    if (cum.length === 0 || !start) {
      const h = 120;
      return { height: h, body: emptyMessage(layout, h, 'Nog geen cijfers voor deze periode') };
    }
    const items = [
      {
        label: 'Gerealiseerd',
        sample:
          el('path', { d: 'M0 6H22', stroke: LINE_COLOR, 'stroke-width': 3 }) +
          el('circle', { cx: 11, cy: 6, r: 3.5, fill: LINE_COLOR, stroke: COLORS.white, 'stroke-width': 1.5 }),
      },
      {
        label: `Rechte lijn naar ${formatNumber(needed)}`,
        sample: el('path', { d: 'M0 6H22', stroke: COLORS.reference, 'stroke-width': 2, 'stroke-dasharray': '6 4' }),
      },
    ];
    if (projPunten.length) {
      items.push({
        label: 'Projectie (tempo van de laatste drie maanden)',
        sample: el('path', { d: 'M0 6H22', stroke: LINE_COLOR, 'stroke-width': 2, 'stroke-dasharray': '3 3' }),
      });
    }
    if (o.extra) {
      items.push({
        label: o.extra.label,
        sample:
          el('path', { d: 'M0 6H22', stroke: EXTRA_COLOR, 'stroke-width': 2.5, 'stroke-dasharray': '2 3' }) +
          el('rect', { x: 8, y: 3, width: 6, height: 6, fill: EXTRA_COLOR }),
      });
    }
    const legend = drawLegend(items, layout, 0, 0, layout.width);
    const plotTop = legend.height + fs + 8;
    const plotBottom = plotTop + layout.plotHeight;
    const vs = valueScale(
      [...cum, needed, ...projPunten.map((p) => p.waarde), ...extra.filter((v): v is number => v !== null)],
      [plotBottom, plotTop],
      layout.yTicks,
    );
    const x0 = tickLabelWidth(vs.ticks, layout);
    // Room on the right for the last x label ("1 jan") to stay inside the viewBox.
    const x1 = layout.width - textWidth('1 jan', fs) / 2 - 2;
    const x = (month: number) => x0 + ((x1 - x0) * month) / P;
    const y = (v: number) => vs.scale(v);

    // x axis: stand on the first of each month
    const tickLabels = Array.from({ length: P + 1 }, (_, i) => standShort(addMonths(start, i)));
    const every = labelEvery(P + 1, (x1 - x0) / P, Math.max(...tickLabels.map((l) => textWidth(l, fs))));
    let axis = '';
    tickLabels.forEach((label, i) => {
      if (!showLabel(i, P + 1, every)) return;
      axis += el('path', { d: `M${n(x(i))} ${n(plotBottom)}v5`, stroke: COLORS.axis });
      axis += text(x(i), plotBottom + fs + 8, label, { size: fs, anchor: 'middle' });
    });

    const proRataLine = el('path', {
      d: `M${n(x(0))} ${n(y(0))}L${n(x(P))} ${n(y(needed))}`,
      stroke: COLORS.reference,
      'stroke-width': 2,
      'stroke-dasharray': '6 4',
      fill: 'none',
    });

    let extraMarks = '';
    const extraPts = extra.map((v, i) => (v === null ? null : ([x(i + 1), y(v)] as const)));
    if (extraPts.length) {
      let d = `M${n(x(0))} ${n(y(0))}`;
      for (const p of extraPts) {
        if (!p) break;
        d += `L${n(p[0])} ${n(p[1])}`;
        extraMarks += el('rect', { x: p[0] - 3, y: p[1] - 3, width: 6, height: 6, fill: EXTRA_COLOR });
      }
      extraMarks =
        el('path', { d, stroke: EXTRA_COLOR, 'stroke-width': 2.5, 'stroke-dasharray': '2 3', fill: 'none' }) + extraMarks;
    }

    let projLine = '';
    if (projPunten.length > 1) {
      const d = projPunten.map((p, i) => `${i ? 'L' : 'M'}${n(x(p.m))} ${n(y(p.waarde))}`).join('');
      const eind = projPunten.at(-1)!;
      projLine =
        el('path', { d, stroke: LINE_COLOR, 'stroke-width': 2, 'stroke-dasharray': '3 3', fill: 'none' }) +
        text(x(eind.m) - 4, y(eind.waarde) + layout.smallSize + 6, `projectie ${formatNumber(eind.waarde)}`, {
          size: layout.smallSize,
          anchor: 'end',
          halo: true,
        });
    }
    const pts = cum.map((v, i) => [x(i + 1), y(v)] as const);
    let d = `M${n(x(0))} ${n(y(0))}`;
    for (const [px, py] of pts) d += `L${n(px)} ${n(py)}`;
    let line = el('path', { d, stroke: LINE_COLOR, 'stroke-width': 3, fill: 'none', 'stroke-linejoin': 'round' });
    for (const [px, py] of pts)
      line += el('circle', { cx: px, cy: py, r: 4, fill: LINE_COLOR, stroke: COLORS.white, 'stroke-width': 1.5 });

    const last = pts[pts.length - 1]!;
    const lastValue = cum[cum.length - 1]!;
    const valueLabel = needed > 0 ? `${formatNumber(lastValue)} (${formatPercent(lastValue / needed)})` : formatNumber(lastValue);
    const lw = textWidth(valueLabel, layout.smallSize);
    const anchorEnd = last[0] + 8 + lw > layout.width;
    const label = text(anchorEnd ? last[0] - 8 : last[0] + 8, last[1] - 8, valueLabel, {
      size: layout.smallSize,
      anchor: anchorEnd ? 'end' : 'start',
      weight: 'bold',
      halo: true,
    });

    const body =
      legend.body +
      drawYGrid(vs, layout, x0, x1) +
      drawZeroLine(vs, x0, x1) +
      axis +
      proRataLine +
      extraMarks +
      projLine +
      line +
      label;
    return { height: plotBottom + fs + 14, body };
  });

  return {
    id,
    title,
    desc,
    svg,
    table: cumulativeTable(o, o.tableCaption ?? `${title}, met de rechte lijn naar de taakstelling`),
  };
}
