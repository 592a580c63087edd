/**
 * Old build output and project copies are set aside during a bench run, and deleted only when
 * the run is over.
 *
 * Why: /tmp on the project machine is ext4 without a journal. There the kernel does not hand out
 * again an inode that was freed less than a minute ago (five more when its inode table block is
 * not yet written back): every new file or folder first steps over each recently freed inode of
 * its block group (Linux fs/ext4/ialloc.c, `find_inode_bit` → `recently_deleted`, only when
 * `s_journal == NULL`). Deleting the previous build's thousands of files right before the next
 * cold build made that build pay for it in kernel time, more so for the project that writes more
 * files: a `perf` profile of one site build put an eighth of all CPU samples in that scan.
 * Renaming a folder frees no inode, so the measured builds only pay for their own files.
 */
import { existsSync, mkdirSync, renameSync, rmSync } from 'node:fs';
import { join } from 'node:path';

/** Where set-aside folders wait; in /tmp, so a rename never crosses file systems. */
const TRASH = '/tmp/ot-bench-trash';

let counter = 0;

/** Move `path` (a file or folder) out of the way without deleting it. Nothing happens when it does not exist. */
export function setAside(path: string, trash = TRASH): void {
  if (!existsSync(path)) return;
  mkdirSync(trash, { recursive: true });
  renameSync(path, join(trash, `${process.pid}-${counter++}`));
}

/** Delete everything set aside (also what an interrupted earlier run left). Returns the seconds it took. */
export function emptyTrash(trash = TRASH): number {
  const t0 = performance.now();
  rmSync(trash, { recursive: true, force: true });
  return (performance.now() - t0) / 1000;
}
