/**
 * axe (WCAG 2.0/2.1/2.2 A and AA): zero violations on one page of every library
 * template, the search page (empty and with results) and the 404 page.
 */
import { describe, expect, it } from 'vitest';
import { axeViolations } from '../../helpers/axe.ts';
import { distDir, eersteItem } from '../../../scripts/lib/paths.ts';
import { skipUnlessBuilt, useSession } from '../../helpers/session.ts';

/** The first item page of a section in dist/, so the test follows the content. */
const firstItem = (section: string, except: string[] = []) =>
  eersteItem(distDir(), section, except) ?? `/${section}/(geen-items)/`;

const PAGES: [string, string][] = [
  ['home', '/'],
  ['overview: thema’s', '/themas/'],
  ['overview: handreikingen', '/handreikingen/'],
  ['overview: factsheets', '/factsheets/'],
  ['overview: vragen', '/vragen/'],
  ['overview: goede voorbeelden', '/goede-voorbeelden/'],
  ['item: handreiking', firstItem('handreikingen')],
  ['item: factsheet', firstItem('factsheets')],
  ['item: vraag', firstItem('vragen')],
  ['item: goed voorbeeld', firstItem('goede-voorbeelden', ['overzicht', 'thema', 'doelgroep', 'provincie'])],
  ['thema hub', '/themas/flexwonen/'],
  ['matrix of goede voorbeelden', '/goede-voorbeelden/overzicht/'],
  ['filter page of goede voorbeelden: thema', '/goede-voorbeelden/thema/flexwonen/'],
  ['filter page of goede voorbeelden: provincie', '/goede-voorbeelden/provincie/noord-holland/'],
  ['item with tables in its text', '/handreikingen/huisvestingsproces-van-koppeling-tot-sleuteloverdracht/'],
  ['search page', '/zoeken/'],
  ['over', '/over/'],
  ['ondersteuning', '/ondersteuning/'],
  ['toegankelijkheid', '/toegankelijkheid/'],
  ['privacy', '/privacy/'],
];

describe('accessibility (axe, WCAG 2.2 AA) of the library templates', () => {
  const s = useSession();

  for (const [name, path] of PAGES) {
    it(`${name}: ${path}`, async ({ skip }) => {
      await skipUnlessBuilt(s, skip, path, name);
      await s.page.goto(path);
      expect(await axeViolations(s.page)).toEqual([]);
    });
  }

  it('search page with results: /zoeken/?q=woning', async ({ skip }) => {
    await skipUnlessBuilt(s, skip, '/zoeken/', 'search page');
    await s.page.goto('/zoeken/?q=woning');
    await expect.poll(() => s.page.locator('[data-zoekresultaten] li').count(), { timeout: 15_000 }).toBeGreaterThan(0);
    expect(await axeViolations(s.page)).toEqual([]);
  });

  it('reports violations when there are any (self-check of the axe set-up)', async () => {
    await s.page.goto('/');
    await s.page.evaluate(() => {
      const main = document.querySelector('main')!;
      main.insertAdjacentHTML(
        'beforeend',
        '<img src="data:image/gif;base64,R0lGODlhAQABAAAAACw="><button type="button"></button>',
      );
    });
    const found = await axeViolations(s.page);
    expect(found.map((v) => v.split(' ')[0])).toEqual(expect.arrayContaining(['button-name', 'image-alt']));
  });

  it('404 page for an unknown URL', async () => {
    s.guard.allowStatus((url, status) => status === 404 && url.endsWith('/bestaat-niet/'));
    const r = await s.page.goto('/bestaat-niet/');
    expect(r?.status()).toBe(404);
    expect(await s.page.locator('h1').count()).toBe(1);
    expect(await axeViolations(s.page)).toEqual([]);
  });
});
