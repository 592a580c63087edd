/**
 * The search index is built while Astro renders (src/integrations/pagefind.ts): Astro's own
 * prerenderer is wrapped, every page passes unchanged and pages with data-pagefind-body go to
 * Pagefind in the order of Astro's list of paths, whatever order they finish in. Here with a fake
 * prerenderer, without Astro or Pagefind; tests/site/zoeken checks the real index of the build.
 */
import type { AstroPrerenderer } from 'astro';
import { describe, expect, it } from 'vitest';
import { alleenHoofdinhoud, metZoekindex, PaginaVolgorde, zonderOverslagen } from '../../../src/integrations/pagefind.ts';

const html = (titel: string, body = true) =>
  `<!DOCTYPE html><html lang="nl"><head><title>${titel}</title></head><body><main${body ? ' data-pagefind-body' : ''}><h1>${titel}</h1></main></body></html>`;

interface Pagina {
  status?: number;
  type?: string;
  body: string;
}

/** A fake of Astro's default prerenderer: `paden` in Astro's order, rendered after `vertraging` ms; the route component is the path's first segment. */
function neppeRenderer(paden: Record<string, Pagina>, vertraging: Record<string, number> = {}): AstroPrerenderer {
  return {
    name: 'astro:default',
    getStaticPaths: async () =>
      Object.keys(paden).map((pathname) => ({
        pathname,
        route: {
          type: /\.(csv|json|xml)$/.test(pathname) ? 'endpoint' : 'page',
          component: `src/pages/${pathname.split('/')[1]}/`,
        } as never,
      })),
    render: async (request) => {
      const pad = new URL(request.url).pathname.replace(/(.)\/$/, '$1');
      await new Promise((r) => setTimeout(r, vertraging[pad] ?? 0));
      const p = paden[pad]!;
      return new Response(p.body, { status: p.status ?? 200, headers: { 'Content-Type': p.type ?? 'text/html' } });
    },
  };
}

async function bouw(paden: Record<string, Pagina>, vertraging: Record<string, number> = {}) {
  const gegeven: string[] = [];
  const volgorde = new PaginaVolgorde((url) => gegeven.push(url));
  const r = metZoekindex(neppeRenderer(paden, vertraging), volgorde);
  const lijst = await r.getStaticPaths();
  const uit = await Promise.all(
    lijst.map(async ({ pathname, route }) => {
      const url = /\.\w+$/.test(pathname) || pathname === '/' ? pathname : `${pathname}/`;
      const res = await r.render(new Request(`https://example.nl${url}`), { routeData: route });
      return res instanceof Response ? res : res.response;
    }),
  );
  volgorde.rest();
  return { gegeven, uit, lijst: lijst.map((p) => p.pathname), volgorde };
}

