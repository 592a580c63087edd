/**
 * Escaping and id helpers for hand-written SVG/HTML markup.
 * Every text that goes into chart markup passes through `escapeXml`.
 */

const XML_ESCAPES: Record<string, string> = {
  '&': '&amp;',
  '<': '&lt;',
  '>': '&gt;',
  '"': '&quot;',
  "'": '&#39;',
};

/** Escapes text for use in XML/HTML element content and in double- or single-quoted attributes. */
export function escapeXml(value: string | number): string {
  return String(value).replace(/[&<>"']/g, (ch) => XML_ESCAPES[ch] ?? ch);
}

const ID_RE = /^[A-Za-z][A-Za-z0-9_-]*$/;

/**
 * Checks an id prefix. Chart ids end up in `id` attributes and in `url(#…)` references,
 * so only letters, digits, `-` and `_` are allowed, starting with a letter.
 */
export function assertId(id: string): string {
  if (!ID_RE.test(id)) {
    throw new RangeError(`Ongeldige grafiek-id "${id}": gebruik letters, cijfers, - of _, en begin met een letter.`);
  }
  return id;
}
