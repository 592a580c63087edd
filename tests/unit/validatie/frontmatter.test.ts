/**
 * Frontmatter values come from js-yaml (the parser Astro reads frontmatter with), positions and
 * YAML errors from `yaml`. The two must agree on every value an editor can write, or the check
 * would pass a file the build reads differently.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseDocument } from 'yaml';
import { leesFrontmatter } from '../../../src/lib/validatie/frontmatter.ts';

const CONTENT = join(import.meta.dirname, '../../../content');
const bestanden = readdirSync(CONTENT, { recursive: true, encoding: 'utf8' }).filter((f) => f.endsWith('.mdx'));

/** The values `yaml` gives for the frontmatter of `tekst` (between the first two --- lines). */
function volgensYaml(tekst: string): unknown {
  const regels = tekst.replace(/\r\n?/g, '\n').split('\n');
  const eind = regels.findIndex((r, i) => i > 0 && r.trim() === '---');
  return parseDocument(regels.slice(1, eind).join('\n'), { uniqueKeys: true }).toJS() ?? {};
}

function data(yaml: string): unknown {
  const r = leesFrontmatter(`---\n${yaml}\n---\nTekst.\n`);
  if (!r.ok) throw new Error(r.melding);
  return r.frontmatter.data;
}

describe('leesFrontmatter', () => {
  it('gives the same values as `yaml` for every content file', () => {
    expect(bestanden.length).toBeGreaterThan(50);
    for (const f of bestanden) {
      const tekst = readFileSync(join(CONTENT, f), 'utf8');
      const r = leesFrontmatter(tekst);
      expect(r.ok, f).toBe(true);
      if (r.ok) expect(r.frontmatter.data, f).toEqual(volgensYaml(tekst));
    }
  });

  it('reads YAML 1.2 core values: dates stay text, yes/no stay text, numbers and null as YAML says', () => {
    expect(data('datum: 2016-03-17\nja: yes\nnee: no\ntijd: 12:30')).toEqual({
      datum: '2016-03-17',
      ja: 'yes',
      nee: 'no',
      tijd: '12:30',
    });
    expect(data('a: 010\nb: 0x1F\nc: 1.5\nd: ~\ne: True\nf: "2016"')).toEqual({
      a: 10,
      b: 31,
      c: 1.5,
      d: null,
      e: true,
      f: '2016',
    });
    expect(data('lijst:\n  - een\n  - twee\nblok: |\n  regel 1\n  regel 2')).toEqual({
      lijst: ['een', 'twee'],
      blok: 'regel 1\nregel 2\n',
    });
  });

  it('points at the line and column of a field, also one that is missing, and of the file start for the whole', () => {
    const r = leesFrontmatter('---\ntitel: Woningdelen\nthemas:\n  - huisvesting\n  - flexwonen\n---\nTekst.\n');
    if (!r.ok) throw new Error(r.melding);
    expect(r.frontmatter.plekVan(['titel'])).toEqual({ regel: 2, kolom: 1 });
    expect(r.frontmatter.plekVan(['themas', 1])).toEqual({ regel: 5, kolom: 5 });
    expect(r.frontmatter.regelVan(['bestaat', 'niet'])).toBe(2);
    expect(r.frontmatter.bodyRegel).toBe(7);
  });

  it('names a YAML error in Dutch with its line, as `yaml` finds it', () => {
    const r = leesFrontmatter('---\ntitel: Een\nsamenvatting: Twee\ntitel: Drie\n---\nTekst.\n');
    expect(r).toMatchObject({ ok: false, regel: 4, melding: expect.stringContaining('een veld staat er twee keer in') });
    const inspringing = leesFrontmatter('---\nthemas:\n  - een\n - twee\n---\n');
    expect(inspringing.ok).toBe(false);
  });

  it('takes empty frontmatter as no fields', () => {
    expect(data('')).toEqual({});
    expect(data('# alleen commentaar')).toEqual({});
  });
});
