/**
 * The relevance set (data/zoeken/relevantie.json) run through the real search page in
 * Chromium: type the query in the page's own box, press Enter, wait for the live region,
 * read the result links. Shared by tests/site/zoeken/relevantie.test.ts and `npm run bench`.
 */
import type { Page } from 'playwright-core';
import set from '../../data/zoeken/relevantie.json' with { type: 'json' };

export interface RelevantieVraag {
  q: string;
  /** The page that must come back; with a list, any one of them; an empty list: any page (then only kennisEerst counts). */
  url: string | string[];
  /** Instead of listing pages: any page whose title contains one of these words counts (grows with the content). */
  titelBevat?: string[];
  /** Its place must be at most this (default 3). */
  top?: number;
  /** No Land in beeld page among the first three. */
  kennisEerst?: boolean;
  /** Named in issue 12. */
  issue?: boolean;
  soort: string;
}

export const VRAGEN = set.vragen as RelevantieVraag[];

interface RelevantieUitkomst {
  vraag: RelevantieVraag;
  /** 1-based place of the first expected page among the first 10 results, 0 when absent. */
  plek: number;
  /** The first five result paths. */
  eerste: string[];
  /** Among the first three (and, with kennisEerst, no Land in beeld page there). */
  top3: boolean;
  /** Meets its own `top`. */
  goed: boolean;
}

export interface RelevantieScore {
  aantal: number;
  eerste: number;
  top3: number;
  goed: number;
  uitkomsten: RelevantieUitkomst[];
}

const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

interface Treffer {
  pad: string;
  titel: string;
}

/** Search one query on the open search page (the page must already be on /zoeken/). */
async function zoekOpPagina(page: Page, q: string): Promise<Treffer[]> {
  const invoer = page.locator('#zoekterm');
  await invoer.fill(q);
  await invoer.press('Enter');
  const status = page.locator('[data-zoekstatus]');
  const patroon = new RegExp(`^(\\d+ resulta(?:at|ten)|Geen resultaten) voor “${escape(q.trim())}”`);
  await status.filter({ hasText: patroon }).waitFor({ timeout: 15_000 });
  return page
    .locator('[data-zoekresultaten] > li h3 a')
    .evaluateAll((as) => as.map((a) => ({ pad: new URL((a as HTMLAnchorElement).href).pathname, titel: a.textContent ?? '' })));
}

function beoordeel(vraag: RelevantieVraag, treffers: Treffer[]): RelevantieUitkomst {
  const paden = treffers.map((t) => t.pad);
  const verwacht = Array.isArray(vraag.url) ? vraag.url : [vraag.url];
  const woorden = (vraag.titelBevat ?? []).map((w) => w.toLowerCase());
  const past = (t: Treffer) => verwacht.includes(t.pad) || woorden.some((w) => t.titel.toLowerCase().includes(w));
  // An empty list (and no titelBevat): any page will do, only the kennisEerst rule counts.
  const plek = verwacht.length || woorden.length ? treffers.findIndex(past) + 1 : paden.length ? 1 : 0;
  const kennisOk = !vraag.kennisEerst || !paden.slice(0, 3).some((p) => p.startsWith('/land-in-beeld/'));
  const top3 = plek > 0 && plek <= 3 && kennisOk;
  const goed = plek > 0 && plek <= (vraag.top ?? 3) && kennisOk;
  return { vraag, plek, eerste: paden.slice(0, 5), top3, goed };
}

/** Run every query of the set on `basis`/zoeken/ in `page`. */
export async function meetRelevantie(page: Page, basis: string, vragen = VRAGEN): Promise<RelevantieScore> {
  await page.goto(new URL('/zoeken/', basis).href);
  await page.locator('[data-zoekstatus]').filter({ hasText: /./ }).waitFor({ timeout: 15_000 });
  const uitkomsten: RelevantieUitkomst[] = [];
  for (const vraag of vragen) uitkomsten.push(beoordeel(vraag, await zoekOpPagina(page, vraag.q)));
  return {
    aantal: uitkomsten.length,
    eerste: uitkomsten.filter((u) => u.plek === 1).length,
    top3: uitkomsten.filter((u) => u.top3).length,
    goed: uitkomsten.filter((u) => u.goed).length,
    uitkomsten,
  };
}

export function rapport(s: RelevantieScore): string {
  const pct = (n: number) => `${((100 * n) / s.aantal).toFixed(1)} %`;
  const regels = [
    `${s.aantal} queries: first ${s.eerste} (${pct(s.eerste)}), top 3 ${s.top3} (${pct(s.top3)}), own target ${s.goed} (${pct(s.goed)})`,
  ];
  for (const u of s.uitkomsten.filter((x) => !x.goed))
    regels.push(
      `  MISS "${u.vraag.q}" place ${u.plek || '-'} (want ≤ ${u.vraag.top ?? 3}${u.vraag.kennisEerst ? ', knowledge first' : ''}): ${u.eerste.join(' ')}`,
    );
  return regels.join('\n');
}
