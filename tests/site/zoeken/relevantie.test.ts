/**
 * Does search find the right page first? Against the real built index (no mocks):
 * Pagefind's own pagefind.js in Node, the site served on loopback, the same options and
 * the same re-ordering as the search page (src/scripts/zoeken.ts → zoekResultaten).
 *
 *   OT_DIST=/tmp/ot-search/dist npx vitest run tests/site/zoeken
 *
 * Rows whose page is not built (yet) are skipped with a note; a final check makes sure
 * enough rows really ran.
 */
import { existsSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import themas from '../../../data/themas.json' with { type: 'json' };
import provincies from '../../../data/provincies.json' with { type: 'json' };
import synoniemen from '../../../data/zoeken/synoniemen.json' with { type: 'json' };
import { distDir } from '../../helpers/paths.ts';
import { normaliseer, zoekNamen } from '../../../src/integrations/pagefind.ts';
import { pad } from '../../../src/lib/routes.ts';
import { laadNodePagefind, type NodePagefind } from './pagefind-node.ts';

interface Rij {
  q: string;
  /** The page that must be among the first `top` results. */
  url: string;
  top: number;
  waarom: string;
}

const gem = (code: string) => pad.gemeente(code);
const prov = (naam: string) => pad.provincie(naam);

const RIJEN: Rij[] = [
  // Gemeente names, also popular names and typed without diacritics or apostrophe: first.
  { q: 'Den Haag', url: gem('GM0518'), top: 1, waarom: 'popular name of ’s-Gravenhage' },
  { q: "'s-Gravenhage", url: gem('GM0518'), top: 1, waarom: 'official name' },
  { q: 's-Gravenhage', url: gem('GM0518'), top: 1, waarom: 'without apostrophe' },
  { q: 'Den Bosch', url: gem('GM0796'), top: 1, waarom: 'popular name of ’s-Hertogenbosch' },
  { q: "'s-Hertogenbosch", url: gem('GM0796'), top: 1, waarom: 'official name' },
  { q: 's-Hertogenbosch', url: gem('GM0796'), top: 1, waarom: 'without apostrophe' },
  { q: 'Hertogenbosch', url: gem('GM0796'), top: 1, waarom: 'without ’s-' },
  { q: 'Sudwest Fryslan', url: gem('GM1900'), top: 1, waarom: 'no diacritics, no hyphen' },
  { q: 'Súdwest-Fryslân', url: gem('GM1900'), top: 1, waarom: 'official name' },
  { q: 'Noardeast-Fryslan', url: gem('GM1970'), top: 1, waarom: 'no circumflex' },
  { q: 'Amsterdam', url: gem('GM0363'), top: 1, waarom: 'above goede voorbeelden with Amsterdam in the title' },
  { q: 'Leeuwarden', url: gem('GM0080'), top: 1, waarom: 'above Leeuwarderadeel (prefix match)' },
  { q: 'Nuenen', url: gem('GM0820'), top: 1, waarom: 'short for Nuenen, Gerwen en Nederwetten' },
  { q: 'Bergen op Zoom', url: gem('GM0748'), top: 1, waarom: 'not Bergen (NH.) or Bergen (L.)' },
  { q: 'gemeente Utrecht', url: gem('GM0344'), top: 1, waarom: '"gemeente" picks the gemeente over the provincie and Utrechtse Heuvelrug' },
  { q: 'gemeente Groningen', url: gem('GM0014'), top: 1, waarom: '"gemeente" picks the gemeente over the provincie' },
  { q: 'Utrecht', url: gem('GM0344'), top: 2, waarom: 'same name as the provincie, which comes first' },
  // Provincie names: first.
  { q: 'Friesland', url: prov('Fryslân'), top: 1, waarom: 'Dutch name of Fryslân, above Súdwest-Fryslân' },
  { q: 'Fryslan', url: prov('Fryslân'), top: 1, waarom: 'no circumflex' },
  { q: 'Fryslân', url: prov('Fryslân'), top: 1, waarom: 'official name' },
  { q: 'Noord-Brabant', url: prov('Noord-Brabant'), top: 1, waarom: 'official name, above its 56 gemeenten' },
  { q: 'noord brabant', url: prov('Noord-Brabant'), top: 1, waarom: 'lowercase, no hyphen' },
  { q: 'Brabant', url: prov('Noord-Brabant'), top: 1, waarom: 'popular name' },
  { q: 'Zuid-Holland', url: prov('Zuid-Holland'), top: 1, waarom: 'official name' },
  { q: 'Utrecht', url: prov('Utrecht'), top: 1, waarom: 'same name as the gemeente: the provincie first' },
  { q: 'provincie Utrecht', url: prov('Utrecht'), top: 1, waarom: '"provincie" picks the provincie' },
  // Thema names (full names are checked for every thema below): first.
  { q: 'Flexwonen', url: pad.thema('flexwonen'), top: 1, waarom: 'short thema name' },
  { q: 'Financiering', url: pad.thema('financiering'), top: 1, waarom: 'short thema name' },
  { q: 'Transformatie', url: pad.thema('transformatie'), top: 1, waarom: 'short thema name' },
  { q: 'Studentenhuisvesting', url: pad.thema('studentenhuisvesting'), top: 1, waarom: 'short thema name' },
  // Dutch stemming.
  { q: 'flexwoningen', url: '/vragen/wat-kost-een-flexwoning/', top: 3, waarom: 'plural finds the singular' },
  { q: 'flexwoning plaatsen', url: '/handreikingen/flexwoningen-plaatsen-van-locatie-tot-oplevering/', top: 3, waarom: 'singular finds the plural' },
  { q: 'nareiziger', url: '/factsheets/nareizigers/', top: 3, waarom: 'singular finds the plural' },
  // Domain synonyms.
  { q: 'woning delen', url: pad.thema('woningdelen'), top: 1, waarom: 'two words for woningdelen' },
  { q: 'kamergewijze verhuur', url: '/handreikingen/woningdelen-voor-vergunninghouders/', top: 3, waarom: 'synonym of woningdelen' },
  { q: 'verplaatsbare woning', url: '/handreikingen/flexwoningen-plaatsen-van-locatie-tot-oplevering/', top: 3, waarom: 'synonym of flexwoning' },
  { q: 'tijdelijke woning kosten', url: '/vragen/wat-kost-een-flexwoning/', top: 3, waarom: 'synonym of flexwoning' },
  { q: 'lege panden', url: '/handreikingen/leegstaand-vastgoed-transformeren-tot-woonruimte/', top: 3, waarom: 'synonym of leegstaand vastgoed' },
  { q: 'gezinshereniger', url: pad.thema('nareizigers'), top: 3, waarom: 'synonym of nareiziger' },
  { q: 'huisvestingsopgave berekenen', url: '/factsheets/hoe-de-taakstelling-wordt-berekend/', top: 3, waarom: 'synonym of taakstelling' },
  { q: 'asielstatushouder woning weigeren', url: '/vragen/wat-als-een-vergunninghouder-een-woning-weigert/', top: 1, waarom: 'synonym of vergunninghouder' },
  { q: 'woningbouwvereniging particuliere verhuur', url: '/factsheets/particuliere-verhuur-kansen-en-risicos/', top: 3, waarom: 'synonym of corporatie' },
  // Subjects: the 414 Land in beeld pages must not push the explanation down.
  { q: 'taakstelling', url: '/factsheets/hoe-de-taakstelling-wordt-berekend/', top: 3, waarom: 'the explanation, not a gemeente page' },
  { q: 'achterstand', url: '/vragen/wat-gebeurt-er-met-een-achterstand-of-voorsprong/', top: 3, waarom: 'the explanation, not a gemeente page' },
  { q: 'kostendelersnorm', url: '/vragen/wat-is-de-kostendelersnorm-bij-woningdelen/', top: 3, waarom: 'a term explained on one page' },
  { q: 'regeldag', url: '/vragen/wat-is-een-regeldag/', top: 3, waarom: 'a term explained on one page' },
  { q: 'brp straat', url: '/vragen/wat-is-de-brp-straat/', top: 3, waarom: 'BRP-straat typed with a space' },
];

const dist = distDir();
const gebouwd = (url: string) => existsSync(join(dist, url, 'index.html'));
let uitgevoerd = 0;

describe('search finds the right page first', () => {
  let z: NodePagefind;
  beforeAll(async () => {
    z = await laadNodePagefind();
  });
  afterAll(async () => {
    await z?.close();
  });

  for (const r of RIJEN) {
    it.skipIf(!gebouwd(r.url))(`"${r.q}" → ${r.url} in the top ${r.top} (${r.waarom})`, async () => {
      const { paden } = await z.zoek(r.q);
      const plek = paden.indexOf(r.url) + 1;
      expect(plek, `"${r.q}" gave: ${paden.slice(0, 5).join(', ')}`).toBeGreaterThan(0);
      expect(plek, `"${r.q}" gave: ${paden.slice(0, 5).join(', ')}`).toBeLessThanOrEqual(r.top);
      uitgevoerd++;
    });
  }

  it('every thema hub comes first for its full name', async () => {
    for (const t of themas) {
      const { paden } = await z.zoek(t.naam);
      expect(paden[0], `"${t.naam}" gave: ${paden.slice(0, 3).join(', ')}`).toBe(pad.thema(t.id));
    }
  });

  it('every provincie page comes first for its name', async (ctx) => {
    const gebouwdeProvincies = provincies.filter((p) => gebouwd(prov(p.naam)));
    if (gebouwdeProvincies.length === 0) ctx.skip('SKIPPED: no provincie pages built yet');
    for (const p of gebouwdeProvincies) {
      const { paden } = await z.zoek(p.naam);
      expect(paden[0], `"${p.naam}" gave: ${paden.slice(0, 3).join(', ')}`).toBe(prov(p.naam));
    }
  });

  it('every gemeente page is first for its own name (second when a provincie or another indeling has the same name)', async (ctx) => {
    const map = join(dist, 'land-in-beeld', 'gemeente');
    const codes = existsSync(map) ? readdirSync(map).filter((c) => /^gm\d{4}$/.test(c) && gebouwd(gem(c))) : [];
    if (codes.length === 0) ctx.skip('SKIPPED: no gemeente pages built yet');
    const naamVan = new Map(codes.map((c) => [c, zoekNamen(c).naam!]));
    const aantalMetNaam = new Map<string, number>();
    for (const naam of naamVan.values()) aantalMetNaam.set(normaliseer(naam), (aantalMetNaam.get(normaliseer(naam)) ?? 0) + 1);
    const provincieNamen = new Set(provincies.map((p) => normaliseer(p.naam)));
    const fout: string[] = [];
    for (const [code, naam] of naamVan) {
      const n = normaliseer(naam);
      const toegestaan = (aantalMetNaam.get(n) ?? 1) + (provincieNamen.has(n) ? 1 : 0);
      const { paden } = await z.zoek(naam, {}, Math.max(10, toegestaan));
      const plek = paden.indexOf(gem(code)) + 1;
      if (plek === 0 || plek > toegestaan) fout.push(`${naam} (${code}): plek ${plek || 'niet in de eerste 10'}; eerst ${paden.slice(0, 2).join(', ')}`);
    }
    expect(fout, `${fout.length} of ${codes.length} gemeenten`).toEqual([]);
  }, 120_000);
});

describe('synonyms find each other (every group in data/zoeken/synoniemen.json)', () => {
  let z: NodePagefind;
  beforeAll(async () => {
    z = await laadNodePagefind();
  });
  afterAll(async () => {
    await z?.close();
  });

  for (const groep of synoniemen.groepen) {
    it(groep.join(' = '), async () => {
      // The pages most about the group, by its first term; every other term must find them too.
      const basis = (await z.zoek(groep[0]!)).paden;
      expect(basis.length, `"${groep[0]}" finds pages`).toBeGreaterThan(0);
      for (const term of groep.slice(1)) {
        const { paden } = await z.zoek(term);
        const gedeeld = paden.slice(0, 5).filter((p) => basis.includes(p));
        expect(gedeeld.length, `"${term}" top 5 (${paden.slice(0, 5).join(', ')}) shares nothing with "${groep[0]}" top 10`).toBeGreaterThan(0);
      }
    });
  }
});

describe('the query table itself', () => {
  it('has at least 25 rows, and at least 25 of them ran against built pages', () => {
    expect(RIJEN.length).toBeGreaterThanOrEqual(25);
    const skipped = RIJEN.filter((r) => !gebouwd(r.url));
    if (skipped.length) console.warn(`SKIPPED (page not built): ${skipped.map((r) => `"${r.q}" → ${r.url}`).join('; ')}`);
    expect(uitgevoerd + skipped.length, 'every row either ran or was skipped').toBe(RIJEN.length);
    expect(uitgevoerd).toBeGreaterThanOrEqual(25);
  });
});
