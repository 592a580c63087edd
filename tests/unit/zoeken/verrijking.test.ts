/**
 * Index-time enrichment (src/integrations/pagefind.ts): names, spelling variants,
 * synonyms, and what gets added to a built page before Pagefind reads it.
 */
import { describe, expect, it } from 'vitest';
import {
  indexeerbareTekst,
  normaliseer,
  paginaTitel,
  paginaUrl,
  spellingVarianten,
  synoniemenIn,
  verrijkPagina,
  zoekNamen,
  zoekNamenHtml,
} from '../../../src/integrations/pagefind.ts';
import { META, NAAM_SCHEIDING } from '../../../src/scripts/zoeken.ts';

const pagina = (main: string, extra = '') =>
  `<!doctype html><html lang="nl"><head><title>t</title></head><body><header><nav>Woningcorporatie menu</nav></header>${extra}<main id="inhoud" data-pagefind-body>${main}</main><footer>flexwoningen in de footer</footer></body></html>`;

/** The metadata values an enriched page carries, per key. */
function metaVan(html: string): Record<string, string> {
  const uit: Record<string, string> = {};
  for (const m of html.matchAll(/data-pagefind-meta="([^"]*)"/g)) {
    const v = m[1]!.replace(/&amp;/g, '&').replace(/&quot;/g, '"');
    const i = v.indexOf(':');
    if (i > 0) uit[v.slice(0, i)] = v.slice(i + 1);
  }
  return uit;
}
const filtersVan = (html: string) => [...html.matchAll(/data-pagefind-filter="([^":]+):([^"]*)"/g)].map((m) => `${m[1]}:${m[2]}`);

describe('spelling variants of names', () => {
  it('drops apostrophe, leading s- and hyphens the way people type them', () => {
    const v = spellingVarianten("'s-Hertogenbosch");
    expect(v).toEqual(expect.arrayContaining(["'s-Hertogenbosch", 's-Hertogenbosch', 's Hertogenbosch', 'Hertogenbosch']));
  });

  it('folds Frisian diacritics', () => {
    expect(spellingVarianten('Súdwest-Fryslân')).toEqual(expect.arrayContaining(['Súdwest-Fryslân', 'Sudwest-Fryslan', 'Sudwest Fryslan']));
  });

  it('gives the short name of gemeenten with a suffix or a list in their name', () => {
    expect(spellingVarianten('Bergen (NH.)')).toContain('Bergen');
    expect(spellingVarianten('Nuenen, Gerwen en Nederwetten')).toContain('Nuenen');
  });

  it('lists each variant once, whatever the case', () => {
    const v = spellingVarianten('Amsterdam');
    expect(v).toEqual(['Amsterdam']);
  });

  it('normalises for comparison: lowercase, no accents, no apostrophes, single spaces', () => {
    expect(normaliseer("  ’s-Gravenhage ")).toBe('s gravenhage');
    expect(normaliseer('Súdwest-Fryslân')).toBe('sudwest fryslan');
  });
});

