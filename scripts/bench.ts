/**
 * `npm run bench`: performance budgets of the built site, written to BENCHMARKS.md.
 *
 *   npx node scripts/bench.ts                 everything (about 10 minutes on 2 cores)
 *   npx node scripts/bench.ts --no-write      measure and print, leave BENCHMARKS.md alone
 *   npx node scripts/bench.ts --only build,bytes,lighthouse,search,corpus
 *   npx node scripts/bench.ts --docs 250,1000 --until 2026-06
 *   npx node scripts/bench.ts --bare-runs 7   cold builds each of site and bare project, alternating (default 7)
 *   npx node scripts/bench.ts --no-snapshots  leave out the corpus with ten years of monthly snapshots
 *
 * Sections it owns in BENCHMARKS.md: "Build time", "Large corpus", "Build against a bare
 * Astro project", "Page weight", "Lighthouse", "Search". Every other section is left as it is.
 *
 * The machine has 2 cores shared with other work: the load average before each run is
 * written next to the figures; ratios measured in one run are more telling than absolute times.
 *
 * Every build runs in a throw-away copy under /tmp (scripts/lib/isolated-build.ts),
 * never in the work tree; the generated corpus is never committed. Content that fails
 * validation in the copy is repaired there (broken internal links become text), and
 * the section says so.
 */
import { existsSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { copyProject, pruneInvalidContent, PROJECT } from './lib/isolated-build.ts';
import { launchBrowser } from './lib/browser.ts';
import { startSiteServer } from './lib/server.ts';
import { eersteItem } from './lib/paths.ts';
import { timedBuild, type BuildTiming } from './bench/build.ts';
import { assertValid, generateDocs, generateSnapshots } from './bench/corpus.ts';
import { kb, pageWeight, type PageWeight } from './bench/bytes.ts';
import { runLighthouse, type LighthouseResult } from './bench/lighthouse.ts';
import { wholeNumber, wholeNumbers, yearMonth } from './bench/args.ts';
import { emptyTrash, setAside } from './bench/trash.ts';
import { machine, measuredOn } from './bench/machine.ts';
import { replaceSections, s1, table } from './bench/markdown.ts';
import { buildBare, cliOverSite, generateBareProject, type BareResult } from './bench/bare.ts';
import { median, meetZoeken, ZOEKVRAGEN, type ZoekMeting } from './bench/zoeken.ts';
import { meetRelevantie, VRAGEN } from './lib/relevantie-meting.ts';
import { guardedPage } from './lib/browser.ts';

const args = process.argv.slice(2);
const arg = (name: string) => {
  const i = args.indexOf(name);
  return i >= 0 ? args[i + 1] : undefined;
};
const only = new Set((arg('--only') ?? 'build,bytes,lighthouse,search,corpus').split(','));
const runs = wholeNumber('--runs', arg('--runs'), 5);
const docSteps = wholeNumbers('--docs', arg('--docs'), [250, 1000]);
const until = yearMonth('--until', arg('--until'), '2026-06');
const keep = args.includes('--keep');
const bareRuns = wholeNumber('--bare-runs', arg('--bare-runs'), 7);
const snapshots = !args.includes('--no-snapshots');
const write = !args.includes('--no-write');

const m = machine();
const sections = new Map<string, string>();
const log = (s: string) => console.error(s);

function phasesTable(b: BuildTiming): string {
  return table(
    ['phase', 's', 'share'],
    b.phases
      .filter((p) => p.seconds >= 0.05)
      .map((p) => [p.name, s1(p.seconds), `${Math.round((100 * p.seconds) / b.seconds)} %`]),
  );
}

const indexCell = (i: NonNullable<BuildTiming['searchIndex']>): string =>
  `${i.pages} pages, ${s1(i.ms / 1000)} s (${s1(i.spanMs / 1000)} s)`;

function prunedNote(changed: string[]): string {
  if (changed.length === 0) return '';
  return `\n\nThe work tree's content did not validate when measured; in the copy only, ${changed.length} file(s) were repaired (a link to a page that does not exist became plain text, or the file was left out):\n\n${changed.map((c) => `- ${c}`).join('\n')}`;
}

async function copyAndPrune(name: string): Promise<{ root: string; changed: string[] }> {
  const root = `/tmp/ot-bench-${name}`;
  setAside(root);
  copyProject(root);
  const changed = await pruneInvalidContent(root);
  return { root, changed };
}

const countFiles = (dir: string, re: RegExp): number =>
  existsSync(dir)
    ? readdirSync(dir, { recursive: true, withFileTypes: true }).filter((e) => e.isFile() && re.test(e.name)).length
    : 0;

// ---------------------------------------------------------------------------

let siteDist: string | undefined;
let siteRoot: string | undefined;
/** The bundled site's cold build, as the first row of the growth table. */
let siteRow: (string | number)[] | undefined;

async function benchBuild(): Promise<void> {
  log('· site build: cold and warm');
  const { root, changed } = await copyAndPrune('site');
  siteRoot = root;
  const cold = await timedBuild(root);
  const warm = await timedBuild(root);
  siteDist = join(root, 'dist');
  const html = countFiles(siteDist, /\.html$/);
  const docs = countFiles(join(root, 'content'), /\.mdx$/);
  const snaps = countFiles(join(root, 'data/monitor'), /^\d{4}-\d{2}\.json$/);
  sections.set(
    'Build time',
    `${measuredOn(m)}

\`npm run build\` (\`astro build\`, search index included) of the site as it is in the work tree: ${docs} MDX documents, ${snaps} monthly monitor snapshots, ${cold.pages} pages (${html} HTML files). Cold: a fresh copy with empty caches (\`.astro/\`, \`node_modules/.astro\`, \`node_modules/.vite\`); earlier copies and output are set aside, not deleted, until the run ends (\`scripts/bench/trash.ts\`: on this machine's file system a build right after a large delete pays for it). Warm: the same copy built again right after. Wall-clock time including \`npx\` start-up.

${table(
  ['build', 'time (s)', 'pages', 'search index: pages, wait after the last page (indexing span)'],
  [
    ['cold', s1(cold.seconds), cold.pages, cold.searchIndex ? indexCell(cold.searchIndex) : '–'],
    ['warm', s1(warm.seconds), warm.pages, warm.searchIndex ? indexCell(warm.searchIndex) : '–'],
  ],
)}

Where the cold build spends its time (from the moments Astro's log lines appear):

${phasesTable(cold)}${prunedNote(changed)}`,
  );
  const render = cold.phases.find((p) => p.name.startsWith('render'))?.seconds;
  siteRow = [
    'bundled site (no generated docs)',
    docs,
    snaps,
    html,
    s1(cold.seconds),
    s1(warm.seconds),
    render !== undefined ? s1(render) : '–',
    cold.searchIndex ? s1(cold.searchIndex.ms / 1000) : '–',
  ];
  log(`  cold ${s1(cold.seconds)} s, warm ${s1(warm.seconds)} s, ${cold.pages} pages`);
}

async function benchCorpus(): Promise<void> {
  const rows: (string | number)[][] = siteRow ? [siteRow] : [];
  const details: string[] = [];
  let notes: string[] = [];
  const steps: { label: string; docs: number; snapshots: boolean; warm?: boolean }[] = [
    ...docSteps.map((n) => ({ label: `${n} generated docs`, docs: n, snapshots: false })),
  ];
  if (snapshots)
    steps.push({
      label: `${Math.max(...docSteps)} generated docs + monthly snapshots to ${until}`,
      docs: Math.max(...docSteps),
      snapshots: true,
      warm: true,
    });
  for (const step of steps) {
    log(`· corpus: ${step.label}`);
    const { root, changed } = await copyAndPrune(`corpus-${step.docs}${step.snapshots ? '-snap' : ''}`);
    notes = changed;
    const gen = generateDocs(root, step.docs);
    const snap = step.snapshots ? generateSnapshots(root, until) : undefined;
    await assertValid(root);
    const b = await timedBuild(root);
    const w = step.warm ? await timedBuild(root) : undefined;
    const docs = countFiles(join(root, 'content'), /\.mdx$/);
    const snaps = countFiles(join(root, 'data/monitor'), /^\d{4}-\d{2}\.json$/);
    const html = countFiles(join(root, 'dist'), /\.html$/);
    const render = b.phases.find((p) => p.name.startsWith('render'))?.seconds;
    rows.push([
      step.label,
      docs,
      snaps,
      html,
      s1(b.seconds),
      w ? s1(w.seconds) : '–',
      render !== undefined ? s1(render) : '–',
      b.searchIndex ? s1(b.searchIndex.ms / 1000) : '–',
    ]);
    details.push(
      `#### ${step.label}${snap ? ` (${snap.snapshots} generated snapshots ${snap.first} … ${snap.last}, ${snap.periodes} new taakstelling periodes)` : ''}\n\n${Math.round(gen.words / gen.files)} words per generated document on average; ${b.pages} pages built.\n\n${phasesTable(b)}`,
    );
    log(`  ${s1(b.seconds)} s${w ? ` (warm ${s1(w.seconds)} s)` : ''}, ${b.pages} pages`);
    if (step.docs === Math.max(...docSteps) && !step.snapshots) await benchBare(root, b, docs);
    if (!keep) setAside(root);
  }
  const big = rows.find((r) => String(r[0]).startsWith(`${1000} generated docs`) && !String(r[0]).includes('snapshots'));
  const verdict = big
    ? Number(big[4]) < 20
      ? `**Target met**: 1,000 documents build in ${big[4]} s (target < 20 s).`
      : `**Target missed**: 1,000 documents take ${big[4]} s (target < 20 s). The phase tables below show where the time goes.`
    : '';
  sections.set(
    'Large corpus',
    `${measuredOn(m)}

How build time grows. Each row is a cold \`astro build\` (search index included) of a fresh copy of the project with generated content added: MDX documents of about 700 words in our frontmatter (copies of real items with new slugs and titles, the real text plus generated Dutch paragraphs with new words per document), and for the last row also the monitor continued month by month (taakstelling per half year, consistent with the validation) so that there are about ten years of monthly snapshots. Generated by \`scripts/bench/corpus.ts\` in /tmp, never committed. "render" is the phase in which Astro renders every page (MDX, charts, HTML).

${table(['corpus', 'MDX docs', 'snapshots', 'HTML pages', 'cold build (s)', 'warm build (s)', 'render (s)', 'search index after the last page (s)'], rows)}

${verdict}

${details.join('\n\n')}${prunedNote(notes)}`,
  );
}

/**
 * The same 1,000-document corpus, side by side in one run: this site's cold build (search
 * index included) against a bare Astro + MDX project over the same MDX files followed by
 * Pagefind's CLI; and our indexing hook against Pagefind's CLI over the site's own pages.
 */
/** Set a project copy's build output and caches aside (./bench/trash.ts), so that its next build is cold. */
function makeCold(root: string): void {
  for (const d of ['dist', '.astro', 'node_modules/.astro', 'node_modules/.vite']) setAside(join(root, d));
}

async function benchBare(siteRoot: string, first: BuildTiming, docs: number): Promise<void> {
  log(`· bare Astro + MDX project and Pagefind CLI over the same documents, ${bareRuns} cold builds each, alternating`);
  const bareRoot = '/tmp/ot-bench-bare';
  setAside(bareRoot);
  generateBareProject(bareRoot, join(siteRoot, 'content'));
  // Site and bare alternate (site, bare, site, bare, …) so that a slow moment of the machine
  // falls on both; the ratio is of the medians. The first site build is the corpus row above.
  const sites: BuildTiming[] = [first];
  const bares: BareResult[] = [];
  try {
    for (let i = 0; i < bareRuns; i++) {
      if (i > 0) {
        makeCold(siteRoot);
        sites.push(await timedBuild(siteRoot));
      }
      makeCold(bareRoot);
      bares.push(await buildBare(bareRoot, docs));
      log(`  run ${i + 1}: site ${s1(sites.at(-1)!.seconds)} s, bare ${s1(bares.at(-1)!.totalSeconds)} s`);
    }
  } finally {
    if (!keep) setAside(bareRoot);
  }
  const mid = <T>(xs: T[], v: (x: T) => number): T => [...xs].sort((a, b) => v(a) - v(b))[Math.floor((xs.length - 1) / 2)]!;
  const site = mid(sites, (b) => b.seconds);
  const bare = mid(bares, (b) => b.totalSeconds);
  const cli = await cliOverSite(siteRoot, join(siteRoot, 'dist'));
  const hook = site.searchIndex ? site.searchIndex.ms / 1000 : undefined;
  const ratioBuild = site.seconds / bare.totalSeconds;
  // Each site build against the bare run right after it: how far one pair can be off the medians.
  const pairs = sites.map((b, i) => b.seconds / bares[i]!.totalSeconds);
  const ratioPairs = median(pairs);
  const ratioIndex = hook !== undefined && cli.seconds ? hook / cli.seconds : undefined;
  const ok = (v: number | undefined, max: number) =>
    v === undefined ? '–' : `${v.toFixed(2)} × ${v <= max ? '✅' : '❌'} (target ≤ ${max} ×)`;
  const runs = (xs: number[]) => xs.map(s1).join(', ');
  sections.set(
    'Build against a bare Astro project',
    `${measuredOn(m)}

The ${docs} MDX documents of the 1,000-document corpus (see Large corpus), built in the same run three ways: **site** = this project's cold \`astro build\` (validation, every page type, Land in beeld, search index by our hook); **bare** = a generated Astro + MDX project with one plain layout, one route and a content collection without schema over the same MDX files (\`scripts/bench/bare.ts\`, in /tmp, this repo's node_modules), then \`npx pagefind --site dist\`; **Pagefind CLI over the site** = \`npx pagefind --site dist --force-language nl\` over the site's own built pages, the same pages our hook indexes. Site and bare are each built cold ${bareRuns} times, alternating, and compared by their medians: on this shared machine one build can take 20 % longer than the next for the same work. Before each build the project's previous output and caches are renamed out of the way and only deleted when the run is over (\`scripts/bench/trash.ts\`): on this machine's file system (ext4 without a journal) every new file first steps over the inodes deleted in the last minutes, so deleting one build's output right before the next made the next one pay for it, the project with more files most. Build times are wall-clock including \`npx\` start-up; indexing times are each tool's own figure (our hook's log line; the CLI's "Finished in"), without process start-up. Our hook hands every page to Pagefind as soon as Astro has rendered it, so Pagefind parses and indexes on the second core while the next pages render; the indexing phase of the build is what is left after the last page (Pagefind writing the index), and that is the figure compared with the CLI. The site builds more pages than the bare project (Land in beeld, thema hubs, overviews).

${table(
  ['build', 'pages', 'median time (s)', 'each run (s)'],
  [
    ['site: astro build (search index included)', site.pages, s1(site.seconds), runs(sites.map((b) => b.seconds))],
    ['bare: astro build', bare.cliPages ?? '–', s1(bare.astro.seconds), runs(bares.map((b) => b.astro.seconds))],
    ['bare: Pagefind CLI', bare.cliPages ?? '–', s1(bare.cli.seconds), runs(bares.map((b) => b.cli.seconds))],
    ['bare: together', bare.cliPages ?? '–', s1(bare.totalSeconds), runs(bares.map((b) => b.totalSeconds))],
  ],
)}

${table(
  ['indexing (the median site build and bare run)', 'pages indexed', 'time (s)'],
  [
    [
      'our hook: what the build waits for after the last page (Pagefind Node API; pages are indexed while they render)',
      site.searchIndex?.pages ?? '–',
      hook !== undefined ? s1(hook) : '–',
    ],
    [
      'our hook: from the first page handed to Pagefind to the index written (overlaps rendering)',
      site.searchIndex?.pages ?? '–',
      site.searchIndex ? s1(site.searchIndex.spanMs / 1000) : '–',
    ],
    ['Pagefind CLI over the site’s pages', cli.pages ?? '–', cli.seconds !== undefined ? s1(cli.seconds) : '–'],
    [
      'Pagefind CLI over the bare pages',
      bare.cliPages ?? '–',
      bare.cliIndexSeconds !== undefined ? s1(bare.cliIndexSeconds) : '–',
    ],
  ],
)}

- **Whole build, site ÷ bare (medians)**: ${ok(ratioBuild, 1.5)}.
- **The same per pair** (each site build ÷ the bare run right after it: ${pairs.map((r) => r.toFixed(2)).join(', ')}), **median of the pairs**: ${ok(ratioPairs, 1.5)}.
- **Indexing phase, our hook (after the last page) ÷ Pagefind CLI over the same pages**: ${ok(ratioIndex, 1.2)}.`,
  );
  log(
    `  site ${s1(site.seconds)} s, bare ${s1(bare.totalSeconds)} s (medians): ${ratioBuild.toFixed(2)} ×, median of the pairs ${ratioPairs.toFixed(2)} ×; indexing ${hook} s vs CLI ${cli.seconds} s`,
  );
}

/** Relevance and the cost of a search, on the site as it is (its built dist). */
async function benchSearch(dist: string): Promise<void> {
  log('· search: relevance set and timing');
  const server = await startSiteServer(dist);
  const { browser, close } = await launchBrowser();
  try {
    const g = await guardedPage(browser, server.url);
    const rel = await meetRelevantie(g.page, server.url);
    await g.context.close();
    const metingen: ZoekMeting[] = [];
    for (const q of ZOEKVRAGEN) metingen.push(await meetZoeken(browser, server.url, q, runs));
    const alleMs = metingen.flatMap((x) => x.ms);
    const alleBytes = metingen.flatMap((x) => x.bytes);
    const pct = (n: number) => `${((100 * n) / rel.aantal).toFixed(1)} %`;
    const missers = rel.uitkomsten
      .filter((u) => !u.top3)
      .map(
        (u) =>
          `- "${u.vraag.q}": place ${u.plek || 'not in the first 10'}; first: ${u.eerste
            .slice(0, 3)
            .map((p) => `\`${p}\``)
            .join(', ')}`,
      );
    const perSoort = [...new Set(VRAGEN.map((v) => v.soort))].map((soort) => {
      const u = rel.uitkomsten.filter((x) => x.vraag.soort === soort);
      return [soort, u.length, u.filter((x) => x.plek === 1).length, u.filter((x) => x.top3).length];
    });
    const msOk = median(alleMs) <= 200 ? '✅' : '❌';
    const kbOk = Math.max(...alleBytes) <= 150 * 1024 ? '✅' : '❌';
    sections.set(
      'Search',
      `${measuredOn(m, `, ${m.chromium}`)}

### Relevance

The relevance set (\`data/zoeken/relevantie.json\`, ${rel.aantal} queries: vraag titles as a person types them, place + topic, synonyms, spelling slips, names with and without accents, every query of issue 12) typed into the real search page of the built site in Chromium (\`scripts/lib/relevantie-meting.ts\`; the same run is a test in \`npm test\`). A query scores when its page is among the first 3 (for "knowledge first" queries: and no Land in beeld page there). Target: ≥ 90 % in the top 3.

${table(['', 'queries', 'right page first', 'in the top 3'], [['all', rel.aantal, `${rel.eerste} (${pct(rel.eerste)})`, `**${rel.top3} (${pct(rel.top3)})**`], ...perSoort])}

Before this version of search (commit 1d35e1f, the same ${rel.aantal} queries on its own build): first 78.3 %, top 3 80.7 %.${missers.length ? `\n\nNot in the top 3:\n\n${missers.join('\n')}` : ''}

### Cost per search

${runs} runs per query, each in a fresh browser context (empty cache) against the built site on loopback (${server.kind === 'nginx' ? 'nginx with deploy/nginx.conf' : 'the Node test server with _headers'}): open /zoeken/, wait until Pagefind is ready, type the query, press Enter. **Time** = from the submit event to the live region announcing the results (on screen by then), inside the page. **Bytes** = everything the visit transferred (HTML, CSS, JS, Pagefind's script, WebAssembly, index and fragments), bodies plus headers. Targets: median ≤ 200 ms, ≤ 150 KB.

${table(
  ['query', 'time median (ms)', 'best (ms)', 'bytes, whole visit (KB)', 'requests'],
  [
    ...metingen.map((x) => [
      `"${x.q}"`,
      Math.round(median(x.ms)),
      Math.round(Math.min(...x.ms)),
      (median(x.bytes) / 1024).toFixed(1),
      x.requests,
    ]),
    [
      '**all**',
      `**${Math.round(median(alleMs))}** ${msOk}`,
      Math.round(Math.min(...alleMs)),
      `**${(Math.max(...alleBytes) / 1024).toFixed(1)}** (max) ${kbOk}`,
      '–',
    ],
  ],
)}`,
    );
    log(
      `  relevance ${rel.top3}/${rel.aantal} top 3; search median ${Math.round(median(alleMs))} ms, max ${(Math.max(...alleBytes) / 1024).toFixed(1)} KB`,
    );
  } finally {
    await close();
    await server.close();
  }
}

