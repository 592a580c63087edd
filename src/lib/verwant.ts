/** Related items: share a thema or a gemeente; more shared = more related; newest first on ties. */
export interface Verwijsbaar {
  sleutel: string;
  themas: readonly string[];
  gemeenten?: readonly string[];
  datum: string;
}

export function verwanteItems<T extends Verwijsbaar>(item: T, alle: readonly T[], max = 5): T[] {
  const score = (ander: T) =>
    ander.themas.filter((t) => item.themas.includes(t)).length +
    2 * (ander.gemeenten ?? []).filter((g) => (item.gemeenten ?? []).includes(g)).length;
  return alle
    .filter((a) => a.sleutel !== item.sleutel)
    .map((a) => ({ a, s: score(a) }))
    .filter(({ s }) => s > 0)
    .sort((x, y) => y.s - x.s || y.a.datum.localeCompare(x.a.datum) || x.a.sleutel.localeCompare(y.a.sleutel))
    .slice(0, max)
    .map(({ a }) => a);
}