describe('zoekNamen: names per gemeente or provincie code', () => {
  it('adds popular names from data/zoeken/naamvarianten.json', () => {
    const z = zoekNamen('GM0518');
    expect(z.sleutel).toBe(META.namen);
    expect(z.naam).toBe("'s-Gravenhage");
    expect(z.namen[0]).toBe("'s-Gravenhage");
    expect(z.namen).toEqual(expect.arrayContaining(['Den Haag', 's-Gravenhage', 'Gravenhage']));
    expect(z.provincie).toBe('Zuid-Holland');
  });

  it('accepts a lowercase code, as in the URL', () => {
    expect(zoekNamen('gm0796').namen).toContain('Den Bosch');
  });

  it('uses the provincie field for provincies, with Friesland for Fryslân', () => {
    const z = zoekNamen('PV21');
    expect(z.sleutel).toBe(META.provincienamen);
    expect(z.namen).toEqual(expect.arrayContaining(['Fryslân', 'Fryslan', 'Friesland']));
    expect(z.provincie).toBe('Fryslân');
  });

  it('knows gemeenten that no longer exist (older indelingen)', () => {
    // Leeuwarderadeel merged into Leeuwarden in 2018; it is in data/gemeenten/2015.json.
    expect(zoekNamen('GM0081').namen).toContain('Leeuwarderadeel');
  });

  it('returns no names for an unknown code', () => {
    expect(zoekNamen('GM9999').namen).toEqual([]);
    expect(zoekNamenHtml('GM9999')).toBe('');
  });

  it('renders hidden, empty elements with the names and the provincie filter', () => {
    const html = zoekNamenHtml('GM1900');
    expect(html).toMatch(/^<span hidden data-zoek-aliassen data-pagefind-meta="namen:Súdwest-Fryslân \| /);
    expect(html).toContain('data-pagefind-filter="provincie:Fryslân"');
    expect(html.replace(/<[^>]+>/g, '')).toBe('');
  });
});

describe('synonyms found in a text', () => {
  it('finds a group through an inflected form and counts the mentions', () => {
    const g = synoniemenIn('Flexwoningen en nog een flexwoning. Ook tijdelijke woningen.');
    const flex = g.find((x) => x.groep.includes('flexunit'));
    expect(flex?.aantal).toBe(3);
  });

  it('finds a multi-word term written as one word and the other way round', () => {
    expect(synoniemenIn('Zij willen woning delen').some((g) => g.groep.includes('kamergewijze verhuur'))).toBe(true);
    expect(synoniemenIn('Woningdelen werkt').some((g) => g.groep.includes('woning delen'))).toBe(true);
  });

  it('does not match short terms inside other words', () => {
    expect(synoniemenIn('De coach van het team en een coalitie').some((g) => g.groep.includes('coa'))).toBe(false);
    expect(synoniemenIn('Het COA en de COA’s').find((g) => g.groep.includes('coa'))?.aantal).toBe(2);
  });

  it('finds compound words that start with a term', () => {
    expect(synoniemenIn('Drie woningcorporaties doen mee').some((g) => g.groep.includes('woningbouwvereniging'))).toBe(true);
  });

  it('finds nothing in unrelated text', () => {
    expect(synoniemenIn('Een tekst over het weer.')).toEqual([]);
  });
});

describe('the indexable text of a page', () => {
  it('is only the data-pagefind-body element, without ignored parts, scripts and styles', () => {
    const html = pagina('<h1>Kop</h1><p>Zichtbaar <b>vet</b></p><div data-pagefind-ignore="all"><p>Verwant: flexwoningen</p></div><script>var x = "geheim";</script><p>Einde &amp; slot</p>');
    const t = indexeerbareTekst(html);
    expect(t).toBe('Kop Zichtbaar vet Einde & slot');
  });

  it('is empty for a page without data-pagefind-body', () => {
    expect(indexeerbareTekst('<html><body><main><p>Lijst</p></main></body></html>')).toBe('');
  });

  it('copes with void elements, self-closing svg and unclosed paragraphs', () => {
    const t = indexeerbareTekst(pagina('<p>Een<br>twee<img src="x.png" alt="plaatje"><svg><path d="M0 0"/></svg><p>drie</main>'));
    expect(t).toBe('Een twee drie');
  });

  it('takes the title from data-pagefind-meta="title", else the first h1', () => {
    expect(paginaTitel(pagina('<h1 data-pagefind-meta="title">Woningdelen &amp; meer</h1>'))).toBe('Woningdelen & meer');
    expect(paginaTitel(pagina('<h1>Gewone kop</h1>'))).toBe('Gewone kop');
  });

  it('maps a dist file to its URL', () => {
    expect(paginaUrl('vragen/x/index.html')).toBe('/vragen/x/');
    expect(paginaUrl('index.html')).toBe('/');
    expect(paginaUrl('404.html')).toBe('/404.html');
  });
});

describe('verrijkPagina: what a page gets before Pagefind reads it', () => {
  it('adds synonyms of title words weighted as title, of text words by how often they occur', () => {
    const html = pagina(
      '<h1 data-pagefind-meta="title">Flexwoningen plaatsen</h1><p>De corporatie helpt. De corporatie bouwt. De corporatie beheert.</p><p>Een statushouder.</p>',
    );
    const v = verrijkPagina(html, '/handreikingen/x/');
    const meta = metaVan(v.html);
    expect(meta[META.titeltermen]).toContain('flexunit');
    expect(meta[META.kerntermen]).toContain('woningbouwvereniging');
    expect(meta[META.zoektermen]).toContain('vergunninghouder');
    expect(meta[META.hoofdtermen]).toBeUndefined();
  });

  it('does not read synonyms from navigation or footer', () => {
    const v = verrijkPagina(pagina('<h1>Over ons</h1><p>Tekst.</p>'), '/over/');
    expect(v.synoniemen).toEqual([]);
  });

  it('adds names and filters to a Land in beeld gemeente page that lacks ZoekAliassen, and says so', () => {
    const html = pagina('<span hidden data-pagefind-ignore data-pagefind-filter="type">gemeente</span><h1>Súdwest-Fryslân</h1>');
    const v = verrijkPagina(html, '/land-in-beeld/gemeente/gm1900/');
    expect(v.zonderAliassen).toBe(true);
    expect(metaVan(v.html)[META.namen]!.split(NAAM_SCHEIDING)).toContain('Sudwest Fryslan');
    expect(filtersVan(v.html)).toEqual(['provincie:Fryslân']);
    expect(metaVan(v.html).type).toBe('gemeente');
  });

  it('leaves the names to ZoekAliassen when the page has it', () => {
    const html = pagina(`<h1>’s-Gravenhage</h1>${zoekNamenHtml('GM0518')}<span hidden data-pagefind-filter="type">gemeente</span>`);
    const v = verrijkPagina(html, '/land-in-beeld/gemeente/gm0518/');
    expect(v.zonderAliassen).toBe(false);
    expect(v.html.match(/data-zoek-aliassen/g)).toHaveLength(1);
    expect(v.namen).toContain('Den Haag');
  });

  it('adds the type filter to a provincie page without one', () => {
    const v = verrijkPagina(pagina('<h1>Provincie Fryslân</h1>'), '/land-in-beeld/provincie/fryslan/');
    expect(filtersVan(v.html)).toContain('type:provincie');
    expect(metaVan(v.html)[META.provincienamen]).toContain('Friesland');
  });

  it('gives a thema hub its name and synonyms from data/themas.json', () => {
    const v = verrijkPagina(pagina('<h1>Woningdelen</h1>'), '/themas/woningdelen/');
    expect(metaVan(v.html)[META.namen]!.split(NAAM_SCHEIDING)).toEqual(expect.arrayContaining(['Woningdelen', 'kamergewijze verhuur']));
    expect(filtersVan(v.html)).toEqual(['thema:Woningdelen']);
  });

  it('adds the provincie of each gemeente a goed voorbeeld links to', () => {
    const main = '<h1>Startblok</h1><a href="/land-in-beeld/gemeente/gm0363/" data-pagefind-filter="gemeente">Amsterdam</a>, <a data-pagefind-filter="gemeente" href="/land-in-beeld/gemeente/gm0796/">Den Bosch</a> <a href="/land-in-beeld/gemeente/gm0014/">Groningen (geen filter)</a>';
    const v = verrijkPagina(pagina(main), '/goede-voorbeelden/startblok/');
    expect(filtersVan(v.html).sort()).toEqual(['provincie:Noord-Brabant', 'provincie:Noord-Holland']);
  });

  it('puts everything in one hidden block just before </body>, and nothing visible', () => {
    const v = verrijkPagina(pagina('<h1>Flexwoningen</h1>'), '/x/');
    const blok = /<div hidden data-zoek-verrijking>(.*?)<\/div><\/body>/.exec(v.html);
    expect(blok).not.toBeNull();
    expect(blok![1]!.replace(/<[^>]+>/g, '')).toBe('');
  });

  it('leaves a page without anything to add unchanged', () => {
    const html = pagina('<h1 data-pagefind-meta="type:vraag">Over het weer</h1>');
    expect(verrijkPagina(html, '/over/').html).toBe(html);
  });

  it('escapes quotes in metadata values', () => {
    const html = pagina('<h1>Flexwoningen</h1>');
    expect(verrijkPagina(html, '/x/').html).not.toMatch(/data-pagefind-meta="[^"]*"[^ >]/);
  });
});
