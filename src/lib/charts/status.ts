/**
 * Status colours and patterns. A status is never shown by colour alone: every status has its
 * own pattern, and the legend and table name it in words.
 *
 * Palette (WCAG 2.2 contrast ratios, measured with ./contrast.ts; tests/unit/charts checks them):
 *
 *   status      colour    pattern                      vs white  vs #e0e0e0 (geen gegevens)
 *   gehaald     #0a2f5c   white horizontal lines        13.34:1   10.11:1
 *   goed        #2166ac   solid                          5.90:1    4.47:1
 *   enigszins   #b35806   white diagonal hatching        4.87:1    3.69:1
 *   achter      #b2182b   white cross-hatching           6.87:1    5.20:1
 *   nieuw       #5f6b7a   white dots                     5.43:1    4.11:1
 *   onbekend    #e0e0e0   plain (no pattern)             1.32:1       –
 *
 * Each pattern's white lines or dots contrast with their own base colour by the "vs white" ratio,
 * so the pattern itself is visible (≥ 3:1) and survives greyscale printing.
 *
 * Adjacent gemeenten (WCAG 1.4.11): any five colours that each reach 3:1 against white cannot
 * also reach 3:1 against each other (only two can). The status colours among themselves measure
 * 1.09–2.74:1 (goed/nieuw lowest). The map therefore separates every pair of neighbours with a
 * white border, which has ≥ 3:1 against every status colour (the "contrasting border" approach
 * in Understanding 1.4.11), and tells them apart by pattern. "Geen gegevens" (#e0e0e0) has
 * ≥ 3:1 against every status colour and is the only fill below 3:1 against white; the map's outer
 * border is dark (#1b1b1b), so its shape stays visible on the page.
 */
import { el } from './svg.ts';
import type { ChartStatus } from './types.ts';

export type { ChartStatus } from './types.ts';

/** Order used in legends and tables: best to worst, then the neutral statuses. */
export const STATUS_ORDER: readonly ChartStatus[] = ['gehaald', 'goed', 'enigszins', 'achter', 'nieuw', 'onbekend'];

export const STATUS_LABELS: Readonly<Record<ChartStatus, string>> = {
  goed: 'Goed op schema',
  enigszins: 'Enigszins achter op schema',
  achter: 'Achter op schema',
  gehaald: 'Taakstelling gehaald',
  nieuw: 'Nieuwe periode',
  onbekend: 'Geen gegevens',
};

type PatternKind = 'solid' | 'diagonal' | 'cross' | 'horizontal' | 'dots' | 'plain';

export interface StatusStyle {
  readonly color: string;
  readonly pattern: PatternKind;
  /** Dutch name of the pattern, for the legend's accessible text and the documentation. */
  readonly patternName: string;
}

export const STATUS_STYLES: Readonly<Record<ChartStatus, StatusStyle>> = {
  gehaald: { color: '#0a2f5c', pattern: 'horizontal', patternName: 'donkerblauw met witte strepen' },
  goed: { color: '#2166ac', pattern: 'solid', patternName: 'blauw, effen' },
  enigszins: { color: '#b35806', pattern: 'diagonal', patternName: 'oranje met schuine arcering' },
  achter: { color: '#b2182b', pattern: 'cross', patternName: 'rood met kruisarcering' },
  nieuw: { color: '#5f6b7a', pattern: 'dots', patternName: 'grijsblauw met witte stippen' },
  onbekend: { color: '#e0e0e0', pattern: 'plain', patternName: 'lichtgrijs, effen' },
};

export const PATTERN_INK = '#ffffff';

/** The pattern tile's drawing on an 8 × 8 grid (without the base rectangle). */
function patternInk(kind: PatternKind): string {
  switch (kind) {
    case 'diagonal':
      return el('path', { d: 'M-2 2l4-4M0 8l8-8M6 10l4-4', stroke: PATTERN_INK, 'stroke-width': 1.6 });
    case 'cross':
      return el('path', {
        d: 'M-2 2l4-4M0 8l8-8M6 10l4-4M-2 6l4 4M0 0l8 8M6-2l4 4',
        stroke: PATTERN_INK,
        'stroke-width': 1.3,
      });
    case 'horizontal':
      return el('path', { d: 'M0 4h8', stroke: PATTERN_INK, 'stroke-width': 1.8 });
    case 'dots':
      return (
        el('circle', { cx: 2, cy: 2, r: 1.3, fill: PATTERN_INK }) + el('circle', { cx: 6, cy: 6, r: 1.3, fill: PATTERN_INK })
      );
    case 'solid':
    case 'plain':
      return '';
  }
}

/** Id of the `<pattern>` for a status under a given id prefix. */
export function patternId(prefix: string, status: ChartStatus): string {
  return `${prefix}-pat-${status}`;
}

/**
 * `<pattern>` definitions for the given statuses (to go inside `<defs>`).
 * `scale` sizes the 8-unit tile in the user space of the SVG that uses it.
 */
export function statusPatternDefs(prefix: string, statuses: readonly ChartStatus[], scale = 1): string {
  return statuses
    .map((status) => {
      const style = STATUS_STYLES[status];
      return el(
        'pattern',
        {
          id: patternId(prefix, status),
          width: 8,
          height: 8,
          patternUnits: 'userSpaceOnUse',
          patternTransform: scale === 1 ? undefined : `scale(${Math.round(scale * 1000) / 1000})`,
        },
        el('rect', { width: 8, height: 8, fill: style.color }) + patternInk(style.pattern),
      );
    })
    .join('');
}
