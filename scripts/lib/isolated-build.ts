/**
 * Build the current working tree in a throw-away copy, so parallel work never
 * shares dist/ or .astro/, and so content that is still being written (with a
 * link to a page that does not exist yet) cannot block the site tests.
 *
 *   npx node scripts/lib/isolated-build.ts <name>     → prints DIST=/tmp/ot-<name>/dist
 *   npx node scripts/lib/isolated-build.ts --fixtures <werkmap> <naam>=<root> …
 *       → builds the project once per fixture root (its content/ and public/ files in place of
 *         the project's), all in one process; prints one JSON line FIXTURES=[{naam, ok, fout}]
 *
 * Files under content/ that the validation rejects are deleted in the copy only
 * (repeated until the validation passes, because deleting one file can break a
 * link in another). The deleted files are listed on stderr.
 */
import { execFileSync, spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, readdirSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { listFiles, PROJECT } from './paths.ts';

export { PROJECT };

/** Copy the tree (without node_modules, dist, .astro, .tmp, .git) to `dest`, node_modules symlinked. */
export function copyProject(dest: string, from = PROJECT): void {
  rmSync(dest, { recursive: true, force: true });
  mkdirSync(dest, { recursive: true });
  execFileSync(
    'bash',
    [
      '-c',
      `tar --exclude=./node_modules --exclude=./.tmp --exclude=./dist --exclude=./.astro --exclude=./.git -cf - . | tar -xf - -C "${dest}"`,
    ],
    { cwd: from, stdio: 'inherit' },
  );
  linkNodeModules(dest, from);
}

/** Tool caches that live in node_modules: each copy gets its own, so builds never share them. */
const PRIVATE_CACHES = new Set(['.astro', '.vite', '.cache', '.vitest', '.vite-temp']);

/**
 * `dest/node_modules` as a real folder of symlinks to the project's packages. A plain
 * symlink to node_modules would make every copy share node_modules/.astro (Astro's
 * content data store) and node_modules/.vite, so parallel builds of different trees
 * would overwrite each other's caches, and a "cold" build would not be cold.
 */
export function linkNodeModules(dest: string, from = PROJECT): void {
  const nm = join(dest, 'node_modules');
  mkdirSync(nm, { recursive: true });
  for (const e of readdirSync(join(from, 'node_modules'))) {
    if (PRIVATE_CACHES.has(e)) continue;
    symlinkSync(join(from, 'node_modules', e), join(nm, e));
  }
}

interface Melding {
  bestand: string;
  regel?: number;
  melding: string;
  ernst?: 'fout' | 'waarschuwing';
}

const escapeRe = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/**
 * Make the copy's content pass validation: a link to a page that does not exist
 * (yet) becomes plain text; a file with any other problem is deleted. Repeated
 * until the validation passes. Returns what was changed, for the log.
 */
export async function pruneInvalidContent(root: string): Promise<string[]> {
  const mod = (await import(pathToFileURL(join(root, 'src/lib/validatie/index.ts')).href)) as {
    valideerAlles: (root: string) => { meldingen: Melding[] };
  };
  const changed: string[] = [];
  for (let ronde = 0; ronde < 20; ronde++) {
    // Warnings (an item not fact-checked for a year) do not stop the build: keep those files.
    const meldingen = mod.valideerAlles(root).meldingen.filter((m) => m.ernst !== 'waarschuwing');
    if (meldingen.length === 0) return changed;
    const outside = meldingen.filter((m) => !m.bestand.startsWith('content/'));
    if (outside.length) {
      throw new Error(
        `validation fails outside content/ (cannot prune):\n${outside.map((m) => `${m.bestand}: ${m.melding}`).join('\n')}`,
      );
    }
    const toDelete = new Set<string>();
    const unlink = new Map<string, Set<string>>();
    for (const m of meldingen) {
      const link = /^link naar "([^"]+)" leidt naar een pagina die niet bestaat/.exec(m.melding);
      if (link) {
        if (!unlink.has(m.bestand)) unlink.set(m.bestand, new Set());
        unlink.get(m.bestand)!.add(link[1]!);
      } else toDelete.add(m.bestand);
    }
    for (const [f, urls] of unlink) {
      if (toDelete.has(f) || !existsSync(join(root, f))) continue;
      let text = readFileSync(join(root, f), 'utf8');
      const before = text;
      for (const u of urls) {
        // [label](url "title") → label ; <a href="url">label</a> → label
        text = text.replace(new RegExp(`\\[([^\\]]*)\\]\\(${escapeRe(u)}(?:\\s+"[^"]*")?\\)`, 'g'), '$1');
        text = text.replace(new RegExp(`<a\\s[^>]*href=["']${escapeRe(u)}["'][^>]*>([\\s\\S]*?)</a>`, 'g'), '$1');
      }
      if (text === before) toDelete.add(f);
      else {
        writeFileSync(join(root, f), text);
        changed.push(`${f}: unlinked ${[...urls].join(', ')}`);
      }
    }
    for (const f of toDelete) {
      if (!existsSync(join(root, f))) continue;
      rmSync(join(root, f));
      changed.push(`${f}: deleted`);
    }
  }
  throw new Error('validation still fails after 20 rounds of pruning');
}

