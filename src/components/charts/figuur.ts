/** The props every chart component passes on to ChartFigure, next to its chart's own options. */
export interface FiguurProps {
  caption: string;
  source?: string;
  /** A linked source line ("Bron: NRC, 3 juni 2016"); preferred over `source`. */
  bron?: { label: string; url: string | null } | undefined;
  tableOpen?: boolean;
  summary?: string;
  class?: string;
}
