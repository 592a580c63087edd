/** Shared result and table types for all charts and maps. */

/** The site-wide monitor statuses (same union as the monitor module, kept local on purpose). */
export type ChartStatus = 'goed' | 'enigszins' | 'achter' | 'gehaald' | 'nieuw' | 'onbekend';

interface TableColumn {
  readonly label: string;
  /** Right-aligned number column. */
  readonly numeric?: boolean;
}

interface TableRow {
  /** Row header (first column, rendered as `<th scope="row">`). */
  readonly header: string;
  /** The other cells, already formatted in Dutch. */
  readonly cells: readonly string[];
}

/** A data table that repeats what a chart shows. Text only: the component escapes it. */
export interface TableModel {
  readonly caption: string;
  /** All columns including the first (row header) column. */
  readonly columns: readonly TableColumn[];
  readonly rows: readonly TableRow[];
}

/** What every chart function returns; `ChartFigure.astro` renders it. */
export interface ChartResult {
  /** The id prefix used for every id in the markup. */
  readonly id: string;
  /** What the chart is (also the SVG `<title>`). */
  readonly title: string;
  /** The finding in words (also the SVG `<desc>`). */
  readonly desc: string;
  /** SVG markup: one `<svg>` (maps) or a narrow and a wide `<svg>` (charts; CSS shows one). */
  readonly svg: string;
  /** Optional HTML legend (maps): a `<ul>` with pattern swatches, labels and counts. */
  readonly legend?: string;
  /** The same data as a table; absent for a plain locator map. */
  readonly table?: TableModel;
}
