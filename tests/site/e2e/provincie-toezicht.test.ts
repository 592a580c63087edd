/**
 * Journey: a provincie supervisor checks a gemeente. Land in beeld → provincie
 * Noord-Holland → a gemeente → the CSV download, which must parse with the
 * separator and encoding that the page itself tells the reader.
 */
import { dsvFormat } from 'd3-dsv';
import { describe, expect, it } from 'vitest';
import { pathOf } from '../../../scripts/lib/browser.ts';
import { skipUnlessBuilt, useSession } from '../../helpers/session.ts';

export interface CsvFormat {
  separator: ',' | ';' | '\t';
  encoding: 'utf-8' | 'windows-1252';
  bom: boolean;
}

/** Read the separator and encoding from the Dutch text next to a download link. */
export function csvFormatFromText(t: string): CsvFormat | string {
  const tekst = t.replace(/\s+/g, ' ');
  const separator = /puntkomma|semicolon|scheidingsteken\W{0,3};|gescheiden door\W{0,3};/i.test(tekst)
    ? ';'
    : /\btab(s|blad)?\b|tab-gescheiden/i.test(tekst)
      ? '\t'
      : /\bkomma('s)?\b|comma|scheidingsteken\W{0,3},/i.test(tekst)
        ? ','
        : undefined;
  const encoding = /utf-?8/i.test(tekst) ? 'utf-8' : /windows-1252|iso-8859-1|latin-?1/i.test(tekst) ? 'windows-1252' : undefined;
  if (!separator || !encoding) {
    return `the page does not say ${[!separator && 'which separator (komma, puntkomma, tab)', !encoding && 'which encoding (UTF-8)'].filter(Boolean).join(' and ')} the CSV uses`;
  }
  return {
    separator,
    encoding,
    bom: encoding === 'utf-8' && /\bBOM\b|byte order mark/i.test(tekst) && !/zonder BOM/i.test(tekst),
  };
}

describe('provincie supervisor: Land in beeld → provincie → gemeente → CSV', () => {
  const s = useSession();

  it('reads the separator and encoding from Dutch text (self-check of this test)', () => {
    expect(csvFormatFromText('CSV, gescheiden door puntkomma’s, tekenset UTF-8 met BOM (opent goed in Excel).')).toEqual({
      separator: ';',
      encoding: 'utf-8',
      bom: true,
    });
    expect(csvFormatFromText('Scheidingsteken: komma. Codering: UTF-8 zonder BOM.')).toEqual({
      separator: ',',
      encoding: 'utf-8',
      bom: false,
    });
    expect(csvFormatFromText('Download de cijfers')).toMatch(/does not say which separator .* and which encoding/);
  });

  it('follows the provincie to a gemeente and downloads a CSV that parses as documented', async ({ skip }) => {
    const { page } = s;
    await skipUnlessBuilt(s, skip, '/land-in-beeld/', 'national Land in beeld page');
    await page.goto('/land-in-beeld/');
    expect(await page.locator('h1').textContent()).toMatch(/Land in beeld/i);

    const provincie = '/land-in-beeld/provincie/noord-holland/';
    await skipUnlessBuilt(s, skip, provincie, 'provincie page');
    const provLink = page.locator(`main a[href="${provincie}"]`).first();
    expect(await provLink.count(), 'the national page links to provincie Noord-Holland').toBe(1);
    await provLink.click();
    await page.waitForURL(`**${provincie}`);
    expect(await page.locator('h1').textContent()).toMatch(/Noord-Holland/);

    // Amsterdam if the provincie page lists it, else its first gemeente.
    const gemeenteLinks = page.locator('main a[href^="/land-in-beeld/gemeente/"]');
    expect(await gemeenteLinks.count(), 'the provincie page links to its gemeenten').toBeGreaterThan(0);
    const amsterdam = page.locator('main a[href="/land-in-beeld/gemeente/gm0363/"]').first();
    const gekozen = (await amsterdam.count()) > 0 ? amsterdam : gemeenteLinks.first();
    const href = (await gekozen.getAttribute('href'))!;
    const naam = (await gekozen.textContent())!.trim();
    await skipUnlessBuilt(s, skip, href, 'gemeente page');
    await gekozen.click();
    await page.waitForURL(`**${href}`);
    expect(pathOf(page)).toBe(href);
    expect(await page.locator('h1').textContent()).toContain(naam);

    // The download and what the page says about it.
    const csvLink = page.locator('main a[href$=".csv"]').first();
    expect(await csvLink.count(), `${href} offers a CSV download`).toBe(1);
    const csvHref = (await csvLink.getAttribute('href'))!;
    const context = await csvLink.evaluate((a) => {
      const box = a.closest('section, figure, li, p, div, aside, details');
      return `${a.textContent ?? ''} ${a.getAttribute('title') ?? ''} ${box?.textContent ?? ''}`;
    });
    let format = csvFormatFromText(context);
    if (typeof format === 'string') format = csvFormatFromText(await page.locator('main').innerText());
    expect(typeof format === 'string' ? format : 'documented').toBe('documented');
    const f = format as CsvFormat;

    const res = await page.request.get(new URL(csvHref, page.url()).href);
    expect(res.status(), csvHref).toBe(200);
    expect(res.headers()['content-type'], csvHref).toMatch(/^text\/csv/);
    const bytes = await res.body();
    const hasBom = bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf;
    if (f.bom) expect(hasBom, 'the page promises a BOM').toBe(true);
    const text = new TextDecoder(f.encoding, { fatal: true, ignoreBOM: false }).decode(bytes);

    const rows = dsvFormat(f.separator).parseRows(text.replace(/\r?\n$/, ''));
    expect(rows.length, 'a header row and at least one data row').toBeGreaterThan(1);
    const width = rows[0]!.length;
    expect(width, `the header row splits on "${f.separator === '\t' ? 'tab' : f.separator}" into columns`).toBeGreaterThan(1);
    const ragged = rows.map((r, i) => [i + 1, r.length] as const).filter(([, n]) => n !== width);
    expect(ragged, 'every row has as many fields as the header').toEqual([]);
    expect(new Set(rows[0]).size, 'column names are unique').toBe(width);
    const code = href.split('/').at(-2)!.toUpperCase();
    expect(text.includes(code) || text.includes(naam), `the CSV is about ${naam} (${code})`).toBe(true);
  });
});

describe('Land in beeld on a phone and by keyboard', () => {
  const s = useSession();

  // One page of every Land in beeld template.
  const templates = [
    '/land-in-beeld/',
    '/land-in-beeld/provincie/noord-holland/',
    '/land-in-beeld/gemeente/gm0363/',
    '/land-in-beeld/gemeente/gm0381/',
    '/land-in-beeld/gemeente/gm1970/',
    '/land-in-beeld/gemeenten/',
    '/land-in-beeld/methode/',
    '/land-in-beeld/downloads/',
    '/land-in-beeld/archief/',
    '/land-in-beeld/archief/2015-10/',
    '/land-in-beeld/archief/2015-10/utrecht/',
  ];

  it('no Land in beeld template is wider than the screen at 375 px', async ({ skip }) => {
    const { page } = s;
    await skipUnlessBuilt(s, skip, '/land-in-beeld/', 'national Land in beeld page');
    await page.setViewportSize({ width: 375, height: 800 });
    const teBreed: string[] = [];
    for (const pad of templates) {
      await page.goto(pad);
      const breedte = await page.evaluate(() => document.documentElement.scrollWidth);
      if (breedte > 375) teBreed.push(`${pad}: ${breedte}px`);
    }
    expect(teBreed).toEqual([]);
  });

  it('a wide table scrolls inside its own box at 375 px, with a visible hint', async ({ skip }) => {
    const { page } = s;
    await skipUnlessBuilt(s, skip, '/land-in-beeld/', 'national Land in beeld page');
    await page.setViewportSize({ width: 375, height: 800 });
    await page.goto('/land-in-beeld/');
    const box = page.locator('.tabel-scroll').filter({ has: page.locator('table.reeks-tabel') });
    const { scroll, client } = await box.evaluate((el) => ({ scroll: el.scrollWidth, client: el.clientWidth }));
    expect(scroll).toBeGreaterThan(client);
    expect(await page.locator('.tabel-hint').first().isVisible()).toBe(true);
  });

  it('the national map links every gemeente; Tab reaches them, the name shows on focus, Enter opens the page', async ({
    skip,
  }) => {
    const { page } = s;
    await skipUnlessBuilt(s, skip, '/land-in-beeld/', 'national Land in beeld page');
    await page.setViewportSize({ width: 1280, height: 900 });
    await page.goto('/land-in-beeld/');
    const links = page.locator('#kaart ~ .ot-chart svg a.ot-map__link');
    expect(await links.count()).toBe(342);
    const amsterdam = page.locator('svg a.ot-map__link[href="/land-in-beeld/gemeente/gm0363/"]');
    expect(await amsterdam.getAttribute('aria-label')).toBe('Amsterdam');
    const naam = amsterdam.locator('.ot-map__naam');
    expect(await naam.evaluate((el) => getComputedStyle(el).visibility)).toBe('hidden');
    // Keyboard: from the link before it, one Tab lands on Amsterdam.
    const vorige = await page.evaluate(() => {
      const all = [...document.querySelectorAll('svg a.ot-map__link')];
      const i = all.findIndex((a) => a.getAttribute('href') === '/land-in-beeld/gemeente/gm0363/');
      return all[i - 1]!.getAttribute('href');
    });
    await page.locator(`svg a.ot-map__link[href="${vorige}"]`).focus();
    await page.keyboard.press('Tab');
    expect(await page.evaluate(() => document.activeElement?.getAttribute('href'))).toBe('/land-in-beeld/gemeente/gm0363/');
    expect(await naam.evaluate((el) => getComputedStyle(el).visibility)).toBe('visible');
    await page.keyboard.press('Enter');
    await page.waitForURL('**/land-in-beeld/gemeente/gm0363/');
    expect(await page.locator('h1').textContent()).toBe('Amsterdam');
  });
});
