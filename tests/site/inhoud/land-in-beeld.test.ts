/** Land in beeld as a visitor finds it in the built site (dist/): the real figures, every page, status and marks. */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { attr, byTag, loadPage, text } from '../../helpers/html.ts';
import { distDir } from '../../../scripts/lib/paths.ts';
import gemeenten2015 from '../../../data/gemeenten/2015.json' with { type: 'json' };
import gemeenten2016 from '../../../data/gemeenten/2016.json' with { type: 'json' };
import gemeenten2026 from '../../../data/gemeenten/2026.json' with { type: 'json' };
import provincies from '../../../data/provincies.json' with { type: 'json' };
import { slugify } from '../../../src/lib/slug.ts';

const dist = distDir();
const hoofd = (file: string) => text(byTag(loadPage(dist, file).doc, 'main')[0]!);
const normaal = (s: string) => s.replace(/\u2212/g, '-');
function* readdirRecursive(map: string): Generator<string> {
  for (const e of readdirSync(map, { withFileTypes: true })) {
    if (e.isDirectory()) yield* readdirRecursive(join(map, e.name));
    else yield join(map, e.name);
  }
}

describe('archive page for the stand of 1 January 2016 reproduces Figure 1 of the letter of 17 March 2016', () => {
  const page = loadPage(dist, 'land-in-beeld/archief/2016-01/index.html');
  const main = normaal(text(byTag(page.doc, 'main')[0]!));
  const verloop = byTag(page.doc, 'table').find((t) => t.attribs.class?.includes('periodeverloop'))!;
  const rij = (label: string) => normaal(text(byTag(verloop, 'tr').find((tr) => text(tr).startsWith(label))!));

  it('shows 2015-I: achterstand 2.633 on 1 January, taakstelling 14.000, 11.357 housed, 5.276 carried over', () => {
    const r = rij('eerste helft 2015');
    for (const n of ['2.633', '14.000', '16.633', '11.357', '5.276']) expect(r).toContain(n);
    expect(r).toContain('393 gemeenten');
  });
  it('shows 2015-II: taakstelling 14.871, 20.147 with the achterstand, 16.753 housed, 3.394 left', () => {
    const r = rij('tweede helft 2015');
    for (const n of ['5.276', '14.871', '20.147', '16.753', '3.394']) expect(r).toContain(n);
  });
  it('splits the 3.394 into 241 gemeenten behind (4.493) and 152 ahead (−1.099)', () => {
    const r = rij('tweede helft 2015');
    expect(r).toMatch(/241\s*samen 4\.493/);
    expect(r).toMatch(/152\s*samen -1\.099/);
  });
  it('shows the monthly realisatie July–December 2015 in the chart table', () => {
    for (const n of ['2.411', '2.236', '2.335', '2.724', '3.114', '3.933']) expect(main).toContain(n);
  });
  it('starts 2016-I on the 2016 indeling: 390 gemeenten, 20.000 plus 3.394 = 23.394', () => {
    const r = rij('eerste helft 2016');
    for (const n of ['3.394', '20.000', '23.394', '390 gemeenten']) expect(r).toContain(n);
  });
  it('marks the per-gemeente figures as illustratief', () => {
    expect(main).toContain('de cijfers per gemeente zijn illustratief');
  });
});

