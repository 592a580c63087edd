/**
 * Test helpers: a small, strict well-formedness check for the markup the chart functions
 * write (balanced tags, quoted attributes, no raw `<` or `&` in text), and id collection.
 */

const TOKEN = /<(\/?)([a-zA-Z][\w:-]*)((?:\s+[a-zA-Z_:][\w:.-]*="[^"<]*")*)\s*(\/?)>|<!--[\s\S]*?-->/g;
const ENTITY = /&(?:amp|lt|gt|quot|apos|#\d+|#x[0-9a-fA-F]+);/g;

/** Throws with a readable message when `markup` is not well-formed XML-style markup. */
export function assertWellFormed(markup: string): void {
  const stack: string[] = [];
  let last = 0;
  for (const m of markup.matchAll(TOKEN)) {
    checkText(markup.slice(last, m.index), m.index);
    last = m.index + m[0].length;
    if (m[0].startsWith('<!--')) continue;
    const [, closing, name, attrText, selfClosing] = m as unknown as [string, string, string, string, string];
    for (const value of attrText.matchAll(/="([^"]*)"/g)) checkText(value[1]!.replace(/>/g, '&gt;'), m.index);
    if (closing) {
      const open = stack.pop();
      if (open !== name) throw new Error(`</${name}> closes <${open ?? 'nothing'}> at ${m.index}`);
    } else if (!selfClosing) {
      stack.push(name);
    }
  }
  checkText(markup.slice(last), last);
  if (stack.length) throw new Error(`unclosed: ${stack.join(' > ')}`);
}

function checkText(text: string, at: number): void {
  if (text.includes('<') || text.includes('>')) throw new Error(`raw < or > in text at ${at}: ${text.slice(0, 80)}`);
  const withoutEntities = text.replace(ENTITY, '');
  if (withoutEntities.includes('&')) throw new Error(`raw & in text at ${at}: ${text.slice(0, 80)}`);
}

/** All values of `id="…"` attributes. */
function ids(markup: string): string[] {
  return [...markup.matchAll(/\sid="([^"]+)"/g)].map((m) => m[1]!);
}

/** All `url(#…)` and `aria-labelledby` references. */
function references(markup: string): string[] {
  const urls = [...markup.matchAll(/url\(#([^)]+)\)/g)].map((m) => m[1]!);
  const labelled = [...markup.matchAll(/aria-labelledby="([^"]+)"/g)].flatMap((m) => m[1]!.split(/\s+/));
  return [...urls, ...labelled];
}

/** Font sizes used in the markup. */
function fontSizes(markup: string): number[] {
  return [...markup.matchAll(/font-size="([\d.]+)"/g)].map((m) => Number(m[1]));
}

/** The text content of every `<text>` element (entities decoded for &amp; &lt; &gt; &quot; &#39;). */
export function texts(markup: string): string[] {
  return [...markup.matchAll(/<text[^>]*>([^<]*)<\/text>/g)].map((m) =>
    m[1]!
      .replace(/&lt;/g, '<')
      .replace(/&gt;/g, '>')
      .replace(/&quot;/g, '"')
      .replace(/&#39;/g, "'")
      .replace(/&amp;/g, '&'),
  );
}

/** Splits the two responsive variants. */
export function variants(svg: string): { narrow: string; wide: string } {
  const parts = svg.split(/(?=<svg )/);
  const narrow = parts.find((p) => p.includes('ot-chart__svg--narrow'));
  const wide = parts.find((p) => p.includes('ot-chart__svg--wide'));
  if (!narrow || !wide || parts.length !== 2) throw new Error('expected a narrow and a wide <svg>');
  return { narrow, wide };
}

/** Common checks for every chart result's markup. */
export function assertChartMarkup(markup: string, id: string): void {
  assertWellFormed(markup);
  if (/\sstyle=/.test(markup)) throw new Error('inline style attribute found (CSP forbids it)');
  const all = ids(markup);
  const dupes = all.filter((v, i) => all.indexOf(v) !== i);
  if (dupes.length) throw new Error(`duplicate ids: ${dupes.join(', ')}`);
  const foreign = all.filter((v) => !v.startsWith(`${id}-`));
  if (foreign.length) throw new Error(`ids without the prefix "${id}-": ${foreign.join(', ')}`);
  const dangling = references(markup).filter((r) => !all.includes(r));
  if (dangling.length) throw new Error(`references to missing ids: ${dangling.join(', ')}`);
  const small = fontSizes(markup).filter((s) => s < 12);
  if (small.length) throw new Error(`font sizes under 12: ${small.join(', ')}`);
  if (/NaN|Infinity|undefined/.test(markup)) throw new Error('NaN/Infinity/undefined in markup');
}
