/**
 * axe (WCAG 2.0/2.1/2.2 A and AA): zero violations on every Land in beeld template
 * (national, methode, lists, gemeente, archive). Every provincie page: provincies.test.ts.
 */
import { existsSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { axeViolations } from '../../helpers/axe.ts';
import { distDir } from '../../../scripts/lib/paths.ts';
import { skipUnlessBuilt, useSession } from '../../helpers/session.ts';

/** Archive months in dist/, oldest and newest (the template is the same, the data differ most). */
function archiefMaanden(): string[] {
  const dir = join(distDir(), 'land-in-beeld/archief');
  const maanden = existsSync(dir)
    ? readdirSync(dir)
        .filter((m) => /^\d{4}-\d{2}$/.test(m))
        .sort()
    : [];
  return [...new Set([maanden[0], maanden.at(-1)])].filter((m): m is string => !!m);
}

const maanden = archiefMaanden();
const PAGES: [string, string][] = [
  ['national', '/land-in-beeld/'],
  ['methode', '/land-in-beeld/methode/'],
  ['gemeenten list', '/land-in-beeld/gemeenten/'],
  ['downloads', '/land-in-beeld/downloads/'],
  ['gemeente', '/land-in-beeld/gemeente/gm0363/'],
  ['archive index', '/land-in-beeld/archief/'],
  ['archive provincie', `/land-in-beeld/archief/${maanden.at(-1) ?? '(geen-maand)'}/noord-holland/`],
  ...(maanden.length
    ? maanden.map((m): [string, string] => [`archive month ${m}`, `/land-in-beeld/archief/${m}/`])
    : [['archive month', '/land-in-beeld/archief/(geen-maand)/'] as [string, string]]),
];

describe('accessibility (axe, WCAG 2.2 AA) of Land in beeld', () => {
  const s = useSession();

  for (const [name, path] of PAGES) {
    it(`${name}: ${path}`, async ({ skip }) => {
      await skipUnlessBuilt(s, skip, path, `Land in beeld: ${name}`);
      await s.page.goto(path);
      expect(await axeViolations(s.page)).toEqual([]);
    });
  }
});
