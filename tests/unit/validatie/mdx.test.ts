/**
 * MDX is content, not code: the walk over the compiler's tree refuses code, unknown components
 * and HTML that runs or loads something, wherever it hides (reference links, attribute
 * expressions, spreads, scheme tricks), and accepts the harmless rest.
 */
import { describe, expect, it } from 'vitest';
import { controleerMdx, TOEGESTANE_ONDERDELEN } from '../../../src/lib/validatie/mdx.ts';

/** Messages as "line:column message", with the body starting on file line 11. */
const meldingen = (body: string) => controleerMdx(body, 10).problemen.map((p) => `${p.regel}:${p.kolom} ${p.melding}`);

describe('controleerMdx', () => {
  it('laat gewone tekst, toegestane HTML en commentaar door', () => {
    const body = [
      '{/* notitie */}',
      '',
      'Tekst met <abbr title="Centraal Orgaan opvang asielzoekers">COA</abbr>, <a href="https://vng.nl/">VNG</a> en [een thema](/themas/flexwonen/).',
      '',
      '<table><tbody><tr><td colspan="2">cel</td></tr></tbody></table>',
      '',
      '![Flexwoningen](/afbeeldingen/flex.jpg)',
    ].join('\n');
    const r = controleerMdx(body, 10);
    expect(r.problemen).toEqual([]);
    expect(r.links.map((l) => `${l.regel} ${l.soort} ${l.url}`)).toEqual([
      '13 link https://vng.nl/',
      '13 link /themas/flexwonen/',
      '17 afbeelding /afbeeldingen/flex.jpg',
    ]);
  });

  it('weigert code in een attribuut, een spread en een lege tag', () => {
    expect(meldingen('<a href={geheim}>x</a> en <span {...props}>y</span>\n\n<>z</>\n')).toEqual([
      '11:1 code tussen accolades bij href van <a> is niet toegestaan; verwacht een waarde tussen aanhalingstekens',
      '11:27 code tussen accolades in <span> is niet toegestaan; verwacht alleen gewone attributen zoals lang, title',
      '13:1 een leeg element <>…</> is niet toegestaan; verwacht gewone tekst',
    ]);
  });

  it('weigert javascript:, vbscript: en data:, ook met spaties of hoofdletters in het schema', () => {
    const m = meldingen('[a](JavaScript:alert(1)) [b](data:text/html,hoi) <a href=" java\tscript:x">c</a>\n');
    expect(m).toHaveLength(3);
    for (const x of m) expect(x).toContain('javascript:- en data:-adressen voeren code uit of verbergen inhoud');
  });

  it('weigert afbeeldingen van een andere site, ook via een verwijzing of zonder https:', () => {
    const m = meldingen('![a][logo] <img src="//cdn.example.com/x.png" alt="x" />\n\n[logo]: https://example.com/logo.png\n');
    expect(m).toEqual([
      '11:1 de afbeelding "https://example.com/logo.png" staat op een andere site: de site laadt niets van andere sites; verwacht een afbeelding in public/afbeeldingen/, zoals /afbeeldingen/naam.jpg',
      '11:12 de afbeelding "//cdn.example.com/x.png" staat op een andere site: de site laadt niets van andere sites; verwacht een afbeelding in public/afbeeldingen/, zoals /afbeeldingen/naam.jpg',
    ]);
  });

  it('weigert een verwijzing met javascript: onder de tekst', () => {
    expect(meldingen('[klik][x]\n\n[x]: javascript:alert(1)\n')[0]).toMatch(/^13:1 het adres "javascript:alert\(1\)"/);
  });

  it('weigert een onderdeel dat de opmaak niet aanbiedt, ook met een punt in de naam, en noemt de toegestane', () => {
    // The layouts pass no components to <Content /> today; docs/redactie.md says so too.
    expect(TOEGESTANE_ONDERDELEN).toEqual([]);
    expect(meldingen('<Foo.Bar />\n')[0]).toContain(
      'onbekend onderdeel <Foo.Bar>: toegestane onderdelen: geen (de opmaak biedt geen onderdelen aan)',
    );
  });

  it('weigert class en target, en noemt wat wel mag', () => {
    expect(meldingen('<a href="/x/" target="_blank" class="knop">x</a>\n')).toEqual([
      '11:1 het attribuut target op <a> is niet toegestaan; verwacht alleen lang, title, href, hreflang',
      '11:1 het attribuut class op <a> is niet toegestaan; verwacht alleen lang, title, href, hreflang',
    ]);
  });

  it('meldt een fout van de compiler op de regel en kolom in het bestand', () => {
    expect(meldingen('Eerste regel.\n\nTweede {regel\n')).toEqual([
      '13:8 de tekst is geen geldige MDX: er staat een { zonder bijbehorende }; verwacht gewone tekst: schrijf \\{ of \\< als u het teken zelf bedoelt',
    ]);
  });
});
