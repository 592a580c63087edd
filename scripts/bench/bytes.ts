/**
 * Bytes per page type, as a first visit in Chromium fetches them (empty cache):
 * HTML, CSS, JS (incl. WebAssembly and Pagefind's data), SVG (inline in the HTML
 * and as files), raw and gzip. Gzip is computed here (level 6, what nginx and the
 * CDNs use by default) on the raw bytes of every text response, so the figure does
 * not depend on the test server. Pagefind's index files are compressed already and
 * count as they are.
 */
import { gzipSync } from 'node:zlib';
import type { Browser } from 'playwright-core';

interface Bytes {
  raw: number;
  gzip: number;
}
export interface PageWeight {
  name: string;
  path: string;
  html: Bytes;
  /** Inline <svg> inside the HTML (already counted in html). */
  inlineSvg: Bytes;
  css: Bytes;
  js: Bytes;
  svg: Bytes;
  other: Bytes;
  total: Bytes;
  requests: number;
  scripts: number;
}

const zero = (): Bytes => ({ raw: 0, gzip: 0 });
const add = (a: Bytes, b: Bytes) => {
  a.raw += b.raw;
  a.gzip += b.gzip;
};
const gz = (buf: Buffer) => gzipSync(buf, { level: 6 }).length;

function measure(buf: Buffer, compressible: boolean): Bytes {
  return { raw: buf.length, gzip: compressible ? gz(buf) : buf.length };
}

export async function pageWeight(
  browser: Browser,
  base: string,
  name: string,
  path: string,
  waitFor?: string,
): Promise<PageWeight> {
  const context = await browser.newContext({ baseURL: base });
  const page = await context.newPage();
  const bodies: Promise<void>[] = [];
  const w: PageWeight = {
    name,
    path,
    html: zero(),
    inlineSvg: zero(),
    css: zero(),
    js: zero(),
    svg: zero(),
    other: zero(),
    total: zero(),
    requests: 0,
    scripts: 0,
  };
  page.on('response', (res) => {
    bodies.push(
      (async () => {
        let body: Buffer;
        try {
          body = await res.body();
        } catch {
          return; // redirects and aborted requests have no body
        }
        const url = new URL(res.url());
        const type = (res.headers()['content-type'] ?? '').split(';')[0]!.trim();
        const p = url.pathname;
        w.requests++;
        if (type === 'text/html') {
          const b = measure(body, true);
          add(w.html, b);
          const svgs = body.toString('utf8').match(/<svg[\s\S]*?<\/svg>/g) ?? [];
          if (svgs.length) add(w.inlineSvg, measure(Buffer.from(svgs.join('')), true));
        } else if (type === 'text/css' || p.endsWith('.css')) add(w.css, measure(body, true));
        else if (/javascript/.test(type) || p.endsWith('.js') || p.endsWith('.mjs')) {
          add(w.js, measure(body, true));
          w.scripts++;
        } else if (p.startsWith('/pagefind/')) add(w.js, measure(body, p.endsWith('.json')));
        else if (type === 'image/svg+xml' || p.endsWith('.svg')) add(w.svg, measure(body, true));
        else add(w.other, measure(body, /^(text\/|application\/(json|xml))/.test(type)));
      })(),
    );
  });
  await page.goto(path, { waitUntil: 'networkidle' });
  if (waitFor) await page.locator(waitFor).first().waitFor({ timeout: 15_000 });
  await page.waitForLoadState('networkidle');
  await Promise.all(bodies);
  await context.close();
  for (const k of ['html', 'css', 'js', 'svg', 'other'] as const) add(w.total, w[k]);
  return w;
}

export const kb = (n: number) => `${(n / 1024).toFixed(1)}`;
