/**
 * scripts/generate-monitor-data.ts is deterministic and the committed data/ files are exactly
 * its output: running it into a temporary folder must give byte-identical files.
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

import { afterAll, describe, expect, it } from 'vitest';

const ROOT = fileURLToPath(new URL('../../../', import.meta.url));
const tmp = mkdtempSync(join(tmpdir(), 'monitor-gen-'));
afterAll(() => rmSync(tmp, { recursive: true, force: true }));

function genereer(uit: string): void {
  const r = spawnSync(process.execPath, [join(ROOT, 'scripts/generate-monitor-data.ts'), '--uit', uit], { encoding: 'utf8' });
  expect(r.status, r.stderr).toBe(0);
}

const bestanden = () => [
  'data/herindelingen.json',
  ...readdirSync(join(ROOT, 'data/taakstelling')).map((f) => `data/taakstelling/${f}`),
  ...readdirSync(join(ROOT, 'data/monitor')).map((f) => `data/monitor/${f}`),
];

describe('generate-monitor-data', () => {
  it('writes exactly the committed files, byte for byte, twice in a row', { timeout: 20_000 }, () => {
    const eerste = join(tmp, 'a');
    const tweede = join(tmp, 'b');
    genereer(eerste);
    genereer(tweede);
    const lijst = bestanden();
    expect(lijst).toHaveLength(1 + 3 + 8);
    for (const rel of lijst) {
      const echt = readFileSync(join(ROOT, rel), 'utf8');
      expect(readFileSync(join(eerste, rel), 'utf8'), rel).toBe(echt);
      expect(readFileSync(join(tweede, rel), 'utf8'), rel).toBe(echt);
    }
  });
});
