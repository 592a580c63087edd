/** Advies op maat as a visitor reads it in the built site: the first solution and a matching voorbeeld per answer. */
import { existsSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { attr, byTag, elements, loadPage, text } from '../../helpers/html.ts';
import { distDir } from '../../../scripts/lib/paths.ts';
import gemeenten2026 from '../../../data/gemeenten/2026.json' with { type: 'json' };
import { readFileSync } from 'node:fs';
import { parse } from 'yaml';

const dist = distDir();
const pagina = (pad: string) => loadPage(dist, `${pad.replace(/^\//, '')}index.html`);
const sectie = (pad: string, kop: string) => {
  const doc = pagina(pad).doc;
  return elements(doc, (e) => e.name === 'section' && attr(e, 'aria-labelledby') === kop)[0]!;
};
const oplossingen = (pad: string) => byTag(sectie(pad, 'kop-oplossingen'), 'h3').map(text);
const voorbeelden = (pad: string) => byTag(sectie(pad, 'kop-voorbeelden'), 'a').map((a) => attr(a, 'href')!);

describe('every combination of answers has a pre-rendered answer page', () => {
  it('90 answer pages under /advies/<voor>/<knelpunt>/<termijn>/', () => {
    const paden: string[] = [];
    for (const v of readdirSync(join(dist, 'advies'), { withFileTypes: true }).filter(
      (e) => e.isDirectory() && e.name !== 'antwoord',
    )) {
      for (const k of readdirSync(join(dist, 'advies', v.name))) {
        for (const t of readdirSync(join(dist, 'advies', v.name, k))) paden.push(`${v.name}/${k}/${t}`);
      }
    }
    expect(paden).toHaveLength(90);
    for (const p of paden) expect(existsSync(join(dist, 'advies', p, 'index.html')), p).toBe(true);
  });
});

describe.each([
  [
    '/advies/alleenstaanden/weinig-sociale-huur/binnen-drie-maanden/',
    'Woningdelen',
    /Woningdelen|Kamerverhuur|Startblok|Stek|Place2BU|Einstein/i,
  ],
  ['/advies/gezinnen/leeg-vastgoed/binnen-een-jaar/', 'Transformatie van leegstaand vastgoed', /./],
  ['/advies/gezinnen/grond-voor-tijdelijk/structureel/', 'Flexwonen en flexunits', /./],
  ['/advies/grote-gezinnen/weinig-sociale-huur/binnen-een-jaar/', 'Particuliere verhuur', /groot gezin/i],
  ['/advies/nareizigers/wachten/binnen-drie-maanden/', 'Nareizigers', /./],
  ['/advies/alleenstaanden/weerstand-buurt/structureel/', 'Draagvlak en integratie', /./],
])('%s', (pad, eerste, voorbeeldTitel) => {
  it(`recommends ${eerste} first, with why and what it takes`, () => {
    expect(oplossingen(pad)[0]).toBe(eerste);
    const li = byTag(sectie(pad, 'kop-oplossingen'), 'li')[0]!;
    for (const kop of ['Tijd', 'Kosten', 'Wie betrekt u erbij']) expect(text(li)).toContain(kop);
    expect(text(li)).toMatch(/Waarom dit advies: \S/);
  });
  it('lists at least one matching goed voorbeeld', () => {
    const v = voorbeelden(pad);
    expect(v.length).toBeGreaterThan(0);
    const titels = byTag(sectie(pad, 'kop-voorbeelden'), 'a').map(text).join(' | ');
    expect(titels).toMatch(voorbeeldTitel);
    for (const href of v) expect(existsSync(join(dist, href, 'index.html')), href).toBe(true);
  });
});

describe('regelingen on answer pages', () => {
  it('lists only regelingen that are open today, never one whose end date has passed', () => {
    // What the content says about each regeling, straight from the frontmatter.
    const vandaag = new Date().toISOString().slice(0, 10);
    const regelingen = new Map<string, { eindigt: string; stand: string }>();
    const MAPPEN: Record<string, string> = {
      handreikingen: 'handreikingen',
      factsheets: 'factsheets',
      vragen: 'vragen',
      voorbeelden: 'goede-voorbeelden',
    };
    for (const [map, pad] of Object.entries(MAPPEN)) {
      for (const f of readdirSync(join('content', map)).filter((n) => n.endsWith('.mdx'))) {
        const fm = parse(readFileSync(join('content', map, f), 'utf8').split(/^---$/m)[1]!) as {
          regeling?: { eindigt: string | Date; stand: string };
        };
        if (fm.regeling) {
          const eindigt =
            fm.regeling.eindigt instanceof Date ? fm.regeling.eindigt.toISOString().slice(0, 10) : fm.regeling.eindigt;
          regelingen.set(`/${pad}/${f.replace(/\.mdx$/, '')}/`, { eindigt, stand: fm.regeling.stand });
        }
      }
    }
    let getoond = 0;
    for (const v of readdirSync(join(dist, 'advies'), { withFileTypes: true }).filter(
      (e) => e.isDirectory() && e.name !== 'antwoord',
    )) {
      for (const k of readdirSync(join(dist, 'advies', v.name))) {
        for (const t of readdirSync(join(dist, 'advies', v.name, k))) {
          const pad = `/advies/${v.name}/${k}/${t}/`;
          for (const a of byTag(sectie(pad, 'kop-regelingen'), 'a')) {
            const r = regelingen.get(attr(a, 'href')!);
            expect(r, `${attr(a, 'href')} on ${pad} is an item about a regeling`).toBeDefined();
            expect(r!.stand, `${attr(a, 'href')} on ${pad}`).toBe('open');
            expect(r!.eindigt >= vandaag, `${attr(a, 'href')} on ${pad} ended on ${r!.eindigt}`).toBe(true);
            getoond++;
          }
        }
      }
    }
    const open = [...regelingen.values()].filter((r) => r.stand === 'open' && r.eindigt >= vandaag);
    if (open.length > 0) expect(getoond, 'open regelingen appear on some answer page').toBeGreaterThan(0);
  });
});

describe('gemeente blocks', () => {
  it('an answer page has one hidden block per gemeente of the current indeling, found by its code as #fragment', () => {
    const doc = pagina('/advies/gezinnen/leeg-vastgoed/structureel/').doc;
    const blokken = elements(doc, (e) => (attr(e, 'class') ?? '').split(' ').includes('gemeente-blok'));
    expect(blokken).toHaveLength(gemeenten2026.length);
    const amsterdam = blokken.find((b) => attr(b, 'id') === 'GM0363')!;
    expect(text(amsterdam)).toContain('Amsterdam');
    expect(text(amsterdam)).toContain('Noord-Holland');
    expect(byTag(amsterdam, 'a').map((a) => attr(a, 'href'))).toContain('/land-in-beeld/gemeente/gm0363/');
    // The same computed share as the opening sentence of Amsterdam's Land in beeld page.
    const aantal = /ongeveer ([\d.]+), berekend \(indicatie\)/.exec(text(amsterdam))?.[1];
    expect(aantal).toBeDefined();
    const gemeentePagina = text(byTag(loadPage(dist, 'land-in-beeld/gemeente/gm0363/index.html').doc, 'main')[0]!);
    expect(gemeentePagina).toContain(`ongeveer ${aantal} vergunninghouders`);
  });
});
