/**
 * Journey by keyboard only: Tab to the skip link, Enter, then Tab/Enter through
 * home → thema flexwonen → a handreiking. No mouse, no page.goto after the start.
 * Every focused element must show a visible focus indicator (WCAG 2.4.7).
 */
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { useSession } from '../../helpers/session.ts';

interface Focus {
  tag: string;
  id: string;
  href: string | null;
  text: string;
  visible: boolean;
}

async function focused(page: Page): Promise<Focus> {
  return page.evaluate(() => {
    const el = document.activeElement as HTMLElement | null;
    if (!el || el === document.body) return { tag: 'body', id: '', href: null, text: '', visible: false };
    const cs = getComputedStyle(el);
    const outline = cs.outlineStyle !== 'none' && parseFloat(cs.outlineWidth) > 0;
    const shadow = cs.boxShadow !== 'none' && cs.boxShadow !== '';
    const r = el.getBoundingClientRect();
    return {
      tag: el.tagName.toLowerCase(),
      id: el.id,
      href: el.getAttribute('href'),
      text: (el.textContent ?? '').trim().slice(0, 60),
      visible: (outline || shadow) && r.width > 0 && r.height > 0,
    };
  });
}

/** Press Tab until the focused element matches; fail after `max` presses. */
async function tabTo(page: Page, match: (f: Focus) => boolean, what: string, max = 80): Promise<Focus> {
  const seen: string[] = [];
  for (let i = 0; i < max; i++) {
    await page.keyboard.press('Tab');
    const f = await focused(page);
    expect(f.visible, `focus indicator visible on <${f.tag}> "${f.text}" (${f.href ?? f.id})`).toBe(true);
    if (match(f)) return f;
    seen.push(f.href ?? f.text);
  }
  throw new Error(`${what}: not reached in ${max} Tab presses; focus went through ${seen.join(' | ')}`);
}

/** After a page load: the first Tab lands on the skip link; Enter moves focus to <main>. */
async function skipToContent(page: Page): Promise<void> {
  await page.keyboard.press('Tab');
  const f = await focused(page);
  expect(f, 'first Tab stop is the skip link').toMatchObject({ tag: 'a', href: '#inhoud', text: 'Naar de inhoud' });
  expect(f.visible, 'the skip link is visible when focused').toBe(true);
  await page.keyboard.press('Enter');
  expect(await page.evaluate(() => document.activeElement?.id), 'Enter on the skip link focuses <main id="inhoud">').toBe(
    'inhoud',
  );
}

describe('keyboard only: skip link, then Tab and Enter through the library', () => {
  const s = useSession();

  it('home → thema flexwonen → a handreiking, by keyboard', async () => {
    const { page } = s;
    await page.goto('/');

    await skipToContent(page);
    // From <main>, the next Tab stops are inside the content, not the header menu.
    const eerste = await tabTo(page, () => true, 'first stop in main');
    expect(
      await page.evaluate(() => !!document.activeElement?.closest('main')),
      `first Tab after the skip link stays in <main> (${eerste.text})`,
    ).toBe(true);

    await tabTo(page, (f) => f.href === '/themas/flexwonen/', 'link to thema flexwonen');
    await page.keyboard.press('Enter');
    await page.waitForURL('**/themas/flexwonen/');

    await skipToContent(page);
    const handreiking = await tabTo(
      page,
      (f) => /^\/handreikingen\/[^/]+\/$/.test(f.href ?? ''),
      'a handreiking on the thema page',
    );
    await page.keyboard.press('Enter');
    await page.waitForURL(`**${handreiking.href}`);
    expect((await page.locator('h1').textContent())!.trim().length).toBeGreaterThan(0);

    // And back up through the breadcrumbs, by keyboard: Shift+Tab from main reaches them.
    await skipToContent(page);
    let terug: Focus | undefined;
    for (let i = 0; i < 15 && !terug; i++) {
      await page.keyboard.press('Shift+Tab');
      const f = await focused(page);
      if (f.href === '/handreikingen/' && (await page.evaluate(() => !!document.activeElement?.closest('nav:not(.site-nav)'))))
        terug = f;
    }
    expect(terug, 'the breadcrumb link to Handreikingen is reachable with Shift+Tab').toBeDefined();
    await page.keyboard.press('Enter');
    await page.waitForURL('**/handreikingen/');
  });
});
