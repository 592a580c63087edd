/** Related items: share a thema or a gemeente; more shared = more related; newest first on ties. */
export interface Verwijsbaar {
  /** Unique per item (its URL). */
  url: string;
  themas: readonly string[];
  gemeenten?: readonly string[];
  /** YYYY-MM-DD, for ties: newest first. */
  laatstBijgewerkt: string;
}

interface Kandidaat<T> {
  a: T;
  s: number;
}

/** Higher score first, then newest, then by URL (unique, so the order is total). */
function volgorde<T extends Verwijsbaar>(x: Kandidaat<T>, y: Kandidaat<T>): number {
  return y.s - x.s || y.a.laatstBijgewerkt.localeCompare(x.a.laatstBijgewerkt) || x.a.url.localeCompare(y.a.url);
}

/**
 * Called for every item page against every item, so it keeps only the best `max` while it
 * scans (no sort of the whole list): the result is the same as sorting all and taking `max`.
 */
export function verwanteItems<T extends Verwijsbaar>(item: T, alle: readonly T[], max = 5): T[] {
  if (max <= 0) return [];
  const themas = new Set(item.themas);
  const gemeenten = new Set(item.gemeenten ?? []);
  const beste: Kandidaat<T>[] = [];
  for (const a of alle) {
    if (a.url === item.url) continue;
    let s = 0;
    for (const t of a.themas) if (themas.has(t)) s += 1;
    for (const g of a.gemeenten ?? []) if (gemeenten.has(g)) s += 2;
    if (s === 0) continue;
    const k = { a, s };
    if (beste.length === max && volgorde(k, beste[max - 1]!) >= 0) continue;
    let i = beste.length;
    while (i > 0 && volgorde(k, beste[i - 1]!) < 0) i -= 1;
    beste.splice(i, 0, k);
    if (beste.length > max) beste.pop();
  }
  return beste.map(({ a }) => a);
}
