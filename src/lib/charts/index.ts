/**
 * Pre-rendered, accessible charts and maps. Pure functions: plain data in, SVG markup out.
 * Render the result with `src/components/charts/ChartFigure.astro`.
 */
export type { ChartResult, ChartStatus, TableColumn, TableModel, TableRow } from './types.ts';
export { escapeXml, assertId } from './escape.ts';
export {
  addMonths,
  dutchCollator,
  formatNumber,
  formatPercent,
  monthLong,
  monthShort,
  parseMonth,
  standLong,
  standShort,
  vergunninghouders,
} from './format.ts';
export { contrastRatio, relativeLuminance } from './contrast.ts';
export { patternId, statusPatternDefs, STATUS_LABELS, STATUS_ORDER, STATUS_STYLES, type PatternKind, type StatusStyle } from './status.ts';
export { monthlyBarsChart, describeMonthlyBars, pacePerMonth, type MonthValue, type MonthlyBarsOptions } from './monthly-bars.ts';
export { cumulativeChart, describeCumulative, cumulate, proRata, type CumulativeOptions, type CumulativeExtraSeries } from './cumulative.ts';
export { achterstandChart, describeAchterstand, type AchterstandOptions, type AchterstandPoint } from './achterstand.ts';
export { comparisonChart, describeComparison, type ComparisonItem, type ComparisonOptions } from './comparison.ts';
export {
  choroplethMap,
  choroplethLegend,
  countStatuses,
  describeChoropleth,
  mapBase,
  LOCATOR_HIGHLIGHT,
  type ChoroplethOptions,
  type MapBase,
  type StatusCount,
} from './choropleth.ts';
export { gemeentenTopology, provinciesTopology, type GemeenteIndeling, type ProvincieIndeling } from './geo-data.ts';