async function benchBytesAndLighthouse(): Promise<void> {
  if (!siteDist) {
    log('· building the site for page weight and Lighthouse');
    const { root } = await copyAndPrune('site');
    siteRoot = root;
    await timedBuild(root);
    siteDist = join(root, 'dist');
  }
  const dist = siteDist;
  const first = (section: string, except: string[] = []) => eersteItem(dist, section, except);

  const server = await startSiteServer(dist);
  const served = server.kind === 'nginx' ? 'nginx with deploy/nginx.conf' : 'the Node test server with _headers';
  const built = (p: string | undefined) => !!p && existsSync(join(dist, p.split('?')[0]!, 'index.html'));
  try {
    if (only.has('bytes')) {
      log('· page weight');
      const pages: [string, string | undefined, string?][] = [
        ['home', '/'],
        ['handreiking', first('handreikingen')],
        ['goed voorbeeld', first('goede-voorbeelden', ['overzicht'])],
        ['gemeente (Amsterdam)', '/land-in-beeld/gemeente/gm0363/'],
        ['provincie (Noord-Holland)', '/land-in-beeld/provincie/noord-holland/'],
        ['Land in beeld', '/land-in-beeld/'],
        ['search page, on load', '/zoeken/'],
        ['search page, query "woning"', '/zoeken/?q=woning', '[data-zoekresultaten] li'],
      ];
      const { browser, close } = await launchBrowser();
      const results: PageWeight[] = [];
      const missing: string[] = [];
      try {
        for (const [name, path, waitFor] of pages) {
          if (!built(path)) {
            missing.push(`${name} (${path ?? 'no page'})`);
            continue;
          }
          results.push(await pageWeight(browser, server.url, name, path!, waitFor));
        }
      } finally {
        await close();
      }
      const target = (w: PageWeight) => {
        if (/handreiking|voorbeeld/.test(w.name)) {
          const size = w.total.gzip <= 20 * 1024 ? '✅ ≤ 20 KB' : '❌ over 20 KB';
          const js =
            w.scripts === 0 ? '✅ no JS' : `❌ ${w.scripts} script${w.scripts > 1 ? 's' : ''} (${kb(w.js.gzip)} KB gzip)`;
          return `${size}; ${js}`;
        }
        if (/^gemeente/.test(w.name)) return w.total.gzip < 30 * 1024 ? '✅ < 30 KB' : '❌ target < 30 KB gzip';
        return '';
      };
      const b = (x: { raw: number; gzip: number }) => `${kb(x.raw)} / ${kb(x.gzip)}`;
      sections.set(
        'Page weight',
        `${measuredOn(m, `, ${m.chromium}`)}

What a first visit downloads (empty cache), per page type, in KB (1 KB = 1,024 bytes), **raw / gzip**. Measured in headless Chromium against the built site served by ${served}; gzip is computed on each response's bytes at level 6 (what nginx and the CDNs use), so the figures do not depend on the server. JS includes Pagefind's script, WebAssembly and index files (which Pagefind compresses itself; they count as sent). "inline SVG" is the charts and maps inside the HTML, already counted in HTML. Targets: a content page ≤ 20 KB gzip with no JavaScript; a gemeente page < 30 KB gzip.

${table(
  ['page', 'path', 'HTML', 'of which inline SVG', 'CSS', 'JS', 'SVG files', 'other', 'total', 'requests', 'target'],
  results.map((w) => [
    w.name,
    `\`${w.path}\``,
    b(w.html),
    b(w.inlineSvg),
    b(w.css),
    b(w.js),
    b(w.svg),
    b(w.other),
    `**${b(w.total)}**`,
    w.requests,
    target(w),
  ]),
)}${missing.length ? `\n\nNot built when measured: ${missing.join(', ')}.` : ''}`,
      );
      log(results.map((w) => `  ${w.name}: ${kb(w.total.gzip)} KB gzip`).join('\n'));
    }
    if (only.has('lighthouse')) {
      log('· Lighthouse');
      const pages: [string, string | undefined][] = [
        ['home', '/'],
        ['handreiking', first('handreikingen')],
        ['gemeente (Amsterdam)', '/land-in-beeld/gemeente/gm0363/'],
        ['search page, query "woning"', '/zoeken/?q=woning'],
      ];
      const results: LighthouseResult[] = [];
      const missing: string[] = [];
      for (const [name, path] of pages) {
        if (!built(path)) {
          missing.push(`${name} (${path ?? 'no page'})`);
          continue;
        }
        results.push(await runLighthouse(server.url, name, path!));
        log(`  ${name}: ${JSON.stringify(results.at(-1)!.scores)}`);
      }
      const ok = (r: LighthouseResult) => (r.scores.accessibility === 100 && r.scores.performance >= 95 ? '✅' : '❌');
      const failures = results.filter((r) => r.a11yFailures.length).map((r) => `- ${r.name}: ${r.a11yFailures.join('; ')}`);
      sections.set(
        'Lighthouse',
        `${measuredOn(m, `, ${m.chromium}, Lighthouse ${results[0]?.lighthouse ?? '?'}`)}

