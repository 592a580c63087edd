/**
 * Journey: a gemeente employee looks for flexwonen. Home → thema Flexwonen → a goed
 * voorbeeld → the Land in beeld page of the voorbeeld's gemeente.
 */
import { describe, expect, it } from 'vitest';
import { pathOf } from '../../../scripts/lib/browser.ts';
import { skipUnlessBuilt, useSession } from '../../helpers/session.ts';

describe('gemeente employee: from the home page to a voorbeeld and its gemeente', () => {
  const s = useSession();

  it('home → thema flexwonen → goed voorbeeld → Land in beeld of that gemeente', async ({ skip }) => {
    const { page } = s;
    await page.goto('/');
    await expect.poll(() => page.locator('h1').textContent()).toMatch(/vergunninghouders/i);

    // The thema cards on the home page.
    await page
      .getByRole('main')
      .getByRole('link', { name: /^Flexwonen/ })
      .click();
    await page.waitForURL('**/themas/flexwonen/');
    expect(await page.locator('h1').textContent()).toMatch(/Flexwonen/);

    // Goede voorbeelden on the thema page (not the overview links).
    const voorbeelden = await page
      .locator('main a[href^="/goede-voorbeelden/"]')
      .evaluateAll((as) =>
        as
          .map((a) => a.getAttribute('href')!)
          .filter((h) => /^\/goede-voorbeelden\/[^/]+\/$/.test(h) && h !== '/goede-voorbeelden/overzicht/'),
      );
    expect(voorbeelden.length, 'the flexwonen thema lists goede voorbeelden').toBeGreaterThan(0);

    // Open voorbeelden until one names a gemeente with a link to Land in beeld, as a reader would.
    let gemeenteLink: { href: string; naam: string } | undefined;
    for (const href of voorbeelden) {
      await page.locator(`main a[href="${href}"]`).first().click();
      await page.waitForURL(`**${href}`);
      expect(await page.locator('h1').count(), `${href} has one h1`).toBe(1);
      const link = page.locator('main a[href^="/land-in-beeld/gemeente/"]').first();
      if ((await link.count()) > 0) {
        gemeenteLink = { href: (await link.getAttribute('href'))!, naam: (await link.textContent())!.trim() };
        break;
      }
      await page.goBack();
      await page.waitForURL('**/themas/flexwonen/');
    }
    expect(gemeenteLink, 'a flexwonen voorbeeld links to its gemeente in Land in beeld').toBeDefined();
    expect(gemeenteLink!.href).toMatch(/^\/land-in-beeld\/gemeente\/gm\d{4}\/$/);

    await skipUnlessBuilt(s, skip, gemeenteLink!.href, 'gemeente page of Land in beeld');
    await page.locator(`main a[href="${gemeenteLink!.href}"]`).first().click();
    await page.waitForURL(`**${gemeenteLink!.href}`);
    expect(pathOf(page)).toBe(gemeenteLink!.href);
    expect(await page.locator('h1').textContent()).toContain(gemeenteLink!.naam);
  });
});
