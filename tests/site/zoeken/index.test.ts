/**
 * The built site, read as files: the search index covers exactly the main content of the
 * pages that should be found, the search page works without inline code and says what
 * to do without JavaScript, and no page loads Pagefind by itself.
 */
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import * as pagefind from 'pagefind';
import { beforeAll, describe, expect, it } from 'vitest';
import { htmlFiles, requireDist, urlPathOf } from '../../../scripts/lib/paths.ts';
import { DomUtils, elements, loadPage, type Element } from '../../helpers/html.ts';

let dist: string;
let paginas: { file: string; source: string }[];

beforeAll(() => {
  dist = requireDist();
  paginas = htmlFiles(dist).map((file) => ({ file, source: readFileSync(join(dist, file), 'utf8') }));
});

const attr = (el: Element, naam: string) => el.attribs[naam];

describe('the index', () => {
  it('is one Dutch index with every page that has data-pagefind-body', () => {
    const entry = JSON.parse(readFileSync(join(dist, 'pagefind', 'pagefind-entry.json'), 'utf8')) as {
      languages: Record<string, { page_count: number }>;
    };
    expect(Object.keys(entry.languages)).toEqual(['nl']);
    const metBody = paginas.filter((p) => /\sdata-pagefind-body[\s>=]/.test(p.source));
    expect(entry.languages.nl!.page_count).toBe(metBody.length);
    expect(metBody.length).toBeGreaterThan(20);
  });

  it('indexes only the <main> element, so navigation and footer are never search text', () => {
    for (const p of paginas.filter((x) => x.source.includes('data-pagefind-body'))) {
      const { doc } = loadPage(dist, p.file);
      const body = elements(doc, (e) => 'data-pagefind-body' in e.attribs);
      expect(
        body.map((e) => e.name),
        p.file,
      ).toEqual(['main']);
    }
  });

  it('leaves out overview pages, the search page and the 404 page', () => {
    const buiten = paginas.filter((p) => !p.source.includes('data-pagefind-body')).map((p) => urlPathOf(p.file));
    expect(buiten).toEqual(expect.arrayContaining(['/zoeken/', '/404.html', '/themas/', '/handreikingen/']));
  });

  it('holds exactly the pages Pagefind itself makes of the built files (indexed while rendering, from <main> only)', async () => {
    // Fragment files are named by a hash of their content (address, text, meta, filters), so the
    // same names mean the same pages; the index chunks differ only in page numbering (order).
    const uit = mkdtempSync(join(tmpdir(), 'ot-pagefind-'));
    try {
      const { index } = await pagefind.createIndex({ forceLanguage: 'nl' });
      const metBody = paginas.filter((p) => p.source.includes('data-pagefind-body')).map((p) => p.file);
      const r = await index!.addDirectory({ path: dist, glob: `{${metBody.join(',')}}` });
      expect(r.errors).toEqual([]);
      expect((await index!.writeFiles({ outputPath: uit })).errors).toEqual([]);
      expect(readdirSync(join(dist, 'pagefind', 'fragment')).sort()).toEqual(readdirSync(join(uit, 'fragment')).sort());
    } finally {
      await pagefind.close();
      rmSync(uit, { recursive: true, force: true });
    }
  }, 60_000);

  it('gives every Land in beeld gemeente and provincie page its names (ZoekAliassen)', () => {
    const lib = paginas.filter((p) => /^land-in-beeld\/(gemeente|provincie)\/[^/]+\/index\.html$/.test(p.file));
    const zonder = lib.filter((p) => !p.source.includes('data-zoek-aliassen')).map((p) => p.file);
    expect(zonder, 'pages without <ZoekAliassen>').toEqual([]);
  });
});

describe('no inline code (the CSP has no unsafe-inline)', () => {
  it('has no <script> without src on any page', () => {
    const inline: string[] = [];
    for (const p of paginas) {
      const { doc } = loadPage(dist, p.file);
      for (const s of elements(doc, (e) => e.name === 'script')) {
        const type = attr(s, 'type') ?? '';
        if (!attr(s, 'src') && !/json/.test(type)) inline.push(`${p.file}: ${DomUtils.textContent(s).slice(0, 60)}`);
      }
    }
    expect(inline).toEqual([]);
  });

  it('has no style attributes or <style> elements on the search page', () => {
    const { doc } = loadPage(dist, 'zoeken/index.html');
    expect(elements(doc, (e) => 'style' in e.attribs).map((e) => e.name)).toEqual([]);
    expect(elements(doc, (e) => e.name === 'style')).toEqual([]);
  });
});