Lighthouse's Node API with its default **mobile** settings (emulated Moto G Power, simulated slow 4G: 150 ms RTT, 1.6 Mbit/s; 4× CPU slowdown), one run per page, Chromium started by chrome-launcher with a fresh profile. The site is served on loopback by ${served}. Targets: accessibility 100, performance ≥ 95. Times in ms (CLS unitless).

${table(
  ['page', 'path', 'performance', 'accessibility', 'best practices', 'SEO', 'FCP', 'LCP', 'TBT', 'CLS', 'speed index', 'target'],
  results.map((r) => [
    r.name,
    `\`${r.path}\``,
    r.scores.performance,
    r.scores.accessibility,
    r.scores['best-practices'],
    r.scores.seo,
    Math.round(r.metrics.fcp),
    Math.round(r.metrics.lcp),
    Math.round(r.metrics.tbt),
    r.metrics.cls.toFixed(3),
    Math.round(r.metrics.si),
    ok(r),
  ]),
)}${failures.length ? `\n\nAccessibility audits that failed:\n\n${failures.join('\n')}` : ''}${missing.length ? `\n\nNot built when measured: ${missing.join(', ')}.` : ''}`,
      );
    }
  } finally {
    await server.close();
  }
}

/** Every section asked for by --only, in an order where later sections reuse earlier builds. */
async function measure(): Promise<void> {
  if (only.has('build')) await benchBuild();
  if (only.has('bytes') || only.has('lighthouse')) await benchBytesAndLighthouse();
  if (only.has('search')) {
    if (!siteDist) {
      const { root } = await copyAndPrune('site');
      siteRoot = root;
      await timedBuild(root);
      siteDist = join(root, 'dist');
    }
    await benchSearch(siteDist);
  }
  if (siteRoot && !keep) setAside(siteRoot);
  if (only.has('corpus')) await benchCorpus();
}

async function main(): Promise<void> {
  const t0 = performance.now();
  try {
    await measure();
  } finally {
    // Only now, when nothing is measured any more (see ./bench/trash.ts).
    log(`set-aside build output deleted in ${s1(emptyTrash())} s`);
  }
  const out = [...sections].map(([h, b]) => `## ${h}\n\n${b}\n`).join('\n');
  console.log(out);
  if (write) {
    replaceSections(
      join(PROJECT, 'BENCHMARKS.md'),
      sections,
      '# Benchmarks\n\nPerformance budgets of Opnieuw Thuis, measured on the project machine (2 cores, shared with other work while measured). `npm run bench` rewrites every section.\n',
    );
    log(`BENCHMARKS.md updated (${[...sections.keys()].join(', ')}).`);
  }
  log(`bench took ${s1((performance.now() - t0) / 1000)} s`);
}

await main();
