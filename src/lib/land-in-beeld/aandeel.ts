/**
 * The computed share of each gemeente in a national netto taakstelling: pro rata inhabitants,
 * rounded with the largest-remainder method so that the shares add up to the national figure
 * exactly. This is OUR computation (an indication), not the official circulaire.
 */
import { verdeelProRata } from '../monitor/taakstelling.ts';

export interface Inwoners {
  readonly code: string;
  readonly inwoners: number;
}

/** Shares per gemeente code; the values sum to `landelijk`. Codes in `vrijgesteld` get 0 and no weight. */
export function berekenAandelen(
  landelijk: number,
  gemeenten: readonly Inwoners[],
  vrijgesteld: ReadonlySet<string> = new Set(),
): Map<string, number> {
  const gewichten = gemeenten.map((g) => (vrijgesteld.has(g.code) ? 0 : g.inwoners));
  const delen = verdeelProRata(landelijk, gewichten);
  return new Map(gemeenten.map((g, i) => [g.code, delen[i]!]));
}
