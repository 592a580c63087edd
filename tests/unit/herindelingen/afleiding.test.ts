/**
 * scripts/derive-herindelingen.ts is deterministic and data/herindelingen.json is exactly its
 * output: deriving again from the maps must give the same file, byte for byte.
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

import { afterAll, describe, expect, it } from 'vitest';

const ROOT = fileURLToPath(new URL('../../../', import.meta.url));
const tmp = mkdtempSync(join(tmpdir(), 'herindelingen-'));
afterAll(() => rmSync(tmp, { recursive: true, force: true }));

describe('derive-herindelingen', () => {
  it('writes exactly the committed data/herindelingen.json and reports the splits', { timeout: 60_000 }, () => {
    const r = spawnSync(process.execPath, [join(ROOT, 'scripts/derive-herindelingen.ts'), '--uit', tmp], { encoding: 'utf8' });
    expect(r.status, r.stderr).toBe(0);
    expect(readFileSync(join(tmp, 'data/herindelingen.json'), 'utf8')).toBe(
      readFileSync(join(ROOT, 'data/herindelingen.json'), 'utf8'),
    );
    expect(r.stdout).toContain(
      'Herindelingen volgens de kaart: 27; met datum en bron: 27; zonder bevestigde datum (weggelaten): 0.',
    );
    expect(r.stdout).toMatch(/GM0788 Haaren: Vught \d+\.\d%, Oisterwijk \d+\.\d%, Tilburg \d+\.\d%, Boxtel \d+\.\d%/);
  });
});
