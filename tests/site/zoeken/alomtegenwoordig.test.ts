/**
 * The words the search leaves out of the Pagefind query because they are on nearly every page
 * (ALOMTEGENWOORDIG in src/lib/zoeken/vraag.ts): each must really be on at least 90 % of the
 * indexed pages of the built site, as Pagefind matches it, or it would narrow results after all.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ALOMTEGENWOORDIG } from '../../../src/lib/zoeken/vraag.ts';
import { laadNodePagefind, type NodePagefind } from './pagefind-node.ts';

describe('words on nearly every page (Node, the built index)', () => {
  let z: NodePagefind;
  beforeAll(async () => {
    z = await laadNodePagefind();
  });
  afterAll(async () => {
    await z?.close();
  });

  it('each left-out word is on at least 90 % of the indexed pages', async () => {
    const totaal = (await z.pf.search(null))!.results.length;
    expect(totaal).toBeGreaterThan(20);
    for (const w of ALOMTEGENWOORDIG) {
      const aandeel = (await z.pf.search(w))!.results.length / totaal;
      expect(aandeel, `"${w}" is on ${(100 * aandeel).toFixed(1)} % of ${totaal} pages`).toBeGreaterThanOrEqual(0.9);
    }
  });
});
