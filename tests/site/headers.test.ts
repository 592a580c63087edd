/**
 * The two deploy configurations give the same security and caching headers:
 * public/_headers (Netlify, Cloudflare Pages) and deploy/nginx.conf (plain nginx).
 *
 * The unit part needs no build: it parses both files and compares the headers for
 * a fixed list of paths, one or more per path class. When dist/ is built, every file
 * in it is compared too; when nginx is installed, the live servers are compared.
 */
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  headersVoor,
  leesHeaders,
  nginxBinary,
  nginxCheck,
  nginxTestConfig,
  startDistServer,
  startNginxServer,
  past,
  type SiteServer,
} from '../../scripts/lib/server.ts';
import { findAll, nginxHeadersFor, readSite } from '../helpers/nginx-conf.ts';
import { distDir, listFiles, PROJECT, urlPathOf } from '../../scripts/lib/paths.ts';

const HEADERS_FILE = readFileSync(join(PROJECT, 'public/_headers'), 'utf8');
const NGINX_FILE = readFileSync(join(PROJECT, 'deploy/nginx.conf'), 'utf8');
const rules = leesHeaders(HEADERS_FILE);
const site = readSite(NGINX_FILE);

const CSP =
  "default-src 'self'; script-src 'self' 'wasm-unsafe-eval'; worker-src 'self'; style-src 'self'; img-src 'self' data:; font-src 'self'; connect-src 'self'; object-src 'none'; base-uri 'self'; form-action 'self'; frame-ancestors 'none'";
const IMMUTABLE = 'public, max-age=31536000, immutable';
const REVALIDATE = 'no-cache';
const SECURITY = [
  'content-security-policy',
  'strict-transport-security',
  'x-content-type-options',
  'x-frame-options',
  'referrer-policy',
  'permissions-policy',
];

