/** The bench sets old build output aside instead of deleting it between builds, and deletes it at the end. */
import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { emptyTrash, setAside } from '../../../scripts/bench/trash.ts';

const werk = mkdtempSync(join(tmpdir(), 'ot-trash-test-'));
afterAll(() => rmSync(werk, { recursive: true, force: true }));

describe('bench trash', () => {
  it('moves a folder with its files out of the way, keeps it until the trash is emptied, then deletes it', () => {
    const dist = join(werk, 'project/dist');
    mkdirSync(join(dist, 'a'), { recursive: true });
    writeFileSync(join(dist, 'a/index.html'), '<p>oud</p>');
    const trash = join(werk, 'trash');

    setAside(dist, trash);
    expect(existsSync(dist)).toBe(false);
    const [kept] = readdirSync(trash);
    expect(readFileSync(join(trash, kept!, 'a/index.html'), 'utf8')).toBe('<p>oud</p>');

    mkdirSync(dist, { recursive: true });
    setAside(dist, trash);
    expect(readdirSync(trash)).toHaveLength(2);

    emptyTrash(trash);
    expect(existsSync(trash)).toBe(false);
  });

  it('does nothing for a path that does not exist', () => {
    const trash = join(werk, 'trash');
    setAside(join(werk, 'bestaat-niet'), trash);
    expect(existsSync(trash)).toBe(false);
  });
});