describe('every gemeente and provincie has its page', () => {
  const codes = [...new Set([...gemeenten2015, ...gemeenten2016, ...gemeenten2026].map((g) => g.code))];
  it('has a page for every gemeente code of every indeling, with its name as h1', () => {
    const ontbreekt = codes.filter((c) => !existsSync(join(dist, 'land-in-beeld/gemeente', c.toLowerCase(), 'index.html')));
    expect(ontbreekt).toEqual([]);
  });
  it.each([
    ['GM0363', 'Amsterdam'],
    ['GM0518', "'s-Gravenhage"],
    ['GM1900', 'Súdwest-Fryslân'],
    ['GM0381', 'Bussum'],
  ])('gemeente %s (%s) shows its chart, locator map and table', (code, naam) => {
    const page = loadPage(dist, `land-in-beeld/gemeente/${code.toLowerCase()}/index.html`);
    expect(text(byTag(page.doc, 'h1')[0]!)).toBe(naam);
    const svgs = byTag(page.doc, 'svg').filter((s) => attr(s, 'role') === 'img');
    expect(svgs.length).toBeGreaterThanOrEqual(2);
    expect(byTag(page.doc, 'table').length).toBeGreaterThanOrEqual(2);
    expect(text(byTag(page.doc, 'main')[0]!)).toContain('voorbeeldgegevens 2015–2016');
    expect(text(byTag(page.doc, 'main')[0]!)).toContain('illustratief');
  });
  it('links a merged gemeente to its successor and back', () => {
    const bussum = loadPage(dist, 'land-in-beeld/gemeente/gm0381/index.html');
    expect(byTag(bussum.doc, 'a').map((a) => attr(a, 'href'))).toContain('/land-in-beeld/gemeente/gm1942/');
    const gooise = loadPage(dist, 'land-in-beeld/gemeente/gm1942/index.html');
    const hrefs = byTag(gooise.doc, 'a').map((a) => attr(a, 'href'));
    for (const c of ['gm0381', 'gm0424', 'gm0425']) expect(hrefs).toContain(`/land-in-beeld/gemeente/${c}/`);
  });
  it.each(provincies.map((p) => [p.naam]))('provincie %s has a page with its map and the table of its gemeenten', (naam) => {
    const page = loadPage(dist, `land-in-beeld/provincie/${slugify(naam)}/index.html`);
    expect(text(byTag(page.doc, 'h1')[0]!)).toBe(`Provincie ${naam}`);
    expect(byTag(page.doc, 'svg').some((s) => attr(s, 'role') === 'img')).toBe(true);
    const tabel = byTag(page.doc, 'table').find((t) => text(byTag(t, 'caption')[0]!).startsWith('Gemeenten in'))!;
    expect(byTag(byTag(tabel, 'tbody')[0]!, 'tr').length).toBeGreaterThan(5);
  });
});

describe('status classes follow the documented rule on the pages', () => {
  it('sorts a provincie table of the example data with the gemeenten furthest behind first', () => {
    const page = loadPage(dist, 'land-in-beeld/archief/2016-06/utrecht/index.html');
    const tabel = byTag(page.doc, 'table').find((t) => text(byTag(t, 'caption')[0]!).startsWith('Gemeenten in'))!;
    const rang = {
      'Achter op schema': 0,
      'Enigszins achter op schema': 1,
      'Goed op schema': 2,
      'Taakstelling gehaald': 3,
    } as Record<string, number>;
    const statussen = byTag(byTag(tabel, 'tbody')[0]!, 'tr').map((tr) => rang[text(byTag(tr, 'td')[0]!)] ?? 9);
    expect(statussen).toEqual([...statussen].sort((a, b) => a - b));
  });
  it('explains the boundary between enigszins achter and achter on the methodology page', () => {
    const m = hoofd('land-in-beeld/methode/index.html');
    expect(m).toContain('één maand werk');
    expect(m).toContain('16,7%');
    expect(m).toContain('20 tot 29');
  });
});

describe('downloads', () => {
  it('offers a CSV per snapshot that opens in Excel with Dutch settings', () => {
    const csv = readFileSync(join(dist, 'land-in-beeld/data/2016-01.csv'), 'utf8');
    expect(csv.charCodeAt(0)).toBe(0xfeff);
    const regels = csv.slice(1).split('\r\n').filter(Boolean);
    expect(regels[0]!.split(';')).toContain('realisatie');
    expect(regels).toHaveLength(394);
    const kol = regels[0]!.split(';').indexOf('realisatie');
    const som = regels.slice(1).reduce((t, r) => t + Number(r.split(';')[kol]), 0);
    expect(som).toBe(16753);
  });
  it('offers JSON per gemeente, with the example periods and the computed shares', () => {
    const json = JSON.parse(readFileSync(join(dist, 'land-in-beeld/data/gemeente/gm0363.json'), 'utf8')) as {
      perioden: unknown[];
      berekend: { periode: string; aandeel: number | null; gegevens: string }[];
    };
    expect(json.perioden.length).toBe(3);
    expect(json.berekend.find((b) => b.periode === '2025-II')).toMatchObject({ aandeel: 675, gegevens: 'berekend (indicatie)' });
  });
  it('offers a CSV for a gemeente of today that did not exist in 2016 (Noardeast-Fryslân), with its computed share', () => {
    const csv = readFileSync(join(dist, 'land-in-beeld/data/gemeente/gm1970.csv'), 'utf8');
    expect(csv).toContain('berekend (indicatie)');
    expect(csv).toContain('GM1970');
  });
  it('offers a CSV and JSON per provincie with only its own gemeenten, whose shares add up to the national 13.000', () => {
    let totaal = 0;
    for (const p of provincies) {
      const eigen = gemeenten2026
        .filter((g) => g.provincie === p.code)
        .map((g) => g.code)
        .sort();
      const regels = readFileSync(join(dist, `land-in-beeld/data/provincie/${slugify(p.naam)}.csv`), 'utf8')
        .slice(1)
        .split('\r\n')
        .filter(Boolean);
      const kop = regels[0]!.split(';');
      const rijen = regels.slice(1).map((r) => r.split(';'));
      expect([...new Set(rijen.map((r) => r[kop.indexOf('gemeentecode')]!))].sort(), p.naam).toEqual(eigen);
      totaal += rijen
        .filter((r) => r[kop.indexOf('periode')] === '2025-II')
        .reduce((t, r) => t + Number(r[kop.indexOf('berekend_deel')]), 0);
      const json = JSON.parse(readFileSync(join(dist, `land-in-beeld/data/provincie/${slugify(p.naam)}.json`), 'utf8')) as {
        gemeenten: { code: string }[];
      };
      expect(json.gemeenten.map((g) => g.code).sort()).toEqual(eigen);
    }
    expect(totaal).toBe(13000);
  });
});

