/**
 * Search in a real browser (headless Chromium via playwright-core) against the built site
 * with its production headers (CSP without unsafe-inline, 'wasm-unsafe-eval' for Pagefind).
 * After every test the session checks for console errors, CSP violations, failed requests
 * and requests to other hosts (tests/helpers/session.ts).
 */
import { describe, expect, it } from 'vitest';
import type { Page, Request } from 'playwright-core';
import { pathOf } from '../../../scripts/lib/browser.ts';
import { skipUnlessBuilt, useSession } from '../../helpers/session.ts';

const statusTekst = (page: Page) => page.locator('[data-zoekstatus]').innerText();
const resultaatLinks = (page: Page) => page.locator('[data-zoekresultaten] > li h3 a');

/** Wait until the live region announces results for `q`; returns its text. */
async function wachtOpResultaten(page: Page, q: string): Promise<string> {
  await expect
    .poll(() => statusTekst(page), { timeout: 15_000, message: `live region for "${q}"` })
    .toMatch(new RegExp(`^(\\d+ resultaten?|Geen resultaten) voor “${q}”`));
  return statusTekst(page);
}

describe('search in the browser', () => {
  const s = useSession();

  it('loads nothing from /pagefind/ and runs no script on a content page, even when the header box gets focus', async () => {
    const { page } = s;
    const pagefind: string[] = [];
    const luister = (r: Request) => {
      if (new URL(r.url()).pathname.startsWith('/pagefind/')) pagefind.push(new URL(r.url()).pathname);
    };
    page.on('request', luister);
    try {
      await page.goto('/handreikingen/');
      await page.waitForLoadState('load');
      await page.waitForTimeout(300);
      expect(pagefind, 'Pagefind files before focus').toEqual([]);
      await page.getByRole('banner').getByRole('searchbox').focus();
      await page.waitForTimeout(300);
      expect(pagefind, 'Pagefind files after focus').toEqual([]);
      expect(await page.locator('script').count(), 'scripts on a content page').toBe(0);
    } finally {
      page.off('request', luister);
    }
  });

  it('header box → results with type, title, highlighted excerpt and date; the live region says how many', async ({ skip }) => {
    const { page } = s;
    await skipUnlessBuilt(s, skip, '/zoeken/', 'search page');
    await page.goto('/handreikingen/');
    const kop = page.getByRole('banner').getByRole('searchbox');
    await kop.fill('woningdelen');
    await kop.press('Enter');
    await page.waitForURL((u) => u.pathname === '/zoeken/' && u.searchParams.get('q') === 'woningdelen');

    const tekst = await wachtOpResultaten(page, 'woningdelen');
    const aantal = Number(/^(\d+)/.exec(tekst)![1]);
    expect(aantal).toBeGreaterThan(1);
    const getoond = await resultaatLinks(page).count();
    expect(getoond).toBe(Math.min(aantal, 10));
    expect(await page.locator('[data-meer]').isVisible()).toBe(aantal > 10);

    // The live region is a polite status that screen readers announce.
    const status = page.getByRole('status');
    expect(await status.getAttribute('aria-live')).toBe('polite');
    expect(await status.innerText()).toBe(tekst);

    // The page's own box shows the query; the first result is the thema hub.
    expect(await page.locator('#zoekterm').inputValue()).toBe('woningdelen');
    expect(await resultaatLinks(page).first().getAttribute('href')).toBe('/themas/woningdelen/');

    const items = page.locator('[data-zoekresultaten] > li');
    for (let i = 0; i < Math.min(getoond, 5); i++) {
      const item = items.nth(i);
      expect((await item.locator('.nl-data-badge').innerText()).trim(), `result ${i + 1} has a type`).toMatch(
        /^(Handreiking|Factsheet|Vraag|Goed voorbeeld|Thema|Gemeente|Provincie)$/,
      );
      expect((await item.locator('h3 a').innerText()).trim().length).toBeGreaterThan(0);
    }
    expect(await page.locator('[data-zoekresultaten] mark').count(), 'search terms highlighted').toBeGreaterThan(0);
    const datum = page.locator('[data-zoekresultaten] time').first();
    expect(await datum.getAttribute('datetime')).toMatch(/^\d{4}-\d{2}-\d{2}$/);
    expect(await datum.innerText()).toMatch(/^\d{1,2} [a-z]+ \d{4}$/);
    expect(await page.title()).toBe('Zoeken: woningdelen | Opnieuw Thuis');
  });

  it('a filter narrows the results, updates the URL and the live region; Back and Forward restore the lists', async ({
    skip,
  }) => {
    const { page } = s;
    await skipUnlessBuilt(s, skip, '/zoeken/', 'search page');
    await page.goto('/zoeken/?q=woningdelen');
    const voor = await wachtOpResultaten(page, 'woningdelen');

    const typeGroep = page.locator('details[data-filter="type"]');
    expect(await typeGroep.evaluate((d) => (d as HTMLDetailsElement).open), 'the type filter is open').toBe(true);
    const handreiking = page.getByRole('checkbox', { name: /^Handreiking \(\d+\)$/ });
    const label = (await page.locator(`label[for="${await handreiking.getAttribute('id')}"]`).innerText()).trim();
    const verwacht = Number(/\((\d+)\)/.exec(label)![1]);
    await handreiking.check();
    await page.waitForURL(
      (u) => u.searchParams.getAll('type').join() === 'handreiking' && u.searchParams.get('q') === 'woningdelen',
    );
    await expect
      .poll(() => statusTekst(page))
      .toBe(`${verwacht} ${verwacht === 1 ? 'resultaat' : 'resultaten'} voor “woningdelen”, met 1 filter`);
    const hrefs = await resultaatLinks(page).evaluateAll((as) => as.map((a) => a.getAttribute('href')));
    expect(hrefs.length).toBe(Math.min(verwacht, 10));
    expect(
      hrefs.every((h) => h!.startsWith('/handreikingen/')),
      hrefs.join(', '),
    ).toBe(true);
    // Keyboard focus stays on the checkbox that was used.
    expect(await page.evaluate(() => (document.activeElement as HTMLInputElement | null)?.value)).toBe('handreiking');

    await page.goBack();
    await page.waitForURL((u) => u.searchParams.getAll('type').length === 0);
    await expect.poll(() => statusTekst(page)).toBe(voor);
    expect(await page.getByRole('checkbox', { name: /^Handreiking/ }).isChecked()).toBe(false);

    await page.goForward();
    await page.waitForURL((u) => u.searchParams.get('type') === 'handreiking');
    await expect.poll(() => page.getByRole('checkbox', { name: /^Handreiking/ }).isChecked()).toBe(true);
  });

  it('a shared URL with query and filters shows the same list, fetching each Pagefind file once', async ({ skip }) => {
    const { page } = s;
    await skipUnlessBuilt(s, skip, '/zoeken/', 'search page');
    const opgehaald: string[] = [];
    const luister = (r: Request) => {
      const u = new URL(r.url());
      if (u.pathname.startsWith('/pagefind/')) opgehaald.push(u.pathname);
    };
    // A fresh page, so nothing comes from the memory cache of earlier tests.
    const vers = await s.context.newPage();
    vers.on('request', luister);
    await vers.goto('/zoeken/?q=flexwoning&type=vraag');
    await wachtOpResultaten(vers, 'flexwoning');
    await vers.waitForTimeout(300);
    const dubbel = opgehaald.filter((p, i) => opgehaald.indexOf(p) !== i);
    expect(dubbel, 'pagefind.js and the preloaded WebAssembly are used once, not fetched again').toEqual([]);
    expect(opgehaald).toEqual(expect.arrayContaining(['/pagefind/pagefind.js', '/pagefind/wasm.nl.pagefind']));
    await vers.close();

    await page.goto('/zoeken/?q=flexwoning&type=vraag&type=factsheet');
    const tekst = await wachtOpResultaten(page, 'flexwoning');
    expect(tekst).toMatch(/, met 2 filters$/);
    expect(await page.locator('#zoekterm').inputValue()).toBe('flexwoning');
    expect(await page.getByRole('checkbox', { name: /^Vraag/ }).isChecked()).toBe(true);
    expect(await page.getByRole('checkbox', { name: /^Factsheet/ }).isChecked()).toBe(true);
    const hrefs = await resultaatLinks(page).evaluateAll((as) => as.map((a) => a.getAttribute('href')!));
    expect(hrefs.length).toBeGreaterThan(0);
    expect(
      hrefs.every((h) => /^\/(vragen|factsheets)\//.test(h)),
      hrefs.join(', '),
    ).toBe(true);
  });

  it('opens a result with the keyboard only', async ({ skip }) => {
    const { page } = s;
    await skipUnlessBuilt(s, skip, '/zoeken/', 'search page');
    await page.goto('/zoeken/');
    await page.locator('#zoekterm').focus();
    await page.keyboard.type('kostendelersnorm');
    await page.keyboard.press('Enter');
    await wachtOpResultaten(page, 'kostendelersnorm');
    const eerste = resultaatLinks(page).first();
    const href = (await eerste.getAttribute('href'))!;
    const titel = (await eerste.innerText()).trim();
    // Tab from the search box to the first result, as a keyboard user would.
    let bereikt = false;
    for (let i = 0; i < 60 && !bereikt; i++) {
      await page.keyboard.press('Tab');
      bereikt = await eerste.evaluate((a) => a === document.activeElement);
    }
    expect(bereikt, 'the first result can be reached with Tab').toBe(true);
    await page.keyboard.press('Enter');
    await page.waitForURL((u) => u.pathname === href);
    expect((await page.locator('h1').innerText()).trim()).toBe(titel);
  });

  it('finds ’s-Gravenhage for "Den Haag" and says why', async ({ skip }) => {
    const { page } = s;
    await skipUnlessBuilt(s, skip, '/land-in-beeld/gemeente/gm0518/', 'Land in beeld gemeente page');
    await page.goto('/zoeken/?q=Den%20Haag');
    await wachtOpResultaten(page, 'Den Haag');
    const eerste = page.locator('[data-zoekresultaten] > li').first();
    expect(await eerste.locator('h3 a').getAttribute('href')).toBe('/land-in-beeld/gemeente/gm0518/');
    expect(await eerste.locator('.nl-data-badge').innerText()).toBe('Gemeente');
    expect(await eerste.locator('.zoekresultaat-alias').innerText()).toBe('Gevonden als: Den Haag');
  });

  it('typing updates the results without submitting, and says so when nothing is found', async ({ skip }) => {
    const { page } = s;
    await skipUnlessBuilt(s, skip, '/zoeken/', 'search page');
    await page.goto('/zoeken/');
    await expect.poll(() => statusTekst(page)).toMatch(/^Typ een zoekterm/);
    await page.locator('#zoekterm').pressSequentially('xqzwv', { delay: 20 });
    await expect.poll(() => statusTekst(page), { timeout: 10_000 }).toBe('Geen resultaten voor “xqzwv”');
    expect(pathOf(page)).toBe('/zoeken/?q=xqzwv');
    expect(await resultaatLinks(page).count()).toBe(0);
  });

  it('"Meer resultaten tonen" adds the next results and moves focus to the first new one', async ({ skip }) => {
    const { page } = s;
    await skipUnlessBuilt(s, skip, '/zoeken/', 'search page');
    await page.goto('/zoeken/?q=gemeente');
    const tekst = await wachtOpResultaten(page, 'gemeente');
    const aantal = Number(/^(\d+)/.exec(tekst)![1]);
    if (aantal <= 10) skip(`SKIPPED: only ${aantal} results for "gemeente"`);
    await page.locator('[data-meer]').focus();
    await page.keyboard.press('Enter');
    await expect.poll(() => resultaatLinks(page).count()).toBe(Math.min(aantal, 20));
    expect(
      await resultaatLinks(page)
        .nth(10)
        .evaluate((a) => a === document.activeElement),
    ).toBe(true);
  });
});

describe('the search page without JavaScript', () => {
  const s = useSession({ javaScript: false });

  it('says that search needs JavaScript and links to the thema overview', async ({ skip }) => {
    const { page } = s;
    await skipUnlessBuilt(s, skip, '/zoeken/', 'search page');
    await page.goto('/zoeken/?q=woningdelen');
    // Playwright's text and role queries skip <noscript>, so read it as a visitor sees it.
    const main = await page.getByRole('main').innerText();
    expect(main).toContain('Zoeken werkt alleen met JavaScript.');
    const link = page.locator('main noscript a', { hasText: 'de thema’s' });
    expect(await link.isVisible()).toBe(true);
    expect(await link.getAttribute('href')).toBe('/themas/');
    expect(await page.locator('[data-zoekpagina]').isVisible()).toBe(false);
    await link.click();
    await page.waitForURL('**/themas/');
  });

  it('the header box and the home page box still go to the search page', async () => {
    const { page } = s;
    await page.goto('/');
    const home = page.getByRole('searchbox');
    expect(await home.count(), 'one search box on the home page').toBe(1);
    await home.fill('flexwonen');
    await home.press('Enter');
    await page.waitForURL((u) => u.pathname === '/zoeken/' && u.searchParams.get('q') === 'flexwonen');
    await page.goto('/vragen/');
    const kop = page.getByRole('banner').getByRole('searchbox');
    await kop.fill('flexwonen');
    await kop.press('Enter');
    await page.waitForURL((u) => u.pathname === '/zoeken/' && u.searchParams.get('q') === 'flexwonen');
  });
});
