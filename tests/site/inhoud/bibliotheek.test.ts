/** The knowledge library as a visitor finds it in the built site (dist/). */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { byTag, attr, loadPage, text } from '../../helpers/html.ts';
import { distDir } from '../../../scripts/lib/paths.ts';
import themas from '../../../data/themas.json' with { type: 'json' };

const dist = distDir();
const paginas = (map: string) =>
  readdirSync(join(dist, map), { withFileTypes: true })
    .filter((d) => d.isDirectory() && existsSync(join(dist, map, d.name, 'index.html')))
    .map((d) => d.name);

describe('knowledge library in dist/', () => {
  it.each([
    ['handreikingen', 6],
    ['factsheets', 8],
    ['vragen', 30],
    ['goede-voorbeelden', 12],
  ])('has at least the required number of %s pages', (map, min) => {
    const n = paginas(map).filter((p) => p !== 'overzicht').length;
    expect(n).toBeGreaterThanOrEqual(min);
  });

  it.each(themas.map((t) => [t.id, t.naam]))('thema hub %s gathers at least 3 items', (id, naam) => {
    const page = loadPage(dist, `themas/${id}/index.html`);
    expect(text(byTag(page.doc, 'h1')[0]!)).toBe(naam);
    const items = byTag(page.doc, 'li').filter((li) => li.attribs.class === 'kaart');
    expect(items.length).toBeGreaterThanOrEqual(3);
  });

  it('shows a factsheet’s key figures with their source', () => {
    const page = loadPage(dist, 'factsheets/kerncijfers-taakstelling-en-realisatie-2015/index.html');
    const blok = text(byTag(page.doc, 'ul').find((u) => u.attribs.class === 'kerncijfers')!);
    expect(blok).toContain('16.753');
    expect(blok).toContain('Bron:');
  });

  it('shows a goed voorbeeld with its status update, "onbekend" costs and a link to its gemeente', () => {
    const page = loadPage(dist, 'goede-voorbeelden/startblok-riekerhaven/index.html');
    const body = text(byTag(page.doc, 'main')[0]!);
    expect(body).toMatch(/Laatste stand \(\d+ \w+ \d{4}\)/);
    expect(body).toContain('Stichtingskosten');
    const links = byTag(page.doc, 'a').map((a) => attr(a, 'href'));
    expect(links).toContain('/land-in-beeld/gemeente/gm0363/');
  });

  it('renders the matrix of voorbeelden with one row per voorbeeld', () => {
    const page = loadPage(dist, 'goede-voorbeelden/overzicht/index.html');
    const rijen = byTag(byTag(page.doc, 'tbody')[0]!, 'tr');
    expect(rijen.length).toBe(paginas('goede-voorbeelden').filter((p) => p !== 'overzicht').length);
    expect(text(byTag(page.doc, 'thead')[0]!)).toMatch(
      /Alleenstaanden.*Gezinnen.*Grote gezinnen.*Jongeren.*Gemengd.*Rijkssubsidie/,
    );
  });

  it('has exactly one h1, a skip link, Dutch language and OpenGraph metadata on an item page', () => {
    const page = loadPage(dist, 'handreikingen/woningdelen-voor-vergunninghouders/index.html');
    expect(byTag(page.doc, 'h1')).toHaveLength(1);
    expect(page.source).toContain('<html lang="nl">');
    expect(byTag(page.doc, 'a')[0]!.attribs.href).toBe('#inhoud');
    const og = byTag(page.doc, 'meta')
      .filter((m) => m.attribs.property?.startsWith('og:'))
      .map((m) => m.attribs.property);
    expect(og).toEqual(expect.arrayContaining(['og:title', 'og:description', 'og:url', 'og:image', 'og:locale']));
  });

  it('publishes a sitemap, an RSS feed of items and a 404 page', () => {
    expect(existsSync(join(dist, 'sitemap-index.xml'))).toBe(true);
    const rss = readFileSync(join(dist, 'rss.xml'), 'utf8');
    expect(rss).toContain('<language>nl-nl</language>');
    expect((rss.match(/<item>/g) ?? []).length).toBeGreaterThanOrEqual(30);
    expect(text(byTag(loadPage(dist, '404.html').doc, 'h1')[0]!)).toBe('Deze pagina bestaat niet');
  });

  it('formats dates in Dutch', () => {
    const page = loadPage(dist, 'vragen/index.html');
    expect(page.source).not.toMatch(
      /\b(January|February|March|April|May|June|July|August|September|October|November|December)\b/,
    );
    const home = loadPage(dist, 'index.html');
    expect(text(byTag(home.doc, 'main')[0]!)).toMatch(
      /\d{1,2} (januari|februari|maart|april|mei|juni|juli|augustus|september|oktober|november|december) \d{4}/,
    );
  });
});
