/**
 * Time `astro build` in a project copy and say where the time goes, from the
 * moments Astro's log lines appear (the phases are consecutive).
 */
import { spawn } from 'node:child_process';

export interface Phase {
  name: string;
  seconds: number;
}

export interface BuildTiming {
  seconds: number;
  pages: number;
  phases: Phase[];
  /** Pagefind's own figure from our integration's log line, when present. */
  searchIndex?: { pages: number; ms: number };
  log: string;
}

/** Marker → phase that starts at that line. Order matters only for display. */
const MARKERS: [RegExp, string][] = [
  [/validatie:/, 'Vite start'],
  [/\[content\] Syncing content/, 'content sync (loaders, frontmatter)'],
  [/\[types\] Generated/, 'types'],
  [/\[build\] Collecting build info/, 'collect build info'],
  [/\[build\] Building static entrypoints/, 'bundle (Vite)'],
  [/generating static routes/, 'render pages (MDX, charts, HTML)'],
  [/\[@astrojs\/sitemap\]|sitemap-index\.xml/, 'sitemap'],
  [/zoekindex|pagefind/i, 'search index (Pagefind)'],
  [/page\(s\) built in/, 'done'],
];

export function timedBuild(root: string, env: Record<string, string> = {}): Promise<BuildTiming> {
  return new Promise((resolve, reject) => {
    const start = performance.now();
    const child = spawn('npx', ['astro', 'build'], {
      cwd: root,
      env: { ...process.env, ASTRO_TELEMETRY_DISABLED: '1', FORCE_COLOR: '0', ...env },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    const lines: { t: number; line: string }[] = [];
    let buf = '';
    const onData = (d: Buffer) => {
      const t = (performance.now() - start) / 1000;
      buf += d.toString();
      const parts = buf.split('\n');
      buf = parts.pop()!;
      for (const line of parts) lines.push({ t, line });
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
      const marks: { t: number; name: string }[] = [{ t: 0, name: 'start-up and validation (npx, config, content and link check)' }];
      for (const { t, line } of lines) {
        const m = MARKERS.find(([re]) => re.test(line));
        if (m && !marks.some((x) => x.name === m[1])) marks.push({ t, name: m[1] });
      }
      marks.sort((a, b) => a.t - b.t);
      const phases: Phase[] = [];
      for (let i = 0; i < marks.length; i++) {
        const end = i + 1 < marks.length ? marks[i + 1]!.t : seconds;
        if (marks[i]!.name !== 'done') phases.push({ name: marks[i]!.name, seconds: end - marks[i]!.t });
      }
      const pages = Number(/(\d+) page\(s\) built/.exec(log)?.[1] ?? 0);
      const pf = /zoekindex: (\d+) pagina's.*?\((?:[^)]*?)(\d+) ms\)/.exec(log);
      resolve({ seconds, pages, phases, log, ...(pf ? { searchIndex: { pages: Number(pf[1]), ms: Number(pf[2]) } } : {}) });
    });
  });
}