export interface IsolatedBuild {
  root: string;
  dist: string;
  deleted: string[];
  seconds: number;
  /** What the build printed (stdout and stderr), when run with `quiet`. */
  log: string;
}

export async function isolatedBuild(name: string, opts: { quiet?: boolean } = {}): Promise<IsolatedBuild> {
  const root = `/tmp/ot-${name}`;
  copyProject(root);
  const deleted = await pruneInvalidContent(root);
  const start = performance.now();
  const r = spawnSync('npx', ['astro', 'build'], {
    cwd: root,
    env: { ...process.env, ASTRO_TELEMETRY_DISABLED: '1', NO_COLOR: '1', FORCE_COLOR: '0' },
    encoding: 'utf8',
    stdio: opts.quiet ? 'pipe' : ['ignore', 'inherit', 'inherit'],
  });
  const seconds = (performance.now() - start) / 1000;
  if (r.status !== 0) throw new Error(`astro build failed in ${root}\n${r.stdout ?? ''}${r.stderr ?? ''}`.slice(-8000));
  return { root, dist: join(root, 'dist'), deleted, seconds, log: `${r.stdout ?? ''}${r.stderr ?? ''}` };
}

export interface FixtureBuild {
  naam: string;
  /** true when `astro build` completed. */
  ok: boolean;
  /** The build's error message when it failed. */
  fout?: string;
}

/**
 * Builds the project once per fixture root, in one Node process and one copy of the project
 * (`werkmap`): the copy's content/ is replaced by the fixture's, the fixture's public/ files are
 * laid over the copy's public/ (and removed again). A fixture that the validation rejects stops
 * at the start of the build (the validation hook), so many of them cost little; a fixture that
 * passes is a full build.
 */
export async function bouwFixtures(
  werkmap: string,
  fixtures: readonly { naam: string; root: string }[],
): Promise<FixtureBuild[]> {
  copyProject(werkmap);
  const { build } = await import('astro');
  const uit: FixtureBuild[] = [];
  for (const f of fixtures) {
    rmSync(join(werkmap, 'content'), { recursive: true, force: true });
    if (existsSync(join(f.root, 'content'))) cpSync(join(f.root, 'content'), join(werkmap, 'content'), { recursive: true });
    else mkdirSync(join(werkmap, 'content'));
    const erbij: string[] = [];
    if (existsSync(join(f.root, 'public'))) {
      for (const rel of listFiles(join(f.root, 'public'))) {
        const doel = join(werkmap, 'public', rel);
        if (existsSync(doel)) continue;
        mkdirSync(dirname(doel), { recursive: true });
        cpSync(join(f.root, 'public', rel), doel);
        erbij.push(doel);
      }
    }
    try {
      await build({ root: werkmap, logLevel: 'silent' });
      uit.push({ naam: f.naam, ok: true });
    } catch (e) {
      uit.push({ naam: f.naam, ok: false, fout: e instanceof Error ? e.message : String(e) });
    } finally {
      for (const p of erbij) rmSync(p, { force: true });
    }
  }
  return uit;
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href && process.argv[2] === '--fixtures') {
  const [werkmap, ...paren] = process.argv.slice(3);
  const fixtures = paren.map((p) => ({ naam: p.slice(0, p.indexOf('=')), root: p.slice(p.indexOf('=') + 1) }));
  const uit = await bouwFixtures(werkmap!, fixtures);
  console.log(`FIXTURES=${JSON.stringify(uit)}`);
  process.exit(0);
} else if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  const name = process.argv[2] ?? 'e2e';
  const b = await isolatedBuild(name);
  if (b.deleted.length) console.error(`Changed in the copy (validation failed):\n  ${b.deleted.join('\n  ')}`);
  console.log(`build: ${b.seconds.toFixed(1)} s`);
  console.log(`DIST=${b.dist}`);
}
