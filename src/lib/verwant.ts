/** Related items: share a thema or a gemeente; more shared = more related; newest first on ties. */
export interface Verwijsbaar {
  /** Unique per item (its URL). */
  url: string;
  themas: readonly string[];
  gemeenten?: readonly string[];
  /** YYYY-MM-DD, for ties: newest first. */
  laatstBijgewerkt: string;
}

export function verwanteItems<T extends Verwijsbaar>(item: T, alle: readonly T[], max = 5): T[] {
  const score = (ander: T) =>
    ander.themas.filter((t) => item.themas.includes(t)).length +
    2 * (ander.gemeenten ?? []).filter((g) => (item.gemeenten ?? []).includes(g)).length;
  return alle
    .filter((a) => a.url !== item.url)
    .map((a) => ({ a, s: score(a) }))
    .filter(({ s }) => s > 0)
    .sort((x, y) => y.s - x.s || y.a.laatstBijgewerkt.localeCompare(x.a.laatstBijgewerkt) || x.a.url.localeCompare(y.a.url))
    .slice(0, max)
    .map(({ a }) => a);
}
