/**
 * One contact route: every page that asks visitors to report something links to
 * MELDEN_URL (src/lib/site.ts), and to nothing else for it. A request without a
 * link ("meld het bij de redactie") or with another address fails, naming the page.
 */
import { describe, expect, it } from 'vitest';
import { attr, byTag, elements, loadPage, text } from '../helpers/html.ts';
import { htmlFiles, requireDist, urlPathOf } from '../../scripts/lib/paths.ts';
import { MELDEN_URL } from '../../src/lib/site.ts';

/** Sentences that ask the visitor to report something to us (not "meld het op tijd" to the provincie). */
const VERZOEK =
  /\b(meld\b[^.?!]*\b(ons|onze|redactie|meldingenpagina)\b|laat (het )?(ons|de redactie) weten|bij de redactie|neem contact op met (ons|de redactie)|fout gezien)/i;

const dist = requireDist();
const bestanden = htmlFiles(dist);

describe('reporting errors: one contact setting', () => {
  it('has a contact setting that is an https address', () => {
    expect(MELDEN_URL).toMatch(/^https:\/\/\S+$/);
  });

  it('links every request to report something to exactly MELDEN_URL', () => {
    const fouten: string[] = [];
    let verzoeken = 0;
    for (const f of bestanden) {
      const page = loadPage(dist, f);
      const blokken = elements(page.doc, (el) => ['p', 'li', 'dd', 'td'].includes(el.name) && VERZOEK.test(text(el)));
      for (const b of blokken) {
        // The innermost block only: a <li> inside a matching <li> is checked on its own.
        if (elements(b, (el) => el !== b && ['p', 'li', 'dd', 'td'].includes(el.name) && VERZOEK.test(text(el))).length > 0)
          continue;
        verzoeken++;
        const links = byTag(b, 'a').map((a) => attr(a, 'href') ?? '');
        const contact = links.filter((h) => h === MELDEN_URL);
        const anders = links.filter((h) => /^(mailto:|tel:)/.test(h) || (/github\.com\/.+\/issues/.test(h) && h !== MELDEN_URL));
        if (contact.length === 0 || anders.length > 0) {
          fouten.push(
            `${urlPathOf(f)}: «${text(b).slice(0, 100)}» links to ${links.length ? links.join(', ') : 'nothing'}; expected ${MELDEN_URL}`,
          );
        }
      }
    }
    expect(fouten, fouten.slice(0, 20).join('\n')).toEqual([]);
    // Every page has at least the footer's request: the check above really ran.
    expect(verzoeken).toBeGreaterThanOrEqual(bestanden.length);
  });

  it.each(['over/index.html', 'toegankelijkheid/index.html', 'ondersteuning/index.html', '404.html'])(
    '%s asks for reports in its main content and links to the contact setting',
    (f) => {
      const main = byTag(loadPage(dist, f).doc, 'main')[0]!;
      const hrefs = byTag(main, 'a').map((a) => attr(a, 'href'));
      expect(hrefs).toContain(MELDEN_URL);
      expect(text(main)).not.toMatch(/bij de redactie van het platform/i);
    },
  );
});
