/** Land in beeld as a visitor finds it in the built site (dist/): the real figures, every page, status and marks. */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { attr, byTag, loadPage, text } from '../../helpers/html.ts';
import { distDir } from '../../helpers/paths.ts';
import gemeenten2015 from '../../../data/gemeenten/2015.json' with { type: 'json' };
import gemeenten2016 from '../../../data/gemeenten/2016.json' with { type: 'json' };
import gemeenten2026 from '../../../data/gemeenten/2026.json' with { type: 'json' };
import provincies from '../../../data/provincies.json' with { type: 'json' };
import { slugify } from '../../../src/lib/slug.ts';

const dist = distDir();
const hoofd = (file: string) => text(byTag(loadPage(dist, file).doc, 'main')[0]!);
const normaal = (s: string) => s.replace(/\u2212/g, '-');

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
  it('sorts a provincie table with the gemeenten furthest behind first', () => {
    const page = loadPage(dist, 'land-in-beeld/provincie/utrecht/index.html');
    const tabel = byTag(page.doc, 'table').find((t) => text(byTag(t, 'caption')[0]!).startsWith('Gemeenten in'))!;
    const rang = { 'Achter op schema': 0, 'Enigszins achter op schema': 1, 'Goed op schema': 2, 'Taakstelling gehaald': 3 } as Record<string, number>;
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
  it('offers JSON per gemeente', () => {
    const json = JSON.parse(readFileSync(join(dist, 'land-in-beeld/data/gemeente/gm0363.json'), 'utf8')) as { perioden: unknown[] };
    expect(json.perioden.length).toBe(3);
  });
});

describe('the national page explains the method where the numbers are', () => {
  it('names the COA, the stand on the 1st, netto versus gecorrigeerd and the status rule with an example', () => {
    const m = hoofd('land-in-beeld/index.html');
    for (const s of ['COA', 'afgemeld', 'Stand op de 1e', 'gecorrigeerde taakstelling', 'enigszins achter met 20 tot 29']) expect(m).toContain(s);
  });
});
