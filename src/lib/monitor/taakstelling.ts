/**
 * Taakstelling arithmetic: gecorrigeerde taakstelling, carry-over to the next periode, and
 * integer splits that add up exactly (largest remainder).
 *
 * Sign convention: achterstand > 0 is a backlog, achterstand < 0 is a voorsprong (lead).
 */

/** gecorrigeerde taakstelling = netto taakstelling + achterstand at the start of the periode. */
export function gecorrigeerd(netto: number, achterstand: number): number {
  return netto + achterstand;
}

/**
 * Achterstand carried into the next periode: what was still to do at the end.
 * Negative means the gemeente housed more than asked (voorsprong).
 */
export function overdracht(gecorrigeerdeTaakstelling: number, eindRealisatie: number): number {
  return gecorrigeerdeTaakstelling - eindRealisatie;
}

function assertTotaal(total: number, functie: string): void {
  if (!Number.isSafeInteger(total) || total < 0) {
    throw new RangeError(`${functie}: het totaal moet een geheel getal van 0 of meer zijn (gekregen: ${total}).`);
  }
}

function assertGewichten(weights: readonly number[], functie: string): void {
  for (const w of weights) {
    if (!Number.isFinite(w) || w < 0) {
      throw new RangeError(`${functie}: elk gewicht moet een eindig getal van 0 of meer zijn (gekregen: ${w}).`);
    }
  }
}

/**
 * Splits `total` over `weights` pro rata with the largest-remainder method (Hamilton):
 * everyone gets the floor of their exact quota, the leftover units go to the largest
 * remainders (ties: larger weight first, then lower index). The result always sums to `total`
 * exactly and every share differs from its exact quota by less than 1.
 * Integer weights are computed exactly (BigInt); other weights with floating point.
 * Throws a RangeError when total < 0, total is not an integer, a weight is negative or not
 * finite, or all weights are 0 while total > 0.
 */
export function verdeelProRata(total: number, weights: readonly number[]): number[] {
  assertTotaal(total, 'verdeelProRata');
  assertGewichten(weights, 'verdeelProRata');
  if (total === 0) return weights.map(() => 0);
  const som = weights.reduce((a, b) => a + b, 0);
  if (!(som > 0)) {
    throw new RangeError('verdeelProRata: de gewichten zijn samen 0, dus er valt niets naar rato te verdelen.');
  }

  const exact = weights.every((w) => Number.isSafeInteger(w)) && Number.isSafeInteger(som);
  const delen: number[] = [];
  const resten: number[] = [];
  if (exact) {
    const t = BigInt(total);
    const s = BigInt(som);
    for (const w of weights) {
      const teller = t * BigInt(w);
      delen.push(Number(teller / s));
      // remainder as a fraction of the sum: comparable across entries because the denominator is shared
      resten.push(Number(teller % s));
    }
  } else {
    for (const w of weights) {
      const quota = (total * w) / som;
      const deel = Math.floor(quota);
      delen.push(deel);
      resten.push(quota - deel);
    }
  }

  let over = total - delen.reduce((a, b) => a + b, 0);
  const volgorde = weights.map((_, i) => i).sort((a, b) => resten[b]! - resten[a]! || weights[b]! - weights[a]! || a - b);
  for (const i of volgorde) {
    if (over <= 0) break;
    delen[i]! += 1;
    over -= 1;
  }
  // Floating point can in rare cases leave one unit over or under; settle it on the largest weight.
  if (over !== 0) {
    const grootste = volgorde.length ? weights.indexOf(Math.max(...weights)) : -1;
    if (grootste >= 0) delen[grootste]! += over;
  }
  return delen;
}

/**
 * Splits `total` over `weights` as `verdeelProRata` does, but keeps every share within
 * `[min[i], max[i]]`. Shares start at their minimum; the rest is split pro rata in rounds, and
 * shares that reach their maximum drop out of the next round. Entries with weight 0 only
 * receive units when every entry with a positive weight is full. Sums to `total` exactly.
 * Throws a RangeError when the bounds make that impossible.
 */
export function verdeelBegrensd(
  total: number,
  weights: readonly number[],
  min: readonly number[] = weights.map(() => 0),
  max: readonly number[] = weights.map(() => Number.POSITIVE_INFINITY),
): number[] {
  assertTotaal(total, 'verdeelBegrensd');
  assertGewichten(weights, 'verdeelBegrensd');
  if (min.length !== weights.length || max.length !== weights.length) {
    throw new RangeError('verdeelBegrensd: gewichten, minima en maxima moeten even lang zijn.');
  }
  const delen = min.map((m, i) => {
    if (!Number.isSafeInteger(m) || m > max[i]!) {
      throw new RangeError(`verdeelBegrensd: ongeldige grenzen op plaats ${i} (minimum ${m}, maximum ${max[i]}).`);
    }
    return m;
  });
  let rest = total - delen.reduce((a, b) => a + b, 0);
  const ruimte = max.reduce((a, b, i) => a + (b - delen[i]!), 0);
  if (rest < 0 || rest > ruimte) {
    throw new RangeError(
      `verdeelBegrensd: ${total} past niet binnen de grenzen (minimaal ${total - rest}, maximaal ${total - rest + ruimte}).`,
    );
  }
  while (rest > 0) {
    let open = delen.map((_, i) => i).filter((i) => delen[i]! < max[i]! && weights[i]! > 0);
    let gewichten = open.map((i) => weights[i]!);
    if (open.length === 0) {
      open = delen.map((_, i) => i).filter((i) => delen[i]! < max[i]!);
      gewichten = open.map(() => 1);
    }
    const extra = verdeelProRata(rest, gewichten);
    open.forEach((i, k) => {
      const erbij = Math.min(extra[k]!, max[i]! - delen[i]!);
      delen[i]! += erbij;
      rest -= erbij;
    });
  }
  return delen;
}
