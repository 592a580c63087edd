/**
 * Time `astro build` in a project copy and say where the time goes, from the
 * moments Astro's log lines appear (the phases are consecutive).
 */
import { spawn } from 'node:child_process';

interface Phase {
  name: string;
  seconds: number;
}

export interface BuildTiming {
  seconds: number;
  pages: number;
  phases: Phase[];
  /**
   * From our integration's log line, when present: pages indexed, `ms` = how long the build
   * waited for the index after the last page was rendered (indexing runs while pages render),
   * `spanMs` = from the first page handed to Pagefind to the index written.
   */
  searchIndex?: { pages: number; ms: number; spanMs: number };
  log: string;
}

const num = (re: RegExp, log: string, unit: 's' | 'ms' | 'auto' = 'auto'): number | undefined => {
  const m = re.exec(log);
  if (!m) return undefined;
  const v = Number(m[1]);
  const u = unit === 'auto' ? (m[2] ?? 's') : unit;
  return u === 'ms' ? v / 1000 : v;
};

/**
 * Where the time goes. Astro prints its own durations for most phases; start-up and
 * the search index are timed from when their log lines arrive. "other" is the rest
 * of the wall-clock time (process start and exit, sitemap, Astro's own overhead).
 */
function phasesOf(lines: readonly { t: number; line: string }[], seconds: number): Phase[] {
  const log = lines.map((l) => l.line).join('\n');
  const at = (re: RegExp) => lines.find((l) => re.test(l.line))?.t;
  const phases: Phase[] = [];
  const push = (name: string, v: number | undefined) => {
    if (v !== undefined && Number.isFinite(v)) phases.push({ name, seconds: v });
  };
  push('start-up, config, content and link validation', at(/validatie:/));
  const types = num(/\[types\] Generated ([\d.]+)(m?s)/, log);
  push('content sync and types', types);
  // Astro's "Collecting build info ✓ Completed in" counts from the start of the build, sync included.
  const collect = num(/Collecting build info[\s\S]*?✓ Completed in ([\d.]+)(m?s)/, log);
  push('collect build info', collect !== undefined ? Math.max(0, collect - (types ?? 0)) : undefined);
  const vite = [...log.matchAll(/\[vite\] ✓ built in ([\d.]+)(m?s)/g)].reduce(
    (sum, m) => sum + Number(m[1]) / (m[2] === 'ms' ? 1000 : 1),
    0,
  );
  push('bundle (Vite, incl. MDX compilation)', vite || undefined);
  push('render pages (MDX, charts, HTML)', num(/generating static routes[\s\S]*?✓ Completed in ([\d.]+)(m?s)/, log));
  const sitemap = at(/sitemap-index\.xml/);
  const index = at(/zoekindex/);
  push(
    'search index: writing it after the last page (Pagefind hook)',
    sitemap !== undefined && index !== undefined ? index - sitemap : undefined,
  );
  const known = phases.reduce((sum, p) => sum + p.seconds, 0);
  push('other (process start/exit, sitemap, overhead)', Math.max(0, seconds - known));
  return phases;
}

export function timedBuild(root: string, env: Record<string, string> = {}): Promise<BuildTiming> {
  return new Promise((resolve, reject) => {
    const start = performance.now();
    const child = spawn('npx', ['astro', 'build'], {
      cwd: root,
      env: { ...process.env, ASTRO_TELEMETRY_DISABLED: '1', NO_COLOR: '1', FORCE_COLOR: '0', ...env },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    const lines: { t: number; line: string }[] = [];
    let buf = '';
    const onData = (d: Buffer) => {
      const t = (performance.now() - start) / 1000;
      buf += d.toString();
      const parts = buf.split('\n');
      buf = parts.pop()!;
      // eslint-disable-next-line no-control-regex
      for (const line of parts) lines.push({ t, line: line.replace(/\x1b\[[0-9;]*m/g, '') });
    };
    child.stdout.on('data', onData);
    child.stderr.on('data', onData);
    child.on('error', reject);
    child.on('close', (code) => {
      const seconds = (performance.now() - start) / 1000;
      if (buf) lines.push({ t: seconds, line: buf });
      const log = lines.map((l) => l.line).join('\n');
      if (code !== 0) {
        reject(new Error(`astro build failed in ${root} (exit ${code}):\n${log.slice(-6000)}`));
        return;
      }
      const phases = phasesOf(lines, seconds);
      const pages = Number(/(\d+) page\(s\) built/.exec(log)?.[1] ?? 0);
      const pf = /zoekindex: (\d+) HTML-pagina's.*?(\d+) ms sinds de start, (\d+) ms na het renderen/.exec(log);
      resolve({
        seconds,
        pages,
        phases,
        log,
        ...(pf ? { searchIndex: { pages: Number(pf[1]), spanMs: Number(pf[2]), ms: Number(pf[3]) } } : {}),
      });
    });
  });
}
