/** The props every chart component passes on to ChartFigure, next to its chart's own options. */
export interface FiguurProps {
  caption: string;
  source?: string;
  tableOpen?: boolean;
  summary?: string;
  class?: string;
}