describe('the national series as visitors see it', () => {
  const page = loadPage(dist, 'land-in-beeld/index.html');
  const tabel = byTag(page.doc, 'table').find((t) => t.attribs.class?.includes('reeks-tabel'))!;
  const rij = (id: string) => byTag(tabel, 'tr').find((tr) => attr(tr, 'id') === id)!;
  it('leads with the current period (tweede helft 2026) and says its figure is not known', () => {
    const m = hoofd('land-in-beeld/index.html');
    expect(m).toContain('Nu: de tweede helft 2026');
    expect(m).toMatch(/taakstelling voor de tweede helft 2026 is onbekend/);
    expect(m).toMatch(/nieuwste bekende cijfer is van de\s*tweede helft 2025\s*: een netto taakstelling van\s*13\.000/);
  });
  it('shows every half-year from 2015-I to 2026-II', () => {
    expect(byTag(byTag(tabel, 'tbody')[0]!, 'tr')).toHaveLength(24);
  });
  it('shows 2015-II from the progress letter: 14.900 announced, 14.871 set, 5.276 achterstand, 20.147, 16.753 housed', () => {
    const r = normaal(text(rij('reeks-2015-ii')));
    for (const n of ['14.900', '14.871', '5.276', '20.147', '16.753', 'Platform Opnieuw Thuis, 17 maart 2016'])
      expect(r).toContain(n);
  });
  it('shows 2019-I as set at 8.000 and lowered to 6.000, linked to the Rijksoverheid announcement', () => {
    const r = rij('reeks-2019-i');
    expect(text(r)).toContain('8.000');
    expect(text(r)).toContain('6.000');
    expect(byTag(r, 'a').map((a) => attr(a, 'href'))).toContain(
      'https://www.rijksoverheid.nl/actueel/nieuws/2019/03/26/taakstelling-huisvesting-vergunninghouders-omlaag',
    );
    expect(byTag(r, 'a').map((a) => text(a))).toContain('Rijksoverheid, 26 maart 2019');
  });
  it('marks 2024-II as uncertain and 2026-I as onbekend', () => {
    expect(text(rij('reeks-2024-ii'))).toContain('onzeker');
    expect(text(rij('reeks-2026-i'))).not.toMatch(/\d\.\d{3}\s*Bron/);
  });
  it('links every gemeente on the map, with its name as accessible name', () => {
    const svg = byTag(page.doc, 'svg').find((s) => attr(s, 'role') === 'group')!;
    const links = byTag(svg, 'a');
    expect(links).toHaveLength(342);
    const ams = links.find((a) => attr(a, 'href') === '/land-in-beeld/gemeente/gm0363/')!;
    expect(attr(ams, 'aria-label')).toBe('Amsterdam');
  });
  it('shows the newest real national facts on the home page', () => {
    const m = hoofd('index.html');
    expect(m).toContain('De nieuwste bekende landelijke taakstelling is voor de tweede helft 2025: 13.000 vergunninghouders');
    expect(m).not.toMatch(/Stand op 1 juni 2016/);
  });
});

