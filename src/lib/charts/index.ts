/**
 * Pre-rendered, accessible charts and maps. Pure functions: plain data in, SVG markup out.
 * Render the result with `src/components/charts/ChartFigure.astro`.
 */
export type { ChartResult, ChartStatus, TableModel } from './types.ts';
export { escapeXml } from './escape.ts';
export { monthlyBarsChart } from './monthly-bars.ts';
export { cumulativeChart } from './cumulative.ts';
export { achterstandChart } from './achterstand.ts';
export { comparisonChart } from './comparison.ts';
export { choroplethMap } from './choropleth.ts';
export { gemeentenTopology } from './geo-data.ts';
