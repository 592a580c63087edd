/**
 * Chart 1: realisatie per month as bars, against the pace needed per month
 * (gecorrigeerde taakstelling / number of months in the periode) as a dashed line.
 */
import { drawYGrid, drawZeroLine, labelEvery, showLabel, tickLabelWidth, valueScale } from './axis.ts';
import { assertId } from './escape.ts';
import { formatNumber, monthLong, monthShort, vergunninghouders } from './format.ts';
import { COLORS, drawLegend, el, emptyMessage, n, responsiveSvg, text, textWidth } from './svg.ts';
import type { ChartResult, TableModel } from './types.ts';

const BAR_COLOR = '#2166ac';

export interface MonthValue {
  /** `YYYY-MM` */
  readonly month: string;
  /** Persons housed in that month; `null` = not known yet (no bar). */
  readonly realisatie: number | null;
}

export interface MonthlyBarsOptions {
  /** Unique on the page; prefixes every id in the markup. */
  readonly id: string;
  /** The months of the periode in order (future months may have `realisatie: null`). */
  readonly months: readonly MonthValue[];
  /** Gecorrigeerde taakstelling for the periode. */
  readonly gecorrigeerd: number;
  /** Months in the periode; the pace needed is gecorrigeerd / periodeMaanden. Default 6. */
  readonly periodeMaanden?: number;
  /** Default "Gerealiseerd per maand". */
  readonly title?: string;
  /** Overrides the generated finding. */
  readonly desc?: string;
  readonly tableCaption?: string;
}

/** Pace needed per month, never below zero (a negative gecorrigeerde taakstelling needs nothing). */
export function pacePerMonth(gecorrigeerd: number, periodeMaanden = 6): number {
  if (!Number.isFinite(gecorrigeerd) || periodeMaanden <= 0) return 0;
  return Math.max(0, gecorrigeerd / periodeMaanden);
}

/** The finding in words, e.g. "In december 2015 werden 3.933 vergunninghouders gehuisvest, meer dan de 3.358 per maand die nodig waren." */
export function describeMonthlyBars(months: readonly MonthValue[], pace: number): string {
  const known = months.filter(
    (m): m is MonthValue & { realisatie: number } => m.realisatie !== null && Number.isFinite(m.realisatie),
  );
  if (known.length === 0) return 'Er zijn nog geen cijfers per maand.';
  const last = known[known.length - 1]!;
  const paceR = Math.round(pace);
  const v = last.realisatie;
  const when = `In ${monthLong(last.month)}`;
  let first: string;
  if (v <= 0) {
    first =
      paceR > 0
        ? `${when} werd niemand gehuisvest, terwijl er ${formatNumber(paceR)} per maand nodig waren.`
        : `${when} werd niemand gehuisvest; er was ook niemand meer nodig.`;
    if (v < 0)
      first = `${when} was het saldo ${formatNumber(v)} (een correctie), terwijl er ${formatNumber(paceR)} per maand nodig waren.`;
  } else {
    const verb = v === 1 ? 'werd' : 'werden';
    const cmp =
      paceR === 0
        ? 'terwijl er geen tempo meer nodig was'
        : v > paceR
          ? `meer dan de ${formatNumber(paceR)} per maand die nodig waren`
          : v < paceR
            ? `minder dan de ${formatNumber(paceR)} per maand die nodig waren`
            : `precies de ${formatNumber(paceR)} per maand die nodig waren`;
    first = `${when} ${verb} ${vergunninghouders(v)} gehuisvest, ${cmp}.`;
  }
  if (known.length < 2 || paceR === 0) return first;
  const met = known.filter((m) => m.realisatie >= paceR).length;
  return `${first} Het nodige tempo werd in ${formatNumber(met)} van de ${formatNumber(known.length)} maanden gehaald.`;
}