describe('a gemeente page answers the raadslid', () => {
  it('opens Amsterdam with its computed share for the newest known period', () => {
    const page = loadPage(dist, 'land-in-beeld/gemeente/gm0363/index.html');
    expect(text(byTag(page.doc, 'main')[0]!)).toContain(
      'Amsterdam moest in de tweede helft 2025 ongeveer 675 vergunninghouders huisvesten: berekend (indicatie) als deel van de landelijke 13.000, naar het aantal inwoners; het cijfer voor de tweede helft 2026 is nog niet bekend.',
    );
  });
  it('shows a public report as reported, with who and when, apart from the computed table', () => {
    const m = hoofd('land-in-beeld/gemeente/gm0363/index.html');
    expect(m).toMatch(
      /taak 768 \(waarschijnlijk gecorrigeerd\),\s*gehuisvest 320 \(stand 1 juli 2022\)\.\s*Gemeld door\s*NU\.nl\s*, op juli 2022/,
    );
  });
  it('gives every gemeente of today its sentence', () => {
    const zonder = gemeenten2026.filter(
      (g) => !hoofd(`land-in-beeld/gemeente/${g.code.toLowerCase()}/index.html`).includes('berekend (indicatie)'),
    );
    expect(zonder.map((g) => g.code)).toEqual([]);
  });
});

describe('projection at the pace of the last three months, where monthly data exists', () => {
  it('says on the example stand of 1 October 2015 where the nation would end, and draws it as a labelled line', () => {
    const page = loadPage(dist, 'land-in-beeld/archief/2015-10/index.html');
    const m = normaal(text(byTag(page.doc, 'main')[0]!));
    // (2.411 + 2.236 + 2.335) / 3 = 2.327 per month; 6.982 + 3 × 2.327,3 = 13.964 of 20.147
    expect(m).toMatch(/Projectie: gaat Nederland door in het tempo van de laatste drie maanden \(gemiddeld 2\.327 per maand\)/);
    expect(m).toMatch(/ongeveer 13\.964 van de 20\.147/);
    expect(m).toContain('projectie 13.964');
  });
  it('shows none for a period that is over', () => {
    expect(hoofd('land-in-beeld/archief/2016-01/index.html')).not.toContain('Projectie:');
  });
});

describe('no page calls the 2015–2016 data current', () => {
  it('has no "nieuwste stand" or promise of monthly updates on any Land in beeld page', () => {
    const paginas = [...readdirRecursive(join(dist, 'land-in-beeld'))].filter((f) => f.endsWith('.html'));
    expect(paginas.length).toBeGreaterThan(500);
    const fout = paginas.filter((f) => /nieuwste stand|Elke maand komt er|laatste stand: /i.test(readFileSync(f, 'utf8')));
    expect(fout).toEqual([]);
  });
  it('never shows two headline tiles with the same number', () => {
    const paginas = [...readdirRecursive(join(dist, 'land-in-beeld'))].filter((f) => f.endsWith('.html'));
    const dubbel = paginas.filter((f) => {
      const html = readFileSync(f, 'utf8');
      return [...html.matchAll(/<ul class="kerncijfers">(.*?)<\/ul>/gs)].some(([, ul]) => {
        const w = [...ul!.matchAll(/<span class="waarde">(.*?)<\/span>/g)].map((x) => x[1]);
        return new Set(w).size !== w.length;
      });
    });
    expect(dubbel).toEqual([]);
  });
  it('has no file paths or bare URLs in chart captions', () => {
    const paginas = [...readdirRecursive(join(dist, 'land-in-beeld'))].filter((f) => f.endsWith('.html'));
    const fout = paginas.filter((f) =>
      [...readFileSync(f, 'utf8').matchAll(/<figcaption>(.*?)<\/figcaption>/gs)].some(([, c]) =>
        /https?:\/\/|scripts\/|data\/|\.ts\b/.test(c!.replace(/<[^>]+>/g, '')),
      ),
    );
    expect(fout).toEqual([]);
  });
});

describe('the national page explains the method where the numbers are', () => {
  it('names the COA, the stand on the 1st, netto versus gecorrigeerd and the status rule with an example', () => {
    const m = hoofd('land-in-beeld/index.html');
    for (const s of ['COA', 'afgemeld', 'Stand op de 1e', 'gecorrigeerde taakstelling', 'enigszins achter met 20 tot 29'])
      expect(m).toContain(s);
  });
});