/** Content-hashed files: their name changes when their content does. */
const HASHED = [/^\/_astro\//, /^\/pagefind\/(fragment|index|filter)\//, /^\/pagefind\/[^/]+\.pf_meta$/];
const isHashed = (p: string) => HASHED.some((re) => re.test(p));
/** The favicon: a day, because Chromium asks for it again after every pushState of the search page. */
const EEN_DAG = 'public, max-age=86400';
const verwachtCache = (p: string) => (isHashed(p) ? IMMUTABLE : p === '/favicon.svg' ? EEN_DAG : REVALIDATE);

/** Request path → the URI nginx ends with after `index` / `try_files`. */
const nginxUri = (p: string) => (p.endsWith('/') ? `${p}index.html` : p);

/** One or more paths per path class, so the comparison works without a build. */
const SAMPLES = [
  '/',
  '/index.html',
  '/404.html',
  '/themas/',
  '/themas/flexwonen/',
  '/handreikingen/',
  '/handreikingen/woningdelen-voor-vergunninghouders/',
  '/factsheets/nareizigers/',
  '/vragen/wat-is-een-regeldag/',
  '/goede-voorbeelden/',
  '/goede-voorbeelden/overzicht/',
  '/goede-voorbeelden/startblok-riekerhaven/',
  '/land-in-beeld/',
  '/land-in-beeld/provincie/noord-holland/',
  '/land-in-beeld/gemeente/gm0363/',
  '/land-in-beeld/archief/2026-10/',
  '/land-in-beeld/downloads/',
  '/land-in-beeld/gemeente/gm0363/gm0363.csv',
  '/zoeken/',
  '/over/',
  '/ondersteuning/',
  '/toegankelijkheid/',
  '/privacy/',
  '/rss.xml',
  '/sitemap-index.xml',
  '/sitemap-0.xml',
  '/favicon.svg',
  '/og-image.png',
  '/robots.txt',
  '/downloads/taakstelling-realisatie-2015.csv',
  '/_astro/Base.CkjXBu9J.css',
  '/_astro/zoeken.D1a2b3c4.js',
  '/pagefind/pagefind.js',
  '/pagefind/pagefind-entry.json',
  '/pagefind/pagefind-worker.js',
  '/pagefind/pagefind-ui.js',
  '/pagefind/pagefind-ui.css',
  '/pagefind/pagefind-component-ui.js',
  '/pagefind/pagefind-component-ui.css',
  '/pagefind/pagefind-modular-ui.js',
  '/pagefind/pagefind-highlight.js',
  '/pagefind/wasm.nl.pagefind',
  '/pagefind/wasm.unknown.pagefind',
  '/pagefind/pagefind.nl_2098ebf949.pf_meta',
  '/pagefind/fragment/nl_145f83d.pf_fragment',
  '/pagefind/index/nl_293dab7.pf_index',
  '/pagefind/filter/nl_1a2b3c4.pf_filter',
];

function cspDirectives(csp: string): Map<string, string[]> {
  return new Map(
    csp
      .split(';')
      .map((d) => d.trim().split(/\s+/))
      .filter((d) => d[0])
      .map((d) => [d[0]!, d.slice(1).sort()]),
  );
}

describe('public/_headers', () => {
  it('sends the strict Content-Security-Policy and the security headers on every path', () => {
    for (const p of SAMPLES) {
      const h = headersVoor(rules, p);
      expect(Object.keys(h), p).toEqual(expect.arrayContaining(SECURITY));
      expect(cspDirectives(h['content-security-policy']!), p).toEqual(cspDirectives(CSP));
      expect(h['content-security-policy'], p).not.toMatch(/'unsafe-inline'|'unsafe-eval'|'unsafe-hashes'/);
      expect(Number(/max-age=(\d+)/.exec(h['strict-transport-security'] ?? '')?.[1]), p).toBeGreaterThanOrEqual(31536000);
      expect(h['x-content-type-options'], p).toBe('nosniff');
    }
  });

  it('caches content-hashed files for a year, the favicon for a day, and makes everything else revalidate', () => {
    for (const p of SAMPLES) {
      expect(headersVoor(rules, p)['cache-control'], p).toBe(verwachtCache(p));
    }
  });

  it('never sets one header from two matching rules (Cloudflare would join them, Netlify would keep one)', () => {
    for (const p of SAMPLES) {
      const count = new Map<string, string[]>();
      for (const r of rules) {
        if (!past(r.patroon, p)) continue;
        for (const [k] of r.headers) count.set(k.toLowerCase(), [...(count.get(k.toLowerCase()) ?? []), r.patroon]);
      }
      const dubbel = [...count].filter(([, v]) => v.length > 1).map(([k, v]) => `${k} from ${v.join(' and ')}`);
      expect(dubbel, p).toEqual([]);
    }
  });

  it('stays within Cloudflare Pages limits (100 rules, 2,000 characters a line)', () => {
    expect(rules.length).toBeLessThanOrEqual(100);
    for (const l of HEADERS_FILE.split('\n')) expect(l.length).toBeLessThanOrEqual(2000);
  });
});

describe('deploy/nginx.conf', () => {
  it('gives every sample path exactly the headers of public/_headers', () => {
    for (const p of SAMPLES) expect(nginxHeadersFor(site, nginxUri(p)), p).toEqual(headersVoor(rules, p));
  });

  it('sets headers only at server level, with `always` (else 404 pages, or a location, lose them)', () => {
    const all = findAll(site.directives, 'add_header');
    expect(all.length).toBeGreaterThanOrEqual(SECURITY.length + 1);
    for (const { d, path } of all) {
      expect(
        path.map((b) => b.name),
        `add_header ${d.args[0]} on line ${d.line}`,
      ).toEqual(['server']);
      expect(d.args.at(-1), `add_header ${d.args[0]} on line ${d.line}`).toBe('always');
    }
  });

  it('serves the static build: try_files, the 404 page and gzip for text types', () => {
    const s = site.server.block!;
    const tryFiles = findAll(s, 'try_files').find(({ path }) => path.at(-1)?.args[0] === '/');
    expect(tryFiles?.d.args).toEqual(['$uri', '$uri/', '$uri/index.html', '=404']);
    expect(findAll(s, 'error_page').map(({ d }) => d.args)).toContainEqual(['404', '/404.html']);
    expect(findAll(s, 'gzip')[0]?.d.args).toEqual(['on']);
    const types = findAll(s, 'gzip_types')[0]?.d.args ?? [];
    for (const t of [
      'text/css',
      'application/javascript',
      'text/javascript',
      'application/json',
      'image/svg+xml',
      'text/csv',
      'application/xml',
    ]) {
      expect(types, t).toContain(t);
    }
  });

  it.skipIf(!nginxBinary())('is accepted by `nginx -t`', () => {
    const tmp = mkdtempSync(join(tmpdir(), 'ot-nginx-t-'));
    try {
      const conf = join(tmp, 'nginx.conf');
      writeFileSync(conf, nginxTestConfig(NGINX_FILE, { dist: tmp, port: 8999, tmp }));
      expect(nginxCheck(conf)).toBeUndefined();
    } finally {
      rmSync(tmp, { recursive: true, force: true });
    }
  });
});

const dist = distDir();
const built = existsSync(join(dist, 'index.html'));

describe.skipIf(!built)('the built site (dist/)', () => {
  const files = built ? listFiles(dist, (f) => f !== '_headers' && f !== '_redirects') : [];
  /** What a visitor requests: `/themas/` for themas/index.html. */
  const requests = files.map((f) => ({ file: f, path: urlPathOf(f) }));

  it('ships the same _headers file as public/_headers', () => {
    expect(readFileSync(join(dist, '_headers'), 'utf8')).toBe(HEADERS_FILE);
  });

  it('has a caching rule in _headers for every file (a new top-level folder needs a line)', () => {
    const missing = requests.filter((r) => headersVoor(rules, r.path)['cache-control'] === undefined).map((r) => r.path);
    expect(missing).toEqual([]);
    const wrong = requests
      .filter((r) => headersVoor(rules, r.path)['cache-control'] !== verwachtCache(r.path))
      .map((r) => `${r.path}: ${headersVoor(rules, r.path)['cache-control']}`);
    expect(wrong).toEqual([]);
  });

  it('gets the same headers from nginx.conf as from _headers, for every file', () => {
    const diff = requests
      .filter((r) => JSON.stringify(nginxHeadersFor(site, `/${r.file}`)) !== JSON.stringify(headersVoor(rules, r.path)))
      .map((r) => r.path);
    expect(diff).toEqual([]);
  });
});

describe.skipIf(!built || !nginxBinary())('live: nginx with deploy/nginx.conf and the Node server with _headers', () => {
  let nginx: SiteServer;
  let node: SiteServer;
  beforeAll(async () => {
    [nginx, node] = await Promise.all([startNginxServer(dist), startDistServer(dist)]);
  });
  afterAll(async () => {
    await Promise.all([nginx?.close(), node?.close()]);
  });

  const pick = (h: Headers) => Object.fromEntries([...SECURITY, 'cache-control'].map((k) => [k, h.get(k)]));

  it('answer every file in dist/ with the same status and headers', async () => {
    const files = listFiles(dist, (f) => f !== '_headers' && f !== '_redirects');
    const diffs: string[] = [];
    for (const f of files) {
      const p = urlPathOf(f);
      const [a, b] = await Promise.all([fetch(nginx.url + p, { method: 'HEAD' }), fetch(node.url + p, { method: 'HEAD' })]);
      const [ha, hb] = [pick(a.headers), pick(b.headers)];
      if (a.status !== b.status || JSON.stringify(ha) !== JSON.stringify(hb)) {
        diffs.push(`${p}: nginx ${a.status} ${JSON.stringify(ha)} / node ${b.status} ${JSON.stringify(hb)}`);
      }
    }
    expect(diffs).toEqual([]);
  });

  it('answer an unknown path with the 404 page, its security headers and a revalidating cache policy', async () => {
    for (const srv of [nginx, node]) {
      const r = await fetch(`${srv.url}/bestaat-niet/`);
      expect(r.status, srv.kind).toBe(404);
      expect(await r.text(), srv.kind).toContain('<main');
      expect(r.headers.get('content-security-policy'), srv.kind).toBe(CSP);
      // nginx sends no-cache; a CDN sends its default (max-age=0, must-revalidate); both revalidate.
      expect(r.headers.get('cache-control') ?? 'max-age=0, must-revalidate', srv.kind).toMatch(/no-cache|max-age=0/);
    }
  });

  it('compress HTML, CSS and CSV, and never serve _headers', async () => {
    const css = listFiles(dist, (f) => f.endsWith('.css'))[0];
    const csv = listFiles(dist, (f) => f.endsWith('.csv'))[0];
    for (const srv of [nginx, node]) {
      for (const p of ['/', css && `/${css}`, csv && `/${csv}`].filter(Boolean) as string[]) {
        const r = await fetch(srv.url + p, { headers: { 'accept-encoding': 'gzip' } });
        expect(r.headers.get('content-encoding'), `${srv.kind} ${p}`).toBe('gzip');
        if (p.endsWith('.csv')) expect(r.headers.get('content-type'), `${srv.kind} ${p}`).toMatch(/^text\/csv; charset=utf-8$/i);
      }
      expect((await fetch(`${srv.url}/_headers`)).status, srv.kind).toBe(404);
    }
  });

  // Advies op maat without JavaScript: nginx.conf and _redirects agree.
  it('send the Advies op maat form’s answers to the answer page, the gemeente as #fragment', async () => {
    const q = '/advies/antwoord/?voor=gezinnen&knelpunt=leeg-vastgoed&termijn=structureel';
    for (const srv of [nginx, node]) {
      const met = await fetch(`${srv.url}${q}&gemeente=GM0363`, { redirect: 'manual' });
      expect(met.status, srv.kind).toBe(302);
      expect(met.headers.get('location'), srv.kind).toBe('/advies/gezinnen/leeg-vastgoed/structureel/#GM0363');
      expect(met.headers.get('content-security-policy'), srv.kind).toBe(CSP);
      const zonder = await fetch(`${srv.url}${q}&gemeente=`, { redirect: 'manual' });
      expect(zonder.headers.get('location')?.replace(/#$/, ''), srv.kind).toBe('/advies/gezinnen/leeg-vastgoed/structureel/');
      const leeg = await fetch(`${srv.url}/advies/antwoord/`, { redirect: 'manual' });
      expect(leeg.status, srv.kind).toBe(200);
      expect(await leeg.text(), srv.kind).toContain('Kies uw advies');
      expect((await fetch(`${srv.url}/_redirects`)).status, srv.kind).toBe(404);
    }
  });
});
