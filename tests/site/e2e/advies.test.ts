/**
 * Journey: a beleidsmedewerker answers the four questions of Advies op maat, with and without
 * JavaScript, on a 375 px wide screen, and gets the answer page for her gemeente.
 */
import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { axeViolations } from '../../helpers/axe.ts';
import { pathOf } from '../../../scripts/lib/browser.ts';
import { skipUnlessBuilt, useSession, type Session } from '../../helpers/session.ts';

const ANTWOORD = '/advies/jongeren/weinig-sociale-huur/binnen-een-jaar/';

async function vulIn(page: Page): Promise<void> {
  await page.goto('/advies/');
  await page.getByRole('radio', { name: 'Jongeren' }).check();
  await page.getByRole('radio', { name: 'Er zijn te weinig sociale huurwoningen' }).check();
  await page.getByRole('radio', { name: 'Binnen een jaar' }).check();
  await page.getByLabel('4. Uw gemeente (niet verplicht)').selectOption('GM0363');
  await page.getByRole('button', { name: 'Toon advies' }).click();
  await page.waitForURL(`**${ANTWOORD}#GM0363`);
}

async function breedte(page: Page): Promise<number> {
  return page.evaluate(() => document.documentElement.scrollWidth);
}

async function controleerAntwoord(s: Session): Promise<void> {
  const { page } = s;
  expect(pathOf(page)).toBe(ANTWOORD);
  const main = page.getByRole('main');
  await expect.poll(() => main.locator('#GM0363').isVisible()).toBe(true);
  expect(await main.locator('#GM0363').textContent()).toContain('Amsterdam');
  expect(await main.locator('#GM0014').isVisible()).toBe(false);
  expect(await main.locator('.geen-gemeente').isVisible()).toBe(false);
  expect(await main.getByRole('heading', { name: 'Voorbeelden in Noord-Holland' }).isVisible()).toBe(true);
  expect(await main.getByRole('heading', { name: 'Voorbeelden in Utrecht' }).isVisible()).toBe(false);
  expect(await main.locator('.oplossing h3').first().textContent()).toBe('Woningdelen');
  expect(await breedte(page)).toBeLessThanOrEqual(375);
}

for (const javaScript of [false, true]) {
  describe(`Advies op maat ${javaScript ? 'with' : 'without'} JavaScript at 375 px`, () => {
    const s = useSession({ javaScript });

    it('four answers lead to the answer page, with the gemeente and voorbeelden from its provincie', async ({ skip }) => {
      await skipUnlessBuilt(s, skip, '/advies/', 'Advies op maat');
      await s.page.setViewportSize({ width: 375, height: 800 });
      await vulIn(s.page);
      await controleerAntwoord(s);
    });

    it('without a gemeente, the page says how to choose one and shows no gemeente block', async ({ skip }) => {
      await skipUnlessBuilt(s, skip, ANTWOORD, 'answer page');
      await s.page.setViewportSize({ width: 375, height: 800 });
      await s.page.goto(ANTWOORD);
      expect(await s.page.locator('.geen-gemeente').isVisible()).toBe(true);
      expect(await s.page.locator('.gemeente-blok:visible').count()).toBe(0);
      expect(await breedte(s.page)).toBeLessThanOrEqual(375);
    });
  });
}

describe('Advies op maat: accessibility (axe, WCAG 2.2 AA)', () => {
  const s = useSession();
  for (const pad of ['/advies/', `${ANTWOORD}#GM0363`, '/advies/antwoord/']) {
    it(pad, async ({ skip }) => {
      await skipUnlessBuilt(s, skip, pad.split('#')[0]!, 'Advies op maat');
      await s.page.goto(pad);
      expect(await axeViolations(s.page)).toEqual([]);
    });
  }
});
