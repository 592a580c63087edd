/**
 * Parse built HTML files without a browser (htmlparser2, a direct devDependency).
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { DomUtils, parseDocument } from 'htmlparser2';
import type { Document, Element } from 'domhandler';

export type { Document, Element };
export { DomUtils };

export interface ParsedPage {
  /** Path relative to dist/, e.g. `themas/index.html`. */
  file: string;
  doc: Document;
  source: string;
}

export function parseHtml(source: string, xml = false): Document {
  return parseDocument(source, { withStartIndices: true, lowerCaseAttributeNames: false, xmlMode: xml });
}

/** Parse an HTML file, or an SVG file (as XML), from dist/. */
export function loadPage(dist: string, file: string): ParsedPage {
  const source = readFileSync(join(dist, file), 'utf8');
  return { file, source, doc: parseHtml(source, file.endsWith('.svg')) };
}

export function elements(doc: Document | Element, test: (el: Element) => boolean = () => true): Element[] {
  return DomUtils.findAll(test, 'children' in doc ? doc.children : []);
}

export function byTag(doc: Document | Element, tag: string): Element[] {
  return elements(doc, (e) => e.name === tag);
}

export function attr(el: Element, name: string): string | undefined {
  return el.attribs[name];
}

export function text(el: Element): string {
  return DomUtils.textContent(el).replace(/\s+/g, ' ').trim();
}

/** Closest ancestor (or self) with this tag name. */
export function closest(el: Element, tag: string): Element | undefined {
  let cur: Element | null = el;
  while (cur) {
    if (cur.name === tag) return cur;
    const p: unknown = cur.parent;
    cur = p && typeof p === 'object' && 'name' in p ? (p as Element) : null;
  }
  return undefined;
}

/** Line number of an element in its source, for messages. */
export function lineOf(page: ParsedPage, el: Element): number {
  const i = el.startIndex ?? 0;
  let n = 1;
  for (let k = 0; k < i && k < page.source.length; k++) if (page.source.charCodeAt(k) === 10) n++;
  return n;
}

/** A short, one-line excerpt of an element's markup for messages. */
export function snippet(el: Element, max = 120): string {
  const s = DomUtils.getOuterHTML(el).replace(/\s+/g, ' ');
  return s.length > max ? `${s.slice(0, max)}…` : s;
}
