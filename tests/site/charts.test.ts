/**
 * Every chart in dist/ is readable without sight: the `<svg>` has role="img", a
 * `<title>` and a `<desc>` it is labelled by, and sits in a `<figure>` that also
 * holds the numbers as a `<table>`. Decorative SVG (aria-hidden="true") is exempt.
 */
import { describe, expect, it } from 'vitest';
import { attr, byTag, closest, lineOf, loadPage, parseHtml, text, type Element, type ParsedPage } from '../helpers/html.ts';
import { htmlFiles, requireDist } from '../../scripts/lib/paths.ts';

const isDecorative = (svg: Element) => attr(svg, 'aria-hidden') === 'true';

/** Direct children with this tag (SVG `<title>` must be a child of the svg, not of a nested element). */
const child = (el: Element, tag: string) => el.children.find((c): c is Element => (c as Element).name === tag);

export function chartProblems(page: ParsedPage): { charts: number; problems: string[] } {
  const problems: string[] = [];
  let charts = 0;
  for (const svg of byTag(page.doc, 'svg')) {
    if (isDecorative(svg) || closest(svg.parent as Element, 'svg')) continue;
    charts++;
    const titleText = child(svg, 'title');
    const label = titleText ? ` «${text(titleText).slice(0, 60)}»` : '';
    const at = `${page.file}:${lineOf(page, svg)}${label}`;
    // A map of links (role="group", every area an <a> with a name) is navigation, not a picture:
    // its links are its accessible content, so it needs no role="img" and no table.
    const linkKaart =
      attr(svg, 'role') === 'group' && byTag(svg, 'a').length > 0 && byTag(svg, 'a').every((a) => !!attr(a, 'aria-label'));
    if (attr(svg, 'role') !== 'img' && !linkKaart) problems.push(`${at}: <svg> without role="img"`);
    const title = child(svg, 'title');
    const desc = child(svg, 'desc');
    if (!title || !text(title)) problems.push(`${at}: <svg> without a non-empty <title>`);
    if (!desc || !text(desc)) problems.push(`${at}: <svg> without a non-empty <desc>`);
    const labelledby = (attr(svg, 'aria-labelledby') ?? '').split(/\s+/).filter(Boolean);
    const ids = new Set([title, desc].map((e) => e && attr(e, 'id')).filter(Boolean));
    if (!attr(svg, 'aria-label') && (labelledby.length === 0 || !labelledby.every((id) => ids.has(id)))) {
      problems.push(`${at}: <svg> is not labelled by its own <title>/<desc> (aria-labelledby="${labelledby.join(' ')}")`);
    }
    const figure = closest(svg, 'figure');
    if (!figure) problems.push(`${at}: chart <svg> is not inside a <figure>`);
    else if (!linkKaart && byTag(figure, 'table').length === 0)
      problems.push(`${at}: the <figure> around this chart has no <table> with the numbers`);
  }
  return { charts, problems };
}

describe('charts in dist/', () => {
  const dist = requireDist();
  const results = htmlFiles(dist).map((f) => chartProblems(loadPage(dist, f)));
  const charts = results.reduce((n, r) => n + r.charts, 0);

  if (charts > 0)
    it(`have role="img", a title and a description, and a table in their figure (${charts} charts)`, () => {
      // Grouped by problem, with a few examples each: one template error repeats on hundreds of pages.
      const groups = new Map<string, string[]>();
      for (const p of results.flatMap((r) => r.problems)) {
        const [where, problem] = p.split(/: (?=[^«»]*$)/) as [string, string];
        groups.set(problem, [...(groups.get(problem) ?? []), where]);
      }
      const summary = [...groups].map(([problem, where]) => `${problem}: ${where.length}× e.g. ${where.slice(0, 3).join(', ')}`);
      expect(summary).toEqual([]);
    });

  if (charts === 0) it('(no chart <svg> in dist/ yet: Land in beeld is not built)', ({ skip }) => skip('no charts in dist/ yet'));

  it('flags a chart without title, role or table (self-check of this test)', () => {
    const good =
      '<figure><svg role="img" aria-labelledby="t d"><title id="t">Titel</title><desc id="d">Uitleg</desc></svg><table><tr><td>1</td></tr></table></figure>';
    const bad =
      '<figure><svg><desc>Uitleg</desc></svg></figure><svg aria-hidden="true"></svg><p><svg role="img"><title>x</title><desc>y</desc></svg></p>';
    const check = (source: string) => chartProblems({ file: 'x.html', source, doc: parseHtml(source) });
    expect(check(good)).toEqual({ charts: 1, problems: [] });
    const r = check(bad);
    expect(r.charts).toBe(2);
    expect(r.problems.map((p) => p.replace(/^x\.html:\d+( «[^»]*»)?: /, ''))).toEqual([
      '<svg> without role="img"',
      '<svg> without a non-empty <title>',
      '<svg> is not labelled by its own <title>/<desc> (aria-labelledby="")',
      'the <figure> around this chart has no <table> with the numbers',
      '<svg> is not labelled by its own <title>/<desc> (aria-labelledby="")',
      'chart <svg> is not inside a <figure>',
    ]);
  });
});
