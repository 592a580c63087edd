/**
 * Every content template at 375 px wide (a small phone) in Chromium: the page never
 * scrolls sideways, and whatever is wider than the screen (the matrix, a table)
 * scrolls inside a region that keyboard users can reach (tabindex=0) and that has a name.
 * Also: long words break with hyphens (lang="nl" and hyphens: auto).
 */
import { existsSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { distDir } from '../../../scripts/lib/paths.ts';
import { useSession } from '../../helpers/session.ts';

const BREEDTE = 375;

/** Every page below `section` in dist/ (one level, or two for the voorbeeld filter pages). */
function paginas(section: string, diepte = 1): string[] {
  const out: string[] = [];
  const walk = (rel: string, d: number) => {
    const dir = join(distDir(), rel);
    if (!existsSync(dir)) return;
    for (const e of readdirSync(dir, { withFileTypes: true })) {
      if (!e.isDirectory()) continue;
      const sub = `${rel}/${e.name}`;
      if (existsSync(join(distDir(), sub, 'index.html'))) out.push(`/${sub}/`);
      if (d > 1) walk(sub, d - 1);
    }
  };
  walk(section, diepte);
  return out.sort();
}

const VAST = [
  '/',
  '/themas/',
  '/handreikingen/',
  '/factsheets/',
  '/vragen/',
  '/goede-voorbeelden/',
  '/goede-voorbeelden/overzicht/',
  '/over/',
  '/ondersteuning/',
  '/toegankelijkheid/',
  '/privacy/',
  '/zoeken/',
  '/zoeken/?q=woningdelen',
  '/bestaat-niet/',
];
const PAGINAS = [
  ...VAST,
  ...paginas('themas'),
  ...paginas('handreikingen'),
  ...paginas('factsheets'),
  ...paginas('vragen'),
  ...paginas('goede-voorbeelden', 2).filter((p) => p !== '/goede-voorbeelden/overzicht/'),
];

interface Meting {
  scrollWidth: number;
  clientWidth: number;
  /** Elements sticking out past the right edge of the screen, outside any scroll region. */
  uitstekers: string[];
  /** Scrollable regions (content wider than the box) without tabindex=0 or without a name. */
  onbereikbaar: string[];
  scrollRegios: number;
  lang: string | null;
  hyphens: string;
}

describe(`every content template at ${BREEDTE} px`, () => {
  const s = useSession();

  it('covers every type of page', () => {
    for (const p of ['/themas/flexwonen/', '/goede-voorbeelden/thema/flexwonen/']) expect(PAGINAS).toContain(p);
    expect(PAGINAS.filter((p) => p.startsWith('/handreikingen/')).length).toBeGreaterThan(1);
    expect(PAGINAS.filter((p) => /^\/goede-voorbeelden\/provincie\/[^/]+\/$/.test(p)).length).toBeGreaterThan(0);
  });

  it.each(PAGINAS)('%s fits the screen', async (pad) => {
    const { page, guard } = s;
    if (pad === '/bestaat-niet/') guard.allowStatus((url, status) => status === 404 && url.includes('/bestaat-niet/'));
    await page.setViewportSize({ width: BREEDTE, height: 800 });
    await page.goto(pad);
    const m: Meting = await page.evaluate((breedte) => {
      const naam = (el: Element) => {
        const id = el.id ? `#${el.id}` : '';
        const cls = el.getAttribute('class') ? `.${el.getAttribute('class')!.trim().split(/\s+/).join('.')}` : '';
        return `<${el.tagName.toLowerCase()}${id}${cls}> «${(el.textContent ?? '').trim().slice(0, 40)}»`;
      };
      const scrollt = (el: Element) => {
        const cs = getComputedStyle(el);
        return ['auto', 'scroll', 'hidden', 'clip'].includes(cs.overflowX);
      };
      const uitstekers: string[] = [];
      const onbereikbaar: string[] = [];
      let scrollRegios = 0;
      for (const el of Array.from(document.body.querySelectorAll('*'))) {
        const cs = getComputedStyle(el);
        if (cs.display === 'none' || cs.visibility === 'hidden' || el.closest('.visually-hidden, .nl-skip-link')) continue;
        if (scrollt(el) && el.scrollWidth > el.clientWidth + 1 && ['auto', 'scroll'].includes(cs.overflowX)) {
          scrollRegios++;
          const label =
            el.getAttribute('aria-label') ||
            (el.getAttribute('aria-labelledby') &&
              document.getElementById(el.getAttribute('aria-labelledby')!)?.textContent?.trim());
          if (el.getAttribute('tabindex') !== '0' || !label) onbereikbaar.push(naam(el));
        }
        const r = el.getBoundingClientRect();
        if (r.width === 0 || r.height === 0) continue;
        if (r.right > breedte + 1) {
          let p = el.parentElement;
          let binnenScroll = false;
          while (p && p !== document.body) {
            if (scrollt(p)) {
              binnenScroll = true;
              break;
            }
            p = p.parentElement;
          }
          if (!binnenScroll) uitstekers.push(`${naam(el)} right edge at ${Math.round(r.right)} px`);
        }
      }
      return {
        scrollWidth: document.documentElement.scrollWidth,
        clientWidth: document.documentElement.clientWidth,
        uitstekers: uitstekers.slice(0, 5),
        onbereikbaar,
        scrollRegios,
        lang: document.documentElement.getAttribute('lang'),
        hyphens: getComputedStyle(document.body).hyphens,
      };
    }, BREEDTE);
    expect(m.uitstekers, `${pad}: elements wider than ${BREEDTE} px outside a scroll region`).toEqual([]);
    expect(m.scrollWidth, `${pad}: the page scrolls sideways (${m.scrollWidth} px wide)`).toBeLessThanOrEqual(m.clientWidth);
    expect(m.onbereikbaar, `${pad}: scroll regions need tabindex="0" and a name`).toEqual([]);
    expect(m.lang).toBe('nl');
    expect(m.hyphens).toBe('auto');
    if (pad === '/goede-voorbeelden/overzicht/')
      expect(m.scrollRegios, 'the matrix scrolls inside its own region').toBeGreaterThan(0);
  });
});
