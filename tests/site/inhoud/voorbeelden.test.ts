/** /goede-voorbeelden/ in dist/: each project once, findable by thema, doelgroep and provincie without JavaScript; a correct matrix; lessons once. */
import { existsSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { attr, byTag, elements, loadPage, text } from '../../helpers/html.ts';
import { distDir } from '../../../scripts/lib/paths.ts';

const dist = distDir();
const NIET_ITEM = new Set(['overzicht', 'thema', 'doelgroep', 'provincie']);
const items = readdirSync(join(dist, 'goede-voorbeelden'), { withFileTypes: true })
  .filter((d) => d.isDirectory() && !NIET_ITEM.has(d.name) && existsSync(join(dist, 'goede-voorbeelden', d.name, 'index.html')))
  .map((d) => `/goede-voorbeelden/${d.name}/`);
const mainVan = (f: string) => byTag(loadPage(dist, f).doc, 'main')[0]!;
const linksNaarItems = (el: ReturnType<typeof mainVan>) =>
  byTag(el, 'a')
    .map((a) => attr(a, 'href')!)
    .filter((h) => items.includes(h));

describe('goede voorbeelden', () => {
  it('lists each project exactly once on /goede-voorbeelden/', () => {
    const links = linksNaarItems(mainVan('goede-voorbeelden/index.html'));
    expect([...links].sort()).toEqual([...items].sort());
  });

  it('links plain filter pages by thema, doelgroep and provincie, and each lists its projects once', () => {
    const main = mainVan('goede-voorbeelden/index.html');
    const filters = byTag(main, 'a')
      .map((a) => attr(a, 'href')!)
      .filter((h) => /^\/goede-voorbeelden\/(thema|doelgroep|provincie)\/[^/]+\/$/.test(h));
    for (const soort of ['thema', 'doelgroep', 'provincie'])
      expect(
        filters.some((h) => h.includes(`/${soort}/`)),
        soort,
      ).toBe(true);
    let totaalProvincie = 0;
    for (const f of filters) {
      const m = mainVan(`${f.slice(1)}index.html`);
      const lijst = elements(m, (el) => el.name === 'ul' && (attr(el, 'class') ?? '').includes('voorbeelden'))[0]!;
      const links = linksNaarItems(lijst);
      expect(links.length, f).toBeGreaterThan(0);
      expect(new Set(links).size, `${f} lists each project once`).toBe(links.length);
      // The count in the filter list matches the page.
      const a = byTag(main, 'a').find((x) => attr(x, 'href') === f)!;
      expect(text(a.parent as never), f).toContain(`(${links.length})`);
      if (f.includes('/provincie/')) totaalProvincie += links.length;
    }
    // Every project is in at least one provincie.
    expect(totaalProvincie).toBeGreaterThanOrEqual(items.length);
  });

  it('has no doelgroep column in the matrix that is empty for every project', () => {
    const m = mainVan('goede-voorbeelden/overzicht/index.html');
    const koppen = byTag(byTag(m, 'thead')[0]!, 'th').map(text);
    const rijen = byTag(byTag(m, 'tbody')[0]!, 'tr').map((tr) => [...byTag(tr, 'th'), ...byTag(tr, 'td')].map(text));
    expect(rijen.length).toBe(items.length);
    const leeg = koppen.filter((_, k) => k >= 2 && k < koppen.length - 1 && rijen.every((r) => r[k] !== 'ja'));
    expect(leeg, 'doelgroep columns without a single project').toEqual([]);
  });

  it.each(items)('%s shows its lessons once', (pad) => {
    const m = mainVan(`${pad.slice(1)}index.html`);
    const koppen = byTag(m, 'h2')
      .map(text)
      .filter((t) => /\b(leren|lessen|geleerd)\b/i.test(t));
    expect(koppen, pad).toHaveLength(1);
  });

  it.each(['index.html', 'themas/index.html', 'goede-voorbeelden/index.html', 'goede-voorbeelden/overzicht/index.html'])(
    '%s uses Dutch words in its own labels',
    (f) => {
      const m = mainVan(f);
      const labels = elements(
        m,
        (el) =>
          ['h1', 'h2', 'h3', 'th', 'nav', 'caption'].includes(el.name) || (attr(el, 'class') ?? '').split(' ').includes('meta'),
      )
        .map(text)
        .join(' | ');
      expect(labels).not.toMatch(/\b(items?|business ?case|community ?builders?|buddy|buddies|match(es)?)\b/i);
    },
  );
});
