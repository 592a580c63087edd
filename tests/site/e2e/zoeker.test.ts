/**
 * Journey: a visitor searches from the header box, narrows the results with a
 * filter and opens a result. Short on purpose: tests/site/zoeken/ tests search
 * itself (ranking, filters, no-JS); this only proves the path through the site
 * works in a real browser with the production headers (CSP, wasm, no other hosts).
 */
import { describe, expect, it } from 'vitest';
import { skipUnlessBuilt, useSession } from '../../helpers/session.ts';

describe('searcher: header box → results → filter → result page', () => {
  const s = useSession();

  it('finds flexwoningen, filters on handreiking and opens the first result', async ({ skip }) => {
    const { page } = s;
    await skipUnlessBuilt(s, skip, '/zoeken/', 'search page');
    await skipUnlessBuilt(s, skip, '/pagefind/pagefind.js', 'Pagefind index');

    await page.goto('/handreikingen/');
    const kop = page.getByRole('banner').getByRole('searchbox');
    await kop.fill('flexwoning');
    await kop.press('Enter');
    await page.waitForURL(/\/zoeken\/\?q=flexwoning/);

    const resultaten = page.locator('[data-zoekresultaten] li a, ol.zoekresultaten li a');
    await expect.poll(() => resultaten.count(), { timeout: 15_000, message: 'results for "flexwoning"' }).toBeGreaterThan(0);
    const voor = await resultaten.count();

    // Filter on type "handreiking" (the filters are checkboxes, in a <details> per filter).
    const typeGroep = page.locator('details[data-filter="type"]');
    if ((await typeGroep.count()) > 0 && !(await typeGroep.evaluate((d) => (d as HTMLDetailsElement).open))) {
      await typeGroep.locator('summary').click();
    }
    const filter = page.getByRole('checkbox', { name: /handreiking/i }).first();
    await expect.poll(() => filter.count(), { timeout: 10_000, message: 'a filter checkbox "Handreiking" on /zoeken/' }).toBe(1);
    await filter.check();
    await expect
      .poll(
        async () =>
          (await resultaten.evaluateAll((as) => as.map((a) => a.getAttribute('href')))).every((h) =>
            h?.startsWith('/handreikingen/'),
          ),
        {
          timeout: 10_000,
          message: 'after the filter only handreikingen are listed',
        },
      )
      .toBe(true);
    const na = await resultaten.count();
    expect(na).toBeGreaterThan(0);
    expect(na).toBeLessThanOrEqual(voor);

    const eerste = resultaten.first();
    const href = (await eerste.getAttribute('href'))!;
    const titel = (await eerste.textContent())!.trim();
    await eerste.click();
    await page.waitForURL((u) => u.pathname === new URL(href, s.url).pathname);
    expect((await page.locator('h1').textContent())!.trim()).toBe(titel);
    expect((await page.locator('main').innerText()).toLowerCase()).toMatch(/flexwon/);
  });
});
