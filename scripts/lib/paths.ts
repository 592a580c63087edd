/** Where the project and the built site are, for tests, helpers and the benchmark. */
import { existsSync, readdirSync } from 'node:fs';
import { join, relative, resolve, sep } from 'node:path';
import { fileURLToPath } from 'node:url';

export const PROJECT = resolve(fileURLToPath(new URL('../..', import.meta.url)));

/** The built site: `OT_DIST` when set, else `dist/` in the working directory. */
export function distDir(): string {
  return resolve(process.env.OT_DIST ?? 'dist');
}

/** Throws a clear message when dist/ has not been built. */
export function requireDist(): string {
  const dist = distDir();
  if (!existsSync(join(dist, 'index.html'))) {
    throw new Error(`No built site in ${dist}. Run \`npm run build\` first, or set OT_DIST to a built dist/ folder.`);
  }
  return dist;
}

/** All files under `dir`, as paths relative to it with forward slashes, sorted. */
export function listFiles(dir: string, filter: (rel: string) => boolean = () => true): string[] {
  const out: string[] = [];
  const walk = (d: string) => {
    for (const e of readdirSync(d, { withFileTypes: true })) {
      const full = join(d, e.name);
      if (e.isDirectory()) walk(full);
      else {
        const rel = relative(dir, full).split(sep).join('/');
        if (filter(rel)) out.push(rel);
      }
    }
  };
  walk(dir);
  return out.sort();
}

export function htmlFiles(dist: string): string[] {
  return listFiles(dist, (f) => f.endsWith('.html'));
}

/** The URL path a dist file is served at: `themas/index.html` → `/themas/`. */
export function urlPathOf(rel: string): string {
  if (rel === 'index.html') return '/';
  if (rel.endsWith('/index.html')) return `/${rel.slice(0, -'index.html'.length)}`;
  return `/${rel}`;
}

/** The first item page of a section of a built site (by slug), so tests and the benchmark follow the content. */
export function eersteItem(dist: string, section: string, except: readonly string[] = []): string | undefined {
  const dir = join(dist, section);
  const slug = existsSync(dir)
    ? readdirSync(dir, { withFileTypes: true })
        .filter((e) => e.isDirectory() && !except.includes(e.name))
        .map((e) => e.name)
        .sort()[0]
    : undefined;
  return slug ? `/${section}/${slug}/` : undefined;
}
