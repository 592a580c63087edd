/**
 * Chart 4: horizontal bars comparing areas, e.g. realisatie per 100.000 inwoners for a gemeente,
 * its provincie and the Netherlands. Each bar has its name above it and its value at its end,
 * so nothing depends on colour.
 */
import { valueScale } from './axis.ts';
import { assertId } from './escape.ts';
import { formatNumber } from './format.ts';
import { COLORS, el, emptyMessage, n, responsiveSvg, text, textWidth } from './svg.ts';
import type { ChartResult, TableModel } from './types.ts';

/** Highlighted bar (the area the page is about) and the other bars; both ≥ 3:1 against white. */
const COMPARISON_COLORS = { highlight: '#2166ac', other: '#5f6b7a' } as const;

interface ComparisonItem {
  readonly label: string;
  readonly value: number | null;
  /** Draws this bar darker and its name in bold (e.g. the gemeente itself). */
  readonly highlight?: boolean;
}

export interface ComparisonOptions {
  readonly id: string;
  readonly items: readonly ComparisonItem[];
  /** Unit after the numbers in the description and table header. Default "per 100.000 inwoners". */
  readonly unit?: string;
  /** Decimals shown. Default 1. */
  readonly decimals?: number;
  /** Default "Gehuisveste vergunninghouders per 100.000 inwoners". */
  readonly title?: string;
  readonly desc?: string;
  readonly tableCaption?: string;
}

function describeComparison(items: readonly ComparisonItem[], unit: string, decimals: number): string {
  const known = items.filter((i): i is ComparisonItem & { value: number } => i.value !== null && Number.isFinite(i.value));
  if (known.length === 0) return 'Er zijn nog geen cijfers om te vergelijken.';
  const parts = known.map((i) => `${i.label} ${formatNumber(i.value, decimals)}`);
  const list = parts.length > 1 ? `${parts.slice(0, -1).join(', ')} en ${parts[parts.length - 1]}` : parts[0];
  return `${unit.charAt(0).toUpperCase()}${unit.slice(1)}: ${list}.`;
}

function comparisonTable(items: readonly ComparisonItem[], unit: string, decimals: number, caption: string): TableModel {
  return {
    caption,
    columns: [{ label: 'Gebied' }, { label: unit.charAt(0).toUpperCase() + unit.slice(1), numeric: true }],
    rows: items.map((i) => ({
      header: i.label,
      cells: [i.value === null || !Number.isFinite(i.value) ? 'onbekend' : formatNumber(i.value, decimals)],
    })),
  };
}

export function comparisonChart(o: ComparisonOptions): ChartResult {
  const id = assertId(o.id);
  const unit = o.unit ?? 'per 100.000 inwoners';
  const decimals = o.decimals ?? 1;
  const title = o.title ?? 'Gehuisveste vergunninghouders per 100.000 inwoners';
  const desc = o.desc ?? describeComparison(o.items, unit, decimals);
  const values = o.items.map((i) => (i.value !== null && Number.isFinite(i.value) ? i.value : null));
  const known = values.filter((v): v is number => v !== null);

  const svg = responsiveSvg(id, title, desc, (layout) => {
    const fs = layout.fontSize;
    if (known.length === 0) {
      const h = 100;
      return { height: h, body: emptyMessage(layout, h, 'Nog geen cijfers om te vergelijken') };
    }
    const barH = layout.variant === 'narrow' ? 18 : 22;
    const rowH = fs + 6 + barH + 12;
    const labels = values.map((v) => (v === null ? 'onbekend' : formatNumber(v, decimals)));
    const labelRoom = Math.max(...labels.map((l) => textWidth(l, layout.smallSize))) + 10;
    // Negative values (unusual, e.g. corrections) get label room on the left as well.
    const x0 = known.some((v) => v < 0) ? labelRoom : 2;
    const x1 = layout.width - labelRoom;
    const vs = valueScale(known, [x0, x1], 4, false);
    const s = vs.scale;
    const zeroX = s(0);
    let body = '';
    o.items.forEach((item, i) => {
      const top = i * rowH;
      const v = values[i] ?? null;
      body += text(2, top + fs, item.label, { size: fs, weight: item.highlight ? 'bold' : undefined });
      const barY = top + fs + 6;
      const color = item.highlight ? COMPARISON_COLORS.highlight : COMPARISON_COLORS.other;
      if (v !== null && v !== 0) {
        const xv = s(v);
        body += el('rect', { x: Math.min(xv, zeroX), y: barY, width: Math.abs(xv - zeroX), height: barH, fill: color });
      }
      const end = v === null ? zeroX : s(v);
      const right = v === null || v >= 0;
      body += text(right ? Math.max(end, zeroX) + 6 : Math.min(end, zeroX) - 6, barY + barH / 2, labels[i]!, {
        size: layout.smallSize,
        anchor: right ? 'start' : 'end',
        baseline: 'middle',
        weight: item.highlight ? 'bold' : undefined,
      });
    });
    const height = o.items.length * rowH;
    // A zero line only matters when bars go both ways; otherwise it would cross the names.
    if (known.some((v) => v < 0)) {
      body += el('path', { d: `M${n(zeroX)} ${n(fs + 2)}V${n(height - 8)}`, stroke: COLORS.axis, 'stroke-width': 1.5 });
    }
    return { height: height - 4, body };
  });

  return { id, title, desc, svg, table: comparisonTable(o.items, unit, decimals, o.tableCaption ?? title) };
}
