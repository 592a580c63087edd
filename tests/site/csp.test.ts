/**
 * The Content-Security-Policy (public/_headers, deploy/nginx.conf) allows no inline
 * script or style and nothing from other hosts. Anything in dist/ that it would block
 * fails here, with the file and line, before a visitor meets a broken page.
 */
import { describe, expect, it } from 'vitest';
import { attr, byTag, elements, lineOf, loadPage, parseHtml, snippet, type Element, type ParsedPage } from '../helpers/html.ts';
import { htmlFiles, listFiles, requireDist } from '../../scripts/lib/paths.ts';

/** Script types the browser does not execute (data blocks): the CSP does not apply to them. */
const DATA_SCRIPT = /^(application\/(ld\+)?json|text\/plain|text\/template)$/i;
const SITE_HOSTS = new Set(['www.opnieuwthuis.nl', 'opnieuwthuis.nl']);

/** Attributes that make the browser fetch something with the page's CSP. */
const FETCHING: Record<string, string[]> = {
  script: ['src'],
  img: ['src', 'srcset'],
  source: ['src', 'srcset'],
  video: ['src', 'poster'],
  audio: ['src'],
  track: ['src'],
  iframe: ['src'],
  embed: ['src'],
  object: ['data'],
  image: ['href', 'xlink:href'],
  use: ['href', 'xlink:href'],
  form: ['action'],
};
const FETCHING_LINK = /\b(stylesheet|icon|preload|modulepreload|prefetch|manifest|apple-touch-icon)\b/i;

function urlsIn(value: string, isSrcset: boolean): string[] {
  return isSrcset ? value.split(',').map((s) => s.trim().split(/\s+/)[0] ?? '') : [value.trim()];
}

function otherHost(u: string): string | undefined {
  if (!/^([a-z][a-z0-9+.-]*:)?\/\//i.test(u)) return undefined;
  const url = new URL(u, 'https://www.opnieuwthuis.nl/');
  if (url.protocol === 'data:' || SITE_HOSTS.has(url.hostname)) return undefined;
  return url.host;
}

/** Everything in one page the CSP would block, as readable lines. */
export function cspProblems(page: ParsedPage): string[] {
  const out: string[] = [];
  const at = (el: Element, what: string) => `${page.file}:${lineOf(page, el)}: ${what}: ${snippet(el)}`;
  for (const s of byTag(page.doc, 'script')) {
    const type = attr(s, 'type') ?? '';
    if (attr(s, 'src') === undefined && !DATA_SCRIPT.test(type)) out.push(at(s, "inline <script> (script-src 'self' blocks it)"));
  }
  for (const s of byTag(page.doc, 'style')) out.push(at(s, "inline <style> element (style-src 'self' blocks it)"));
  for (const el of elements(page.doc)) {
    for (const [name, value] of Object.entries(el.attribs)) {
      if (name === 'style') out.push(at(el, 'style="" attribute (style-src \'self\' blocks it)'));
      else if (/^on[a-z]+$/i.test(name)) out.push(at(el, `${name}="" event handler (script-src 'self' blocks it)`));
      else if (/^\s*javascript:/i.test(value) && ['href', 'src', 'action', 'formaction'].includes(name))
        out.push(at(el, 'javascript: URL'));
    }
    const fetching = el.name === 'link' ? (FETCHING_LINK.test(attr(el, 'rel') ?? '') ? ['href'] : []) : (FETCHING[el.name] ?? []);
    for (const a of fetching) {
      const v = attr(el, a);
      if (!v) continue;
      for (const u of urlsIn(v, a === 'srcset')) {
        const host = otherHost(u);
        if (host) out.push(at(el, `loads from another host (${host}); the CSP allows 'self' only`));
      }
    }
  }
  return out;
}

describe('Content-Security-Policy and the built HTML', () => {
  const dist = requireDist();
  const files = htmlFiles(dist);
  // SVG files get the same CSP when opened directly (an <img> of them does not run script or style anyway).
  const svgs = listFiles(dist, (f) => f.endsWith('.svg'));

  it('finds HTML to check', () => {
    expect(files.length).toBeGreaterThan(10);
  });

  it('has no inline script, inline style, event handler or other-host resource in any HTML or SVG file', () => {
    const problems = [...files, ...svgs].flatMap((f) => cspProblems(loadPage(dist, f)));
    expect(problems).toEqual([]);
  });

  it('detects what the CSP would block (self-check of this test)', () => {
    const source =
      '<!doctype html><html><head><script>alert(1)</script><script type="application/ld+json">{}</script><style>p{}</style>' +
      '<link rel="stylesheet" href="https://cdn.example.org/x.css"></head><body><p style="color:red" onclick="x()">x</p>' +
      '<img src="/ok.png"><img srcset="/a.png 1x, https://img.example.org/b.png 2x"><a href="https://www.opnieuwthuis.nl/x/">ok</a></body></html>';
    const found = cspProblems({ file: 'x.html', source, doc: parseHtml(source) });
    expect(found.map((l) => l.split(': ')[1])).toEqual([
      "inline <script> (script-src 'self' blocks it)",
      "inline <style> element (style-src 'self' blocks it)",
      "loads from another host (cdn.example.org); the CSP allows 'self' only",
      'style="" attribute (style-src \'self\' blocks it)',
      'onclick="" event handler (script-src \'self\' blocks it)',
      "loads from another host (img.example.org); the CSP allows 'self' only",
    ]);
  });
});
