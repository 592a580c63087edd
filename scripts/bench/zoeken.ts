/**
 * What a search costs a visitor, in headless Chromium against a built site: a fresh browser
 * context per run opens /zoeken/, waits until the page is ready (Pagefind loaded, the idle
 * hint shown), then types the query and presses Enter. Time = from the submit event to the
 * live region announcing the results (they are on screen by then), measured inside the page
 * with performance.now(). Bytes = every response of the visit (page, CSS, JS, Pagefind files),
 * body plus headers as transferred. Median over the runs.
 */
import type { Browser } from 'playwright-core';
import { guardedPage } from '../lib/browser.ts';

export const ZOEKVRAGEN = ['woningdelen', 'hoeveel statushouders moet mijn gemeente huisvesten', 'Den Bosch taakstelling'];

export interface ZoekMeting {
  q: string;
  /** ms from submit to results, per run. */
  ms: number[];
  /** Bytes of the whole visit, per run. */
  bytes: number[];
  requests: number;
}

export const median = (xs: readonly number[]): number => {
  const s = [...xs].sort((a, b) => a - b);
  const m = Math.floor(s.length / 2);
  return s.length % 2 ? s[m]! : (s[m - 1]! + s[m]!) / 2;
};

interface Venster {
  __zoekTijd?: { start?: number; einde?: number };
}

export async function meetZoeken(browser: Browser, basis: string, q: string, runs: number): Promise<ZoekMeting> {
  const uit: ZoekMeting = { q, ms: [], bytes: [], requests: 0 };
  for (let i = 0; i < runs; i++) {
    const { context, page, guard } = await guardedPage(browser, basis);
    const groottes: Promise<number>[] = [];
    page.on('requestfinished', (r) => groottes.push(r.sizes().then((s) => s.responseBodySize + s.responseHeadersSize)));
    try {
      await page.goto('/zoeken/');
      await page
        .locator('[data-zoekstatus]')
        .filter({ hasText: /^Typ een zoekterm/ })
        .waitFor();
      await page.locator('[data-zoekfilters] details').first().waitFor({ state: 'attached' });
      await page.evaluate(() => {
        const w = window as unknown as Venster;
        const status = document.querySelector('[data-zoekstatus]')!;
        const t: NonNullable<Venster['__zoekTijd']> = {};
        w.__zoekTijd = t;
        document
          .querySelector('[data-zoekformulier-pagina]')!
          .addEventListener('submit', () => (t.start = performance.now()), { capture: true });
        new MutationObserver(() => {
          if (t.start !== undefined && t.einde === undefined && / voor “/.test(status.textContent ?? ''))
            t.einde = performance.now();
        }).observe(status, { childList: true, characterData: true, subtree: true });
      });
      await page.locator('#zoekterm').fill(q);
      await page.locator('#zoekterm').press('Enter');
      await page.waitForFunction(() => (window as unknown as Venster).__zoekTijd?.einde !== undefined, undefined, {
        timeout: 15_000,
      });
      const t = await page.evaluate(() => (window as unknown as Venster).__zoekTijd!);
      await page.waitForTimeout(200);
      uit.ms.push(t.einde! - t.start!);
      const b = await Promise.all(groottes);
      uit.bytes.push(b.reduce((s, x) => s + x, 0));
      uit.requests = b.length;
      const problemen = guard.take();
      if (problemen.length) throw new Error(`Problems while searching "${q}": ${problemen.join('; ')}`);
    } finally {
      await context.close();
    }
  }
  return uit;
}
