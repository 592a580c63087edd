/** Test helpers: a hash of a whole folder tree (names and bytes), to prove nothing was changed. */
import { createHash } from 'node:crypto';
import { cpSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';

export const REPO = fileURLToPath(new URL('../../../', import.meta.url));
export const FIXTURES = join(REPO, 'tests/fixtures');

export function hashBoom(map: string): string {
  const h = createHash('sha256');
  const loop = (pad: string) => {
    for (const naam of readdirSync(pad).sort()) {
      const p = join(pad, naam);
      const rel = relative(map, p);
      if (statSync(p).isDirectory()) {
        h.update(`d:${rel}\n`);
        loop(p);
      } else {
        h.update(`f:${rel}\n`);
        h.update(readFileSync(p));
      }
    }
  };
  loop(map);
  return h.digest('hex');
}

/** Every file path (relative) in a tree, for "no temporary file was left behind". */
export function bestandenIn(map: string): string[] {
  const uit: string[] = [];
  const loop = (pad: string) => {
    for (const naam of readdirSync(pad).sort()) {
      const p = join(pad, naam);
      if (statSync(p).isDirectory()) loop(p);
      else uit.push(relative(map, p).split('\\').join('/'));
    }
  };
  loop(map);
  return uit;
}

/** A throw-away copy of a fixture root in the system temp folder. */
export function kopie(bron: string): { map: string; opruimen: () => void } {
  const map = mkdtempSync(join(tmpdir(), 'ot-redactie-'));
  cpSync(bron, map, { recursive: true });
  return { map, opruimen: () => rmSync(map, { recursive: true, force: true }) };
}
