/**
 * Freshness as visitors see it in dist/: "Gecontroleerd op …", the change note next to
 * "Laatst bijgewerkt", the notice on an ended regeling, the change note in RSS, and the
 * "Nieuw en bijgewerkt" list on the home page. Driven by the frontmatter in content/, so
 * each item that carries a field is checked; the logic itself is unit-tested with fixtures
 * in tests/unit/lib/actualiteit.test.ts.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';
import { describe, expect, it } from 'vitest';
import { attr, byTag, elements, loadPage, text } from '../../helpers/html.ts';
import { distDir, PROJECT } from '../../../scripts/lib/paths.ts';
import { formatDatum } from '../../../src/lib/format.ts';
import { volgendeDag } from '../../../src/lib/actualiteit.ts';
import { datumVan as vandaag } from '../../../src/schemas/context.ts';

const dist = distDir();
const MAP: Record<string, string> = {
  handreikingen: 'handreikingen',
  factsheets: 'factsheets',
  vragen: 'vragen',
  voorbeelden: 'goede-voorbeelden',
};
const iso = (v: unknown) => (v instanceof Date ? v.toISOString().slice(0, 10) : v === undefined ? undefined : String(v));

interface Fm {
  pad: string;
  publicatiedatum: string;
  laatstBijgewerkt?: string | undefined;
  gecontroleerd?: string | undefined;
  wijziging?: string | undefined;
  regeling?: { naam: string; eindigt: string; verder?: { titel: string; url: string } } | undefined;
}

const items: Fm[] = Object.entries(MAP).flatMap(([map, url]) =>
  readdirSync(join(PROJECT, 'content', map))
    .filter((f) => f.endsWith('.mdx'))
    .flatMap((f) => {
      const bron = readFileSync(join(PROJECT, 'content', map, f), 'utf8');
      const fm = parse(/^---\r?\n([\s\S]*?)\r?\n---/.exec(bron)?.[1] ?? '') as Record<string, unknown>;
      if (fm.concept) return [];
      const r = fm.regeling as Record<string, unknown> | undefined;
      return [
        {
          pad: `${url}/${f.replace(/\.mdx$/, '')}/index.html`,
          publicatiedatum: iso(fm.publicatiedatum)!,
          laatstBijgewerkt: iso(fm.laatstBijgewerkt),
          gecontroleerd: iso(fm.gecontroleerd),
          wijziging: fm.wijziging as string | undefined,
          regeling: r
            ? { naam: String(r.naam), eindigt: iso(r.eindigt)!, verder: r.verder as { titel: string; url: string } | undefined }
            : undefined,
        },
      ];
    }),
);

const main = (pad: string) => byTag(loadPage(dist, pad).doc, 'main')[0]!;
const metGecontroleerd = items.filter((i) => i.gecontroleerd);
const metWijziging = items.filter((i) => i.wijziging && i.laatstBijgewerkt && i.laatstBijgewerkt !== i.publicatiedatum);
const beeindigd = items.filter((i) => i.regeling && i.regeling.eindigt < vandaag());
const datumVan = (i: Fm) => i.laatstBijgewerkt ?? i.publicatiedatum;
/** Changed items that must be in a list of the `n` newest: strictly newer than the n-th newest date (ties may fall either way). */
const zekerIn = (n: number) => {
  const grens = items.map(datumVan).sort().reverse()[n - 1] ?? '';
  return metWijziging.filter((i) => datumVan(i) > grens);
};

