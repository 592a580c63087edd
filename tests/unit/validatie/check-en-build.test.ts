/**
 * The check and the build agree on every content fixture: a fixture that `npm run check` rejects
 * also stops `astro build` (with the same Dutch messages), and the fixtures the check accepts
 * build. Real builds of a copy of this project, all in one Node process: rejected fixtures stop
 * at the validation hook (cheap); the accepted ones are laid side by side in one content/ folder
 * and built once (the full build), so this stays affordable on two cores.
 */
import { spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { formatMeldingen, fouten, valideerAlles } from '../../../src/lib/validatie/index.ts';
import type { FixtureBuild } from '../../../scripts/lib/isolated-build.ts';
import { FIXTURES, hashBoom, REPO } from './boom.ts';

const MAP = join(FIXTURES, 'content');
/** Content fixtures: those with a content/ folder (the data-only ones belong to the data checks). */
const GEVALLEN = readdirSync(MAP)
  .filter((m) => !m.startsWith('.') && existsSync(join(MAP, m, 'content')))
  .sort();
// Its own folder per run: other worktrees on the same machine may run this test at the same time.
const WERK = mkdtempSync(join(tmpdir(), 'ot-check-en-build-'));
const SAMEN = join(WERK, 'samen');

// Both sides judge dates against the real today (the build has no other), so the check does too.
const check = (root: string) => fouten(valideerAlles(root).meldingen);

let afgekeurd: string[] = [];
let goedgekeurd: string[] = [];
let builds = new Map<string, FixtureBuild>();
let voor = '';

beforeAll(() => {
  voor = hashBoom(MAP);
  afgekeurd = GEVALLEN.filter((g) => check(join(MAP, g)).length > 0);
  goedgekeurd = GEVALLEN.filter((g) => !afgekeurd.includes(g));
  // The accepted fixtures side by side in one root: one full build for all of them.
  mkdirSync(SAMEN, { recursive: true });
  for (const g of goedgekeurd) {
    for (const deel of ['content', 'public']) {
      if (existsSync(join(MAP, g, deel)))
        cpSync(join(MAP, g, deel), join(SAMEN, deel), { recursive: true, force: false, errorOnExist: false });
    }
  }
  const r = spawnSync(
    join(REPO, 'node_modules/node/bin/node'),
    [
      'scripts/lib/isolated-build.ts',
      '--fixtures',
      join(WERK, 'project'),
      ...afgekeurd.map((g) => `${g}=${join(MAP, g)}`),
      `samen=${SAMEN}`,
    ],
    { cwd: REPO, encoding: 'utf8', env: { ...process.env, ASTRO_TELEMETRY_DISABLED: '1' }, maxBuffer: 64 * 1024 * 1024 },
  );
  const regel = r.stdout.split('\n').find((l) => l.startsWith('FIXTURES='));
  if (!regel) throw new Error(`fixture builds did not report:\n${r.stdout.slice(-4000)}\n${r.stderr.slice(-4000)}`);
  builds = new Map((JSON.parse(regel.slice('FIXTURES='.length)) as FixtureBuild[]).map((b) => [b.naam, b]));
}, 600_000);

afterAll(() => {
  rmSync(WERK, { recursive: true, force: true });
  // Neither the check nor the builds changed a fixture.
  expect(hashBoom(MAP)).toBe(voor);
});

describe('check en build zijn het eens over elke fixture', () => {
  it('er zijn fixtures aan beide kanten', () => {
    expect(afgekeurd.length).toBeGreaterThan(40);
    expect(goedgekeurd).toEqual(
      expect.arrayContaining(['goed', 'bom-en-crlf', 'html-toegestaan', 'voorbereiding-toekomst', 'versheid-goed']),
    );
  });

  it('de fixtures die de controle goedkeurt, bouwen samen zonder fout', () => {
    expect(check(SAMEN)).toEqual([]);
    const b = builds.get('samen');
    expect(b?.fout ?? '').toBe('');
    expect(b?.ok).toBe(true);
    // What a visitor sees: the allowed HTML as written, the editor's note not at all.
    const html = readFileSync(join(WERK, 'project/dist/vragen/rollen-in-de-huisvesting/index.html'), 'utf8');
    expect(html).toContain('<abbr title="Centraal Orgaan opvang asielzoekers">COA</abbr>');
    expect(html).toContain('<time datetime="2016-03-17">17 maart 2016</time>');
    expect(html).not.toContain('Commentaar voor de redactie');
  });

  for (const g of GEVALLEN) {
    it(g, () => {
      if (!afgekeurd.includes(g)) {
        expect(goedgekeurd).toContain(g);
        return;
      }
      const b = builds.get(g);
      expect(b, `geen build voor ${g}`).toBeDefined();
      expect(b!.ok, `${g}: de controle keurt af, maar de build slaagt`).toBe(false);
      // The build stops with exactly the messages the check gives.
      expect(b!.fout).toContain(formatMeldingen(check(join(MAP, g))));
    });
  }
});