describe('the search page without JavaScript', () => {
  it('says plainly that search needs JavaScript and links to the thema overview', () => {
    const { doc } = loadPage(dist, 'zoeken/index.html');
    const noscript = elements(doc, (e) => e.name === 'noscript' && (e.parent as { name?: string } | null)?.name !== 'head');
    expect(noscript).toHaveLength(1);
    const tekst = DomUtils.textContent(noscript[0]!);
    expect(tekst).toMatch(/Zoeken werkt alleen met JavaScript/);
    expect(noscript[0]!.children.length).toBeGreaterThan(0);
    const links = elements(noscript[0]!, (e) => e.name === 'a').map((a) => attr(a, 'href'));
    expect(links).toContain('/themas/');
  });

  it('hides the search form and results without JavaScript (a stylesheet inside <noscript>), and shows them from the first paint with it', () => {
    const { doc } = loadPage(dist, 'zoeken/index.html');
    const wortel = elements(doc, (e) => 'data-zoekpagina' in e.attribs);
    expect(wortel).toHaveLength(1);
    expect('hidden' in wortel[0]!.attribs).toBe(false);
    const noscript = elements(
      doc,
      (e) => e.name === 'noscript' && e.parent !== null && (e.parent as { name?: string }).name === 'head',
    );
    const link = noscript.flatMap((n) => elements(n, (e) => e.name === 'link'));
    expect(link.map((l) => attr(l, 'href'))).toContain('/zoeken-zonder-js.css');
    expect(readFileSync(join(dist, 'zoeken-zonder-js.css'), 'utf8')).toMatch(/\[data-zoekpagina\]\s*\{\s*display:\s*none/);
  });

  it('has a polite live region and a labelled search landmark', () => {
    const { doc } = loadPage(dist, 'zoeken/index.html');
    const status = elements(doc, (e) => 'data-zoekstatus' in e.attribs)[0]!;
    expect(attr(status, 'role')).toBe('status');
    expect(attr(status, 'aria-live')).toBe('polite');
    const zoekvormen = elements(doc, (e) => e.name === 'form' && attr(e, 'role') === 'search');
    const namen = zoekvormen.map((f) => attr(f, 'aria-label') ?? attr(f, 'aria-labelledby'));
    expect(namen.every(Boolean), 'every search landmark has a name').toBe(true);
    expect(new Set(namen).size, 'two search landmarks, two names').toBe(namen.length);
  });
});

describe('Pagefind loads only when needed', () => {
  it('no page but the search page refers to /pagefind/ in its HTML (content pages load no search code at all)', () => {
    const met = paginas.filter((p) => /(src|href)="\/pagefind\//.test(p.source)).map((p) => p.file);
    expect(met).toEqual(['zoeken/index.html']);
    const { doc } = loadPage(dist, 'zoeken/index.html');
    const vroeg = elements(
      doc,
      (e) => ['link', 'script'].includes(e.name) && /^\/pagefind\//.test(attr(e, 'href') ?? attr(e, 'src') ?? ''),
    );
    expect(vroeg.map((e) => `${e.name} ${attr(e, 'rel') ?? attr(e, 'type')} ${attr(e, 'href') ?? attr(e, 'src')}`)).toEqual([
      'script module /pagefind/pagefind.js',
      'link preload /pagefind/wasm.nl.pagefind',
    ]);
    // The files loaded early exist (the index is forced to Dutch).
    for (const e of vroeg) expect(existsSync(join(dist, attr(e, 'href') ?? attr(e, 'src')!)), e.name).toBe(true);
  });

  it('every page has exactly one search box, a plain GET to /zoeken/ (in the header, or on the home and 404 page their own)', () => {
    for (const p of paginas) {
      if (!p.source.includes('<header class="site-header"')) continue;
      const { doc } = loadPage(dist, p.file);
      const zoekvelden = elements(doc, (e) => e.name === 'input' && attr(e, 'type') === 'search');
      if (p.file === 'zoeken/index.html') {
        expect(
          zoekvelden.map((e) => attr(e, 'id')),
          'the search page has only its own box',
        ).toEqual(['zoekterm']);
        continue;
      }
      expect(zoekvelden.length, `${p.file}: one search box`).toBe(1);
      if (p.file === '404.html') expect(attr(zoekvelden[0]!, 'id'), 'the 404 page shows its own box').toBe('zoek-404');
      const kop = elements(doc, (e) => e.name === 'form' && 'data-zoekformulier' in e.attribs);
      expect(kop.length, p.file).toBeGreaterThanOrEqual(1);
      expect(attr(kop[0]!, 'action'), p.file).toBe('/zoeken/');
      expect(attr(kop[0]!, 'method'), p.file).toBe('get');
      if (p.file === 'index.html')
        expect(
          zoekvelden.map((e) => attr(e, 'id')),
          'the home page shows one box',
        ).toEqual(['zoek-home']);
    }
  });
});
