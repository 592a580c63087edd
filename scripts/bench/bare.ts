/**
 * The yardstick for the site's build: a bare Astro + MDX project (one plain layout, one route,
 * a content collection without schema) over the same MDX documents, followed by Pagefind's own
 * CLI (`npx pagefind --site dist`). Generated in /tmp with this repo's node_modules (linked per
 * package, so caches stay private and the build is cold). Never committed.
 */
import { spawn } from 'node:child_process';
import { cpSync, mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { linkNodeModules } from '../lib/isolated-build.ts';
import { setAside } from './trash.ts';

export interface Timed {
  seconds: number;
  log: string;
}

/** Run a command, wall-clock timed; rejects with the log tail on failure. */
function timed(cmd: string, args: string[], cwd: string): Promise<Timed> {
  return new Promise((resolve, reject) => {
    const start = performance.now();
    const child = spawn(cmd, args, {
      cwd,
      env: { ...process.env, ASTRO_TELEMETRY_DISABLED: '1', NO_COLOR: '1', FORCE_COLOR: '0' },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let log = '';
    child.stdout.on('data', (d: Buffer) => (log += d.toString()));
    child.stderr.on('data', (d: Buffer) => (log += d.toString()));
    child.on('error', reject);
    child.on('close', (code) => {
      const seconds = (performance.now() - start) / 1000;
      if (code !== 0) reject(new Error(`${cmd} ${args.join(' ')} failed in ${cwd} (exit ${code}):\n${log.slice(-4000)}`));
      else resolve({ seconds, log });
    });
  });
}

/** Pagefind CLI's own indexing time ("Finished in 2.345 seconds"), without process start-up. */
function pagefindCliSeconds(log: string): number | undefined {
  const m = /Finished in ([\d.]+) seconds/.exec(log);
  return m ? Number(m[1]) : undefined;
}

/** Pages Pagefind CLI indexed ("Indexed 1065 pages"). */
function pagefindCliPages(log: string): number | undefined {
  const m = /Indexed (\d+) pages?/.exec(log);
  return m ? Number(m[1]) : undefined;
}

/** Write the bare project to `root` with a copy of `contentDir` (MDX files in sub-folders). */
export function generateBareProject(root: string, contentDir: string): void {
  rmSync(root, { recursive: true, force: true });
  mkdirSync(join(root, 'src/layouts'), { recursive: true });
  mkdirSync(join(root, 'src/pages'), { recursive: true });
  cpSync(contentDir, join(root, 'content'), { recursive: true, filter: (src) => !/\.(json|ya?ml)$/.test(src) });
  linkNodeModules(root);
  writeFileSync(join(root, 'package.json'), JSON.stringify({ name: 'bare-astro-mdx', private: true, type: 'module' }, null, 2));
  writeFileSync(
    join(root, 'astro.config.mjs'),
    `import { defineConfig } from 'astro/config';\nimport mdx from '@astrojs/mdx';\nexport default defineConfig({ site: 'https://example.org', integrations: [mdx()] });\n`,
  );
  writeFileSync(
    join(root, 'src/content.config.ts'),
    `import { defineCollection } from 'astro:content';\nimport { glob } from 'astro/loaders';\nexport const collections = { docs: defineCollection({ loader: glob({ pattern: '**/*.mdx', base: './content' }) }) };\n`,
  );
  writeFileSync(
    join(root, 'src/layouts/Plain.astro'),
    `---\nconst { title } = Astro.props;\n---\n<!doctype html>\n<html lang="nl"><head><meta charset="utf-8" /><title>{title}</title></head><body><main><h1>{title}</h1><slot /></main></body></html>\n`,
  );
  writeFileSync(
    join(root, 'src/pages/[...slug].astro'),
    `---\nimport { getCollection, render } from 'astro:content';\nimport Plain from '../layouts/Plain.astro';\nexport async function getStaticPaths() {\n  return (await getCollection('docs')).map((entry) => ({ params: { slug: entry.id }, props: { entry } }));\n}\nconst { entry } = Astro.props;\nconst { Content } = await render(entry);\n---\n<Plain title={String(entry.data.title ?? entry.id)}><Content /></Plain>\n`,
  );
}

export interface BareResult {
  docs: number;
  astro: Timed;
  cli: Timed;
  cliIndexSeconds: number | undefined;
  cliPages: number | undefined;
  /** Astro build plus Pagefind CLI, wall-clock. */
  totalSeconds: number;
}

/** Build the bare project and index it with Pagefind's CLI. */
export async function buildBare(root: string, docs: number): Promise<BareResult> {
  const astro = await timed('npx', ['astro', 'build'], root);
  const cli = await timed('npx', ['pagefind', '--site', 'dist'], root);
  return {
    docs,
    astro,
    cli,
    cliIndexSeconds: pagefindCliSeconds(cli.log),
    cliPages: pagefindCliPages(cli.log),
    totalSeconds: astro.seconds + cli.seconds,
  };
}

/** Pagefind's CLI over an already built site (the same pages our hook indexed), output to a scratch folder. */
export async function cliOverSite(
  root: string,
  dist: string,
): Promise<{ run: Timed; seconds: number | undefined; pages: number | undefined }> {
  const out = join(root, '.pagefind-cli');
  const run = await timed('npx', ['pagefind', '--site', dist, '--output-path', out, '--force-language', 'nl'], root);
  setAside(out);
  return { run, seconds: pagefindCliSeconds(run.log), pages: pagefindCliPages(run.log) };
}
