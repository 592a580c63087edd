/**
 * Does search find the right page? Against the real built index (no mocks).
 * 1. The relevance set (data/zoeken/relevantie.json, at least 60 queries, every query of
 *    issue 12) typed into the real search page in Chromium: at least 90 % must have the
 *    expected page in the top 3, and every issue query must meet its own target.
 * 2. Exhaustive name checks (every gemeente, provincie and thema) and every synonym group,
 *    through Pagefind's own pagefind.js in Node with the same search logic (src/lib/zoeken).
 *
 *   OT_DIST=/tmp/ot-search/dist npx vitest run tests/site/zoeken
 */
import { existsSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import themas from '../../../data/themas.json' with { type: 'json' };
import provincies from '../../../data/provincies.json' with { type: 'json' };
import synoniemen from '../../../data/zoeken/synoniemen.json' with { type: 'json' };
import { distDir } from '../../../scripts/lib/paths.ts';
import { normaliseer } from '../../../src/lib/zoeken/vraag.ts';
import { zoekNamen } from '../../../src/lib/zoeken/namen.ts';
import { plaatsnamen, zoektermZonderNamen } from '../../../src/lib/zoeken/ordening.ts';
import { useSession } from '../../helpers/session.ts';
import { meetRelevantie, rapport, VRAGEN, type RelevantieScore } from '../../../scripts/lib/relevantie-meting.ts';
import { pad } from '../../../src/lib/routes.ts';
import { laadNodePagefind, type NodePagefind } from './pagefind-node.ts';

const dist = distDir();
const gebouwd = (url: string) => existsSync(join(dist, url, 'index.html'));
const gem = (code: string) => pad.gemeente(code);
const prov = (naam: string) => pad.provincie(naam);

describe('the relevance set on the real search page (Chromium)', () => {
  const s = useSession();
  let score: RelevantieScore;

  it('has at least 60 queries, every page in it exists', () => {
    expect(VRAGEN.length).toBeGreaterThanOrEqual(60);
    const ontbreekt = VRAGEN.flatMap((v) => (Array.isArray(v.url) ? v.url : [v.url])).filter((u) => !gebouwd(u));
    expect(ontbreekt, 'expected pages that are not built').toEqual([]);
    for (const q of [
      'hoeveel statushouders moet mijn gemeente huisvesten',
      'Den Bosch taakstelling',
      'taakstelling Amsterdam',
      'achterstand Gelderland',
      'statushouders',
    ]) {
      expect(
        VRAGEN.some((v) => v.q === q && v.issue),
        q,
      ).toBe(true);
    }
  });

  it('at least 90 % of the queries have their page in the top 3; every issue query meets its target', async () => {
    score = await meetRelevantie(s.page, s.url);
    console.log(`relevance: ${rapport(score)}`);
    expect(score.top3 / score.aantal, rapport(score)).toBeGreaterThanOrEqual(0.9);
    const issue = score.uitkomsten.filter((u) => u.vraag.issue && !u.goed).map((u) => `"${u.vraag.q}": ${u.eerste.join(' ')}`);
    expect(issue).toEqual([]);
  }, 180_000);
});

describe('names: every gemeente, provincie and thema first for its name (Node)', () => {
  let z: NodePagefind;
  beforeAll(async () => {
    z = await laadNodePagefind();
  });
  afterAll(async () => {
    await z?.close();
  });

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
      if (plek === 0 || plek > toegestaan)
        fout.push(`${naam} (${code}): plek ${plek || 'niet in de eerste 10'}; eerst ${paden.slice(0, 2).join(', ')}`);
    }
    expect(fout, `${fout.length} of ${codes.length} gemeenten`).toEqual([]);
  }, 120_000);

  it('every gemeente page is first for "<name> taakstelling", found by its names (filter plaats) without searching them', async (ctx) => {
    const map = join(dist, 'land-in-beeld', 'gemeente');
    const codes = existsSync(map) ? readdirSync(map).filter((c) => /^gm\d{4}$/.test(c) && gebouwd(gem(c))) : [];
    if (codes.length === 0) ctx.skip('SKIPPED: no gemeente pages built yet');
    const plaatsen = new Set(await plaatsnamen(z.pf));
    const aantalMetNaam = new Map<string, number>();
    for (const c of codes)
      for (const n of new Set(zoekNamen(c).namen.map(normaliseer))) aantalMetNaam.set(n, (aantalMetNaam.get(n) ?? 0) + 1);
    const provincieNamen = new Set(provincies.map((p) => normaliseer(p.naam)));
    const fout: string[] = [];
    for (const code of codes) {
      const namen = [...new Set(zoekNamen(code).namen.map(normaliseer))];
      const ontbreekt = namen.filter((n) => !plaatsen.has(n));
      if (ontbreekt.length) fout.push(`${code}: not in the filter plaats: ${ontbreekt.join(', ')}`);
      const naam = namen[0]!;
      const q = `${naam} taakstelling`;
      const toegestaan = (aantalMetNaam.get(naam) ?? 1) + (provincieNamen.has(naam) ? 1 : 0);
      const { paden } = await z.zoek(q, {}, Math.max(10, toegestaan));
      const plek = paden.indexOf(gem(code)) + 1;
      if (plek === 0 || plek > toegestaan)
        fout.push(`"${q}" (${code}): plek ${plek || '-'}; eerst ${paden.slice(0, 2).join(', ')}`);
      if (zoektermZonderNamen(q, plaatsen) !== 'taakstelling') fout.push(`"${q}": Pagefind would search the name`);
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
      // The pages most about the group, by its first term; every other term must find some of them too.
      // Top 25, not 10: with dozens of pages on the subject, two good top-10 lists need not overlap.
      const basis = (await z.zoek(groep[0]!, {}, 25)).paden;
      expect(basis.length, `"${groep[0]}" finds pages`).toBeGreaterThan(0);
      for (const term of groep.slice(1)) {
        const { paden } = await z.zoek(term, {}, 25);
        const gedeeld = paden.filter((p) => basis.includes(p));
        expect(gedeeld.length, `"${term}" top 25 (${paden.join(', ')}) shares nothing with "${groep[0]}" top 25`).toBeGreaterThan(
          0,
        );
      }
    });
  }
});
