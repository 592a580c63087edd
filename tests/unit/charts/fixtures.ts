/** Fixed inputs for chart tests and snapshots. */
import type { MonthValue } from '../../../src/lib/charts/monthly-bars.ts';

/** Nederland, 2015-II (illustrative numbers; December matches the brief's example sentence). */
export const MONTHS_2015_II: readonly MonthValue[] = [
  { month: '2015-07', realisatie: 1850 },
  { month: '2015-08', realisatie: 2120 },
  { month: '2015-09', realisatie: 2480 },
  { month: '2015-10', realisatie: 2950 },
  { month: '2015-11', realisatie: 3410 },
  { month: '2015-12', realisatie: 3933 },
];

export const GECORRIGEERD_2015_II = 20148;

export const FIRST_FOUR_MONTHS: readonly MonthValue[] = MONTHS_2015_II.map((m, i) => ({
  ...m,
  realisatie: i < 4 ? m.realisatie : null,
}));