describe('render-time indexing (src/integrations/pagefind.ts)', () => {
  it('hands pages to Pagefind in the order of Astro’s list, not in the order they finish', async () => {
    const { gegeven } = await bouw(
      { '/a': { body: html('A') }, '/b': { body: html('B') }, '/c': { body: html('C') } },
      { '/a': 30, '/b': 10, '/c': 0 },
    );
    expect(gegeven).toEqual(['/a/', '/b/', '/c/']);
  });

  it('gives the same order on every run, whatever the timing', async () => {
    const paden = Object.fromEntries(Array.from({ length: 12 }, (_, i) => [`/p${i}`, { body: html(`P${i}`) }]));
    const a = await bouw(paden, Object.fromEntries(Object.keys(paden).map((p, i) => [p, (i * 7) % 5])));
    const b = await bouw(paden, Object.fromEntries(Object.keys(paden).map((p, i) => [p, (i * 3) % 4])));
    expect(a.gegeven).toEqual(b.gegeven);
    expect(a.gegeven).toEqual(Object.keys(paden).map((p) => `${p}/`));
  });

  it('indexes only HTML pages with data-pagefind-body', async () => {
    const { gegeven } = await bouw({
      '/': { body: html('Home') },
      '/archief': { body: html('Archief', false) },
      '/data.csv': { body: 'code;naam\nGM0363;Amsterdam', type: 'text/csv' },
      '/404': { body: html('Niet gevonden'), status: 404 },
    });
    expect(gegeven).toEqual(['/']);
  });

  it('passes every response on unchanged: body, status and headers', async () => {
    const { uit, lijst } = await bouw({
      '/a': { body: html('A') },
      '/b.csv': { body: 'x;y', type: 'text/csv' },
      '/404': { body: html('Niet gevonden'), status: 404 },
    });
    const bij = (p: string) => uit[lijst.indexOf(p)]!;
    expect(await bij('/a').text()).toBe(html('A'));
    expect(bij('/a').headers.get('content-type')).toBe('text/html');
    expect(await bij('/b.csv').text()).toBe('x;y');
    expect(bij('/b.csv').headers.get('content-type')).toBe('text/csv');
    expect(bij('/404').status).toBe(404);
  });

  it('lets Astro render the pages first and the endpoints after, and says when the last page is in', async () => {
    const paden = {
      '/data/a.csv': { body: 'x', type: 'text/csv' },
      '/a': { body: html('A') },
      '/rss.xml': { body: '<rss/>', type: 'application/rss+xml' },
      '/b': { body: html('B') },
    };
    const gegeven: string[] = [];
    const volgorde = new PaginaVolgorde((url) => gegeven.push(url));
    const r = metZoekindex(neppeRenderer(paden), volgorde);
    const lijst = await r.getStaticPaths();
    expect(lijst.map((p) => p.pathname)).toEqual(['/a', '/b', '/data/a.csv', '/rss.xml']);
    let klaar = false;
    void volgorde.klaar.then(() => (klaar = true));
    for (const { pathname, route } of lijst.slice(0, 2)) {
      await r.render(new Request(`https://example.nl${pathname}/`), { routeData: route });
    }
    await Promise.resolve();
    expect(klaar).toBe(true);
    expect(gegeven).toEqual(['/a/', '/b/']);
  });

  it('still hands over, in order, pages after one that never renders', async () => {
    const gegeven: string[] = [];
    const volgorde = new PaginaVolgorde((url) => gegeven.push(url));
    volgorde.zetVolgorde(['/a', '/dubbel', '/b']);
    volgorde.gerenderd('/b/', html('B'));
    volgorde.gerenderd('/a/', html('A'));
    expect(gegeven).toEqual(['/a/']);
    volgorde.rest();
    expect(gegeven).toEqual(['/a/', '/b/']);
  });

  it('renders the routes that are never indexed after the indexable pages, and stops when one of them is', async () => {
    const paden = {
      '/archief/2016-01': { body: html('Archief', false) },
      '/a': { body: html('A') },
      '/archief/2016-02': { body: html('Archief', false) },
      '/b': { body: html('B') },
    };
    const gegeven: string[] = [];
    const volgorde = new PaginaVolgorde((url) => gegeven.push(url));
    const r = metZoekindex(neppeRenderer(paden), volgorde, ['src/pages/archief/']);
    const lijst = await r.getStaticPaths();
    expect(lijst.map((p) => p.pathname)).toEqual(['/a', '/b', '/archief/2016-01', '/archief/2016-02']);
    let klaar = false;
    void volgorde.klaar.then(() => (klaar = true));
    for (const { pathname, route } of lijst.slice(0, 2))
      await r.render(new Request(`https://example.nl${pathname}/`), { routeData: route });
    await Promise.resolve();
    expect(klaar, 'the index can be written before the archive renders').toBe(true);

    const fout = metZoekindex(neppeRenderer({ '/archief/2016-03': { body: html('Archief') } }), volgorde, ['src/pages/archief/']);
    const [archief] = await fout.getStaticPaths();
    await expect(fout.render(new Request('https://example.nl/archief/2016-03/'), { routeData: archief!.route })).rejects.toThrow(
      /De zoekindex mist \/archief\/2016-03\/: .*nietInIndex/,
    );
  });

  it('hands Pagefind only the <main> of a page, in an <html> with its language, unless that could lose something', () => {
    const pagina = `<!DOCTYPE html><html lang="nl"><head><title>T</title></head><body><header><nav>Menu</nav></header><main data-pagefind-body><h1>Kop</h1><p>Tekst</p></main><footer>Voet</footer></body></html>`;
    expect(alleenHoofdinhoud(pagina)).toBe(
      '<!DOCTYPE html><html lang="nl"><body><main data-pagefind-body><h1>Kop</h1><p>Tekst</p></main></body></html>',
    );
    const metaBuiten = pagina.replace('<footer>', '<footer data-pagefind-meta="x:y">');
    expect(alleenHoofdinhoud(metaBuiten), 'a data-pagefind attribute outside <main>').toBe(metaBuiten);
    const tweeMains = pagina.replace('<footer>Voet</footer>', '<main>Nog een</main>');
    expect(alleenHoofdinhoud(tweeMains), 'two <main> elements').toBe(tweeMains);
    const zonder = pagina.replace(/<\/?main[^>]*>/g, '');
    expect(alleenHoofdinhoud(zonder), 'no <main>').toBe(zonder);
  });

  it('leaves out what Pagefind skips anyway: every <svg> and every element with data-pagefind-ignore="all", with all they hold', () => {
    const kaart = '<svg viewBox="0 0 1 1"><title>Kaart</title><svg><path d="M0 0"/></svg><g><path d="M1 1"/></g></svg>';
    const tabel = '<div class="tabel" data-pagefind-ignore="all"><div><table><tr><td>12</td></tr></table></div><div/></div>';
    const main = `<main data-pagefind-body><h1>Kop</h1>${kaart}<p data-pagefind-ignore>Telt voor filters</p>${tabel}<p>Einde</p></main>`;
    expect(zonderOverslagen(main)).toBe(
      '<main data-pagefind-body><h1>Kop</h1><p data-pagefind-ignore>Telt voor filters</p><p>Einde</p></main>',
    );
    expect(
      zonderOverslagen('<p>a<svg class="x"/>b<img data-pagefind-ignore="all" src="x.png">c</p>'),
      'self-closing and void elements',
    ).toBe('<p>abc</p>');
    const open = '<p>Tekst</p><div data-pagefind-ignore="all"><p>Geen eindtag';
    expect(zonderOverslagen(open), 'no end tag: left whole rather than guessed').toBe(open);
    expect(alleenHoofdinhoud(`<html lang="nl"><body>${main}</body></html>`)).not.toContain('Kaart');
  });
});