function monthlyBarsTable(months: readonly MonthValue[], pace: number, caption: string): TableModel {
  return {
    caption,
    columns: [{ label: 'Maand' }, { label: 'Gerealiseerd', numeric: true }, { label: 'Nodig per maand', numeric: true }],
    rows: months.map((m) => ({
      header: monthLong(m.month),
      cells: [m.realisatie === null ? 'nog niet bekend' : formatNumber(m.realisatie), formatNumber(Math.round(pace))],
    })),
  };
}

export function monthlyBarsChart(o: MonthlyBarsOptions): ChartResult {
  const id = assertId(o.id);
  const pace = pacePerMonth(o.gecorrigeerd, o.periodeMaanden ?? 6);
  const title = o.title ?? 'Gerealiseerd per maand';
  const desc = o.desc ?? describeMonthlyBars(o.months, pace);
  const hasData = o.months.some((m) => m.realisatie !== null && Number.isFinite(m.realisatie));
  const paceLabel = `Nodig per maand: ${formatNumber(Math.round(pace))}`;

  const svg = responsiveSvg(id, title, desc, (layout) => {
    const fs = layout.fontSize;
    if (!hasData) {
      const h = 120;
      return { height: h, body: emptyMessage(layout, h, 'Nog geen cijfers per maand') };
    }
    const legend = drawLegend(
      [
        { label: 'Gerealiseerd', sample: el('rect', { x: 4, y: 0, width: 14, height: 12, fill: BAR_COLOR }) },
        {
          label: paceLabel,
          sample: el('path', { d: 'M0 6H22', stroke: COLORS.reference, 'stroke-width': 2, 'stroke-dasharray': '6 4' }),
        },
      ],
      layout,
      0,
      0,
      layout.width,
    );
    const values = o.months.map((m) => m.realisatie ?? 0);
    const plotTop = legend.height + fs + 8;
    const plotBottom = plotTop + layout.plotHeight;
    const vs = valueScale([...values, pace], [plotBottom, plotTop], layout.yTicks);
    const x0 = tickLabelWidth(vs.ticks, layout);
    const x1 = layout.width - 4;
    const count = Math.max(1, o.months.length);
    const step = (x1 - x0) / count;
    const barW = Math.min(step * 0.62, 56);
    const zeroY = vs.scale(0);
    const every = labelEvery(count, step, Math.max(...o.months.map((m) => textWidth(monthShort(m.month), fs))));

    let bars = '';
    let labels = '';
    let axis = '';
    o.months.forEach((m, i) => {
      const cx = x0 + step * (i + 0.5);
      if (m.realisatie !== null && Number.isFinite(m.realisatie)) {
        const y = vs.scale(m.realisatie);
        const top = Math.min(y, zeroY);
        const h = Math.abs(zeroY - y);
        if (h > 0) bars += el('rect', { x: cx - barW / 2, y: top, width: barW, height: h, fill: BAR_COLOR });
        const label = formatNumber(m.realisatie);
        // Labels of negative corrections sit above the zero line, clear of the month labels.
        const ly = m.realisatie < 0 ? zeroY - 5 : top - 5;
        if (textWidth(label, layout.smallSize) <= step + 4) {
          labels += text(cx, ly, label, { size: layout.smallSize, anchor: 'middle', halo: true });
        }
      }
      if (showLabel(i, count, every)) {
        axis += text(cx, plotBottom + fs + 6, monthShort(m.month), { size: fs, anchor: 'middle' });
      }
    });
    const paceY = vs.scale(pace);
    const paceLine = el('path', {
      d: `M${n(x0)} ${n(paceY)}H${n(x1)}`,
      stroke: COLORS.reference,
      'stroke-width': 2,
      'stroke-dasharray': '6 4',
    });
    const body = legend.body + drawYGrid(vs, layout, x0, x1) + bars + drawZeroLine(vs, x0, x1) + paceLine + labels + axis;
    return { height: plotBottom + fs + 12, body };
  });

  return {
    id,
    title,
    desc,
    svg,
    table: monthlyBarsTable(o.months, pace, o.tableCaption ?? `${title}, met het aantal dat per maand nodig is`),
  };
}
