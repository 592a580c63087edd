/**
 * The built HTML validates with html-validate under .htmlvalidate.json, and every
 * exception in that file is explained next to it.
 *
 * Every page is checked, except that a family of more than OT_HTML_FAMILY_MAX
 * (default 60) pages of one template (e.g. 342 gemeente pages) is checked on an
 * even spread of that many pages, first and last included, to keep the run short
 * on 2 cores. OT_HTML_FAMILY_MAX=0 checks everything.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { HtmlValidate, StaticConfigLoader, type ConfigData } from 'html-validate';
import { describe, expect, it } from 'vitest';
import { htmlFiles, PROJECT, requireDist, urlPathOf } from '../../scripts/lib/paths.ts';

const CONFIG_FILE = join(PROJECT, '.htmlvalidate.json');
const config = JSON.parse(readFileSync(CONFIG_FILE, 'utf8')) as ConfigData & { rules: Record<string, unknown> };
const validator = new HtmlValidate(new StaticConfigLoader(config));
const FAMILY_MAX = Number(process.env.OT_HTML_FAMILY_MAX ?? 60);

/** `/land-in-beeld/gemeente/gm0363/` → `/land-in-beeld/gemeente/*` (last segment and any with a digit). */
export function familyOf(path: string): string {
  const parts = path.split('/').filter(Boolean);
  return `/${parts.map((p, i) => (i === parts.length - 1 || /\d/.test(p) ? '*' : p)).join('/')}`;
}

export function spread<T>(list: readonly T[], n: number): T[] {
  if (n <= 0 || list.length <= n) return [...list];
  if (n === 1) return [list[0]!];
  return Array.from({ length: n }, (_, i) => list[Math.round((i * (list.length - 1)) / (n - 1))]!);
}

function formatMessages(file: string, r: Awaited<ReturnType<HtmlValidate['validateString']>>): string[] {
  return r.results.flatMap((res) =>
    res.messages.map((m) => `${file}:${m.line}:${m.column} [${m.ruleId}] ${m.message}${m.selector ? ` (${m.selector})` : ''}`),
  );
}

describe('.htmlvalidate.json', () => {
  it('explains every exception to html-validate:recommended right next to it', () => {
    const keys = Object.keys(config.rules);
    const unexplained: string[] = [];
    keys.forEach((k, i) => {
      if (k.startsWith('//')) {
        const v = config.rules[k];
        expect(
          Array.isArray(v) && v[0] === 'off' && typeof v[1] === 'string' && v[1].length >= 40,
          `${k} must be ["off", "<explanation>"]`,
        ).toBe(true);
        return;
      }
      if (keys[i + 1] !== `// ${k}`) unexplained.push(k);
    });
    expect(unexplained, 'rules without a "// <rule>" explanation on the next line').toEqual([]);
    expect(config.extends).toEqual(['html-validate:recommended']);
  });

  it('still catches invalid markup (self-check of the configuration)', async () => {
    const r = await validator.validateString(
      '<!DOCTYPE html><html lang="nl"><head><title>x</title></head><body><p><div>x</div></p><p id="a"></p><p id="a"></p><img src="x.png"></body></html>',
      'x.html',
    );
    const rules = new Set(r.results.flatMap((x) => x.messages.map((m) => m.ruleId)));
    expect(rules).toContain('no-dup-id');
    expect(rules).toContain('wcag/h37');
    expect(r.valid).toBe(false);
  });
});

describe('HTML in dist/', () => {
  const dist = requireDist();
  const all = htmlFiles(dist);
  const families = new Map<string, string[]>();
  for (const f of all) {
    const key = familyOf(urlPathOf(f));
    families.set(key, [...(families.get(key) ?? []), f]);
  }
  const chosen = [...families.values()].flatMap((list) =>
    list.length > FAMILY_MAX && FAMILY_MAX > 0 ? spread(list, FAMILY_MAX) : list,
  );
  const sampled = [...families]
    .filter(([, l]) => FAMILY_MAX > 0 && l.length > FAMILY_MAX)
    .map(([k, l]) => `${k} (${FAMILY_MAX} of ${l.length})`);

  it(
    `validates (${chosen.length} of ${all.length} pages${sampled.length ? `; sampled: ${sampled.join(', ')}` : ''})`,
    { timeout: 300_000 },
    async () => {
      const problems: string[] = [];
      for (const f of chosen) {
        const r = await validator.validateString(readFileSync(join(dist, f), 'utf8'), f);
        if (!r.valid) problems.push(...formatMessages(f, r));
      }
      expect(problems).toEqual([]);
    },
  );

  it('groups pages of one template into families', () => {
    expect(familyOf('/land-in-beeld/gemeente/gm0363/')).toBe('/land-in-beeld/gemeente/*');
    expect(familyOf('/land-in-beeld/archief/2026-10/noord-holland/')).toBe('/land-in-beeld/archief/*/*');
    expect(familyOf('/')).toBe('/');
    expect(spread([1, 2, 3, 4, 5], 3)).toEqual([1, 3, 5]);
  });
});