describe('freshness on item pages', () => {
  it.runIf(metGecontroleerd.length > 0)(
    `shows "Gecontroleerd op <datum>" on each of the ${metGecontroleerd.length} checked items`,
    () => {
      for (const i of metGecontroleerd) {
        expect(text(main(i.pad)), i.pad).toContain(`Gecontroleerd op ${formatDatum(i.gecontroleerd!)}`);
      }
    },
  );

  it.runIf(metWijziging.length > 0)(
    `shows the change note next to "Laatst bijgewerkt" on each of the ${metWijziging.length} changed items`,
    () => {
      for (const i of metWijziging) {
        const regel = elements(main(i.pad), (el) => el.name === 'p' && /Laatst bijgewerkt op/.test(text(el)))[0];
        expect(regel, `${i.pad}: a "Laatst bijgewerkt" line`).toBeDefined();
        expect(text(regel!).replace(/\s+/g, ' '), i.pad).toContain(
          `Laatst bijgewerkt op ${formatDatum(i.laatstBijgewerkt!)}: ${i.wijziging!.trim().replace(/\s+/g, ' ')}`,
        );
      }
    },
  );

  it.runIf(beeindigd.length > 0)(
    `puts a notice at the top of each of the ${beeindigd.length} items about an ended regeling`,
    () => {
      for (const i of beeindigd) {
        const m = main(i.pad);
        const melding = elements(m, (el) => (attr(el, 'class') ?? '').includes('regeling-beeindigd'))[0];
        expect(melding, `${i.pad}: notice`).toBeDefined();
        const t = text(melding!);
        expect(t).toContain('is afgelopen');
        expect(t).toContain(formatDatum(volgendeDag(i.regeling!.eindigt)));
        if (i.regeling!.verder) expect(byTag(melding!, 'a').map((a) => attr(a, 'href'))).toContain(i.regeling!.verder.url);
        // At the top: before the lead paragraph.
        const alles = elements(m, () => true);
        const lead = alles.findIndex((el) => (attr(el, 'class') ?? '').split(' ').includes('inleiding'));
        expect(alles.indexOf(melding!), `${i.pad}: notice above the lead`).toBeLessThan(lead);
      }
    },
  );

  it('shows nothing about checks, changes or regelingen on items without those fields', () => {
    const kaal = items.filter((i) => !i.gecontroleerd && !i.regeling && !i.wijziging);
    for (const i of kaal.slice(0, 20)) {
      const t = text(main(i.pad));
      expect(t, i.pad).not.toContain('Gecontroleerd op');
      expect(t, i.pad).not.toContain('is afgelopen');
    }
  });
});

describe('Nieuw en bijgewerkt', () => {
  it('lists the latest items on the home page, newest first, as new or updated, with what changed', () => {
    const sectie = elements(
      byTag(loadPage(dist, 'index.html').doc, 'main')[0]!,
      (el) => el.name === 'section' && attr(el, 'aria-labelledby') === 'nieuw-kop',
    )[0]!;
    const regels = byTag(sectie, 'li');
    expect(regels.length).toBe(8);
    const data = regels.map((li) => attr(byTag(li, 'time')[0]!, 'datetime')!);
    expect([...data].sort().reverse()).toEqual(data);
    for (const li of regels) expect(text(li)).toMatch(/(Nieuw|Bijgewerkt) op \d{1,2} \w+ \d{4}/);
    const nieuwste = [...items].sort((a, b) =>
      (b.laatstBijgewerkt ?? b.publicatiedatum).localeCompare(a.laatstBijgewerkt ?? a.publicatiedatum),
    )[0]!;
    expect(data[0]).toBe(nieuwste.laatstBijgewerkt ?? nieuwste.publicatiedatum);
    for (const i of zekerIn(8)) {
      const li = regels.find((l) => byTag(l, 'a').some((a) => `${attr(a, 'href')!.slice(1)}index.html` === i.pad));
      expect(li, `${i.pad} in Nieuw en bijgewerkt`).toBeDefined();
      expect(text(li!)).toContain(i.wijziging!.trim());
    }
  });

  it('puts the change note in the RSS entry of a changed item', () => {
    const rss = readFileSync(join(dist, 'rss.xml'), 'utf8');
    const entries = rss.split('<item>').slice(1);
    expect(entries.length).toBeGreaterThanOrEqual(30);
    for (const i of zekerIn(50)) {
      const link = `/${i.pad.replace(/index\.html$/, '')}`;
      const entry = entries.find((e) => e.includes(`${link}</link>`));
      expect(entry, `${link} in the feed`).toBeDefined();
      expect(
        entry!
          .replace(/&quot;/g, '"')
          .replace(/&apos;/g, "'")
          .replace(/&amp;/g, '&'),
      ).toContain(`Bijgewerkt: ${i.wijziging!.trim()}`);
    }
  });
});
