/**
 * The build says nothing it need not say: no warning from Astro, Vite or Pagefind, so that a real
 * one stands out for the editor who runs it. Content warnings of our own validation (an item not
 * fact-checked for a year) are meant for editors and depend on today's date, so they may appear.
 * A build of a copy of the project, with its output captured.
 */
import { rmSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { isolatedBuild, type IsolatedBuild } from '../../scripts/lib/isolated-build.ts';

let build: IsolatedBuild;

beforeAll(async () => {
  build = await isolatedBuild('bouwlog', { quiet: true });
}, 180_000);

afterAll(() => rmSync(build.root, { recursive: true, force: true }));

describe('the build output', () => {
  it('builds the site and writes the search index', () => {
    expect(build.log).toMatch(/zoekindex: \d+ HTML-pagina's tijdens het renderen geïndexeerd/);
    expect(build.log).toMatch(/\d+ page\(s\) built/);
  });

  it('has no warnings or errors, apart from the validation’s notes for editors', () => {
    const regels = build.log
      .split('\n')
      .filter((r) => /\[(WARN|ERROR)\]|\bwarn(ing)?\b/i.test(r))
      .filter((r) => !r.includes('[opnieuw-thuis:validatie]'));
    expect(regels).toEqual([]);
  });
});
