/**
 * Journey without JavaScript: a provincie supervisor finds the goede voorbeelden in
 * Limburg, then those for grote gezinnen, by following plain links on /goede-voorbeelden/.
 */
import { describe, expect, it } from 'vitest';
import { useSession } from '../../helpers/session.ts';

describe('goede voorbeelden by provincie and doelgroep, without JavaScript', () => {
  const s = useSession({ javaScript: false });

  it('/goede-voorbeelden/ → Limburg → a voorbeeld; → Grote gezinnen', async () => {
    const { page } = s;
    await page.goto('/goede-voorbeelden/');
    const filters = page.getByRole('navigation', { name: 'Zoek een voorbeeld op' });
    await filters.getByRole('link', { name: 'Limburg', exact: true }).click();
    await page.waitForURL('**/goede-voorbeelden/provincie/limburg/');
    expect(await page.locator('h1').textContent()).toBe('Goede voorbeelden in Limburg');
    const projecten = page.locator('main ul.voorbeelden > li');
    expect(await projecten.count()).toBeGreaterThan(0);
    // "Waar" is the first fact of every card and names the provincie.
    for (const waar of await projecten.locator('dl dd:first-of-type').allTextContents()) expect(waar).toMatch(/\(.*Limburg.*\)/);
    await expect
      .poll(() => filters.getByRole('link', { name: 'Limburg', exact: true }).getAttribute('aria-current'))
      .toBe('page');

    await page.getByRole('navigation', { name: 'Zoek een voorbeeld op' }).getByRole('link', { name: 'Grote gezinnen' }).click();
    await page.waitForURL('**/goede-voorbeelden/doelgroep/grote-gezinnen/');
    const titel = await projecten.first().locator('h2 a').textContent();
    await projecten.first().locator('h2 a').click();
    expect((await page.locator('h1').textContent())!.trim()).toBe(titel!.trim());
    expect(await page.locator('main').textContent()).toMatch(/Voor wie\s*grote gezinnen/);
  });
});
