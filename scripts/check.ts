/**
 * `npm run check`: validates content and data without building the site.
 * Prints every problem as `bestand:regel:kolom — veld: melding` (Dutch) and exits 1 if there is
 * an error; warnings (ernst 'waarschuwing') are printed but keep exit code 0.
 *
 *   npm run check                        the whole site in this folder
 *   npm run check -- <pad> [<pad> …]     only these files or folders (plus the rules across files
 *                                        that touch them); a path that matches nothing is an error
 *   npm run check -- --verouderd         which items are due for a fact check, oldest first
 *   npm run check -- --vandaag JJJJ-MM-DD   judge dates against another day (tests, planning)
 *   npm run check -- --root <map>        another project root (a folder with content/, data/, public/)
 *   npm run check -- <map>               the same, when <map> is a project root (has content/ or data/)
 */
import { existsSync, readdirSync, statSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { formatMelding, formatMeldingen, type Melding } from '../src/lib/validatie/melding.ts';
import { valideerJsonSyntax } from '../src/lib/validatie/json.ts';

const start = performance.now();
const REPO = fileURLToPath(new URL('..', import.meta.url));
/** npm runs scripts in the package folder; INIT_CWD is where the editor typed the command. */
const CWD = process.env.INIT_CWD ?? process.cwd();

const args = process.argv.slice(2);
let root = REPO;
let verouderd = false;
/** Today as JJJJ-MM-DD, for tests and for looking ahead ("what will be stale on 1 March?"); default the current date. */
let vandaag: string | undefined;
const paden: string[] = [];
for (let i = 0; i < args.length; i++) {
  const a = args[i]!;
  if (a === '--verouderd') verouderd = true;
  else if (a === '--root') root = resolve(CWD, args[++i] ?? '.');
  else if (a === '--vandaag') vandaag = args[++i];
  else if (a === '--help' || a === '-h') {
    console.log('Gebruik: npm run check [-- <bestand of map> …] [--verouderd] [--root <map>]');
    process.exit(0);
  } else paden.push(a);
}
/** A project root has content/<type>/ folders or JSON files in data/ (src/, with its src/data/ of code, is not one). */
const isRoot = (p: string) => {
  const abs = resolve(CWD, p);
  if (!existsSync(abs) || !statSync(abs).isDirectory() || abs === resolve(REPO)) return false;
  const inhoud = ['handreikingen', 'factsheets', 'vragen', 'voorbeelden'].some((t) => existsSync(join(abs, 'content', t)));
  const data =
    existsSync(join(abs, 'data')) &&
    readdirSync(join(abs, 'data')).some((f) => f.endsWith('.json') || statSync(join(abs, 'data', f)).isDirectory());
  return inhoud || (data && !readdirSync(join(abs, 'data')).some((f) => /\.(ts|js|astro)$/.test(f)));
};
// Backwards compatible: one argument that is itself a project root checks that root.
if (paden.length === 1 && root === REPO && isRoot(paden[0]!)) root = resolve(CWD, paden.shift()!);

/** On GitHub Actions, every problem also becomes an annotation on the line in the pull request. */
function annoteer(meldingen: readonly Melding[]): void {
  if (process.env.GITHUB_ACTIONS !== 'true') return;
  const data = (s: string) => s.replace(/%/g, '%25').replace(/\r/g, '%0D').replace(/\n/g, '%0A');
  const eigenschap = (s: string) => data(s).replace(/:/g, '%3A').replace(/,/g, '%2C');
  for (const m of meldingen) {
    const plek = [
      `file=${eigenschap(m.bestand)}`,
      ...(m.regel ? [`line=${m.regel}`] : []),
      ...(m.kolom ? [`col=${m.kolom}`] : []),
      `title=${eigenschap(`Controle: ${m.veld}`)}`,
    ];
    console.log(`::${m.ernst === 'waarschuwing' ? 'warning' : 'error'} ${plek.join(',')}::${data(m.melding)}`);
  }
}

const ms = () => Math.round(performance.now() - start);

function klaar(aantal: number, bestanden: string): never {
  console.error(`\nControle mislukt: ${aantal} ${aantal === 1 ? 'probleem' : 'problemen'} in ${bestanden} (${ms()} ms).`);
  console.error('Los de problemen hierboven op en draai daarna opnieuw: npm run check');
  console.error('Uitleg per melding: docs/redactie.md, hoofdstuk "Meldingen van de controle".');
  process.exit(1);
}

// The schemas read data/themas.json and data/gemeenten/*.json when they load. A broken one
// would crash them, so the JSON syntax of data/ is checked before anything else is loaded.
const json = valideerJsonSyntax(root, (b) => /^data\/(themas|provincies)\.json$|^data\/gemeenten\//.test(b));
const onmisbaar = json.meldingen.filter((m) => /^data\/(themas|provincies)\.json$|^data\/gemeenten\//.test(m.bestand));
if (onmisbaar.length > 0) {
  console.error(formatMeldingen(json.meldingen));
  annoteer(json.meldingen);
  klaar(json.meldingen.length, 'de gegevens in data/');
}

try {
  const { fouten, kiesBestanden, valideerAlles } = await import('../src/lib/validatie/index.ts');
  const { verouderdeItems, formatVerouderd } = await import('../src/lib/validatie/versheid.ts');
  const keuze = paden.length > 0 ? kiesBestanden(root, paden, CWD) : undefined;
  if (keuze && keuze.meldingen.length > 0) {
    console.error(formatMeldingen(keuze.meldingen));
    annoteer(keuze.meldingen);
    klaar(keuze.meldingen.length, 'de opgegeven paden');
  }
  const alles = valideerAlles(root, { vandaag });
  const gekozen = (b: string) => !keuze || keuze.bestanden.has(b);
  const meldingen = alles.meldingen.filter((m) => gekozen(m.bestand));
  const items = alles.items.filter((i) => gekozen(i.bestand));
  const dataBestanden = keuze ? [...keuze.bestanden].filter((b) => b.startsWith('data/')).length : alles.dataBestanden;
  if (verouderd) {
    console.log(formatVerouderd(verouderdeItems(items, vandaag), items.length));
  }
  const bestanden = `${items.length} ${items.length === 1 ? 'pagina' : "pagina's"} en ${dataBestanden} ${dataBestanden === 1 ? 'gegevensbestand' : 'gegevensbestanden'}`;
  if (!keuze && alles.items.length === 0 && alles.dataBestanden === 0) {
    // Nothing to check is never a success: a mistyped root or an empty checkout.
    console.error(
      `In ${root} staan geen pagina's (content/<soort>/*.mdx) en geen gegevens (data/*.json); verwacht de map van de site.`,
    );
    klaar(1, root);
  }
  const fout = fouten(meldingen);
  const waarschuwingen = meldingen.length - fout.length;
  if (fout.length > 0) console.error(formatMeldingen(fout));
  if (waarschuwingen > 0) {
    const lijst = meldingen.filter((m) => m.ernst === 'waarschuwing').map((m) => `  ${formatMelding(m)}`);
    console.error(
      [
        `${waarschuwingen === 1 ? '1 waarschuwing' : `${waarschuwingen} waarschuwingen`} (houden de controle niet tegen):`,
        ...lijst,
      ].join('\n'),
    );
  }
  annoteer(meldingen);
  if (fout.length > 0) klaar(fout.length, bestanden);
  console.log(
    `Controle geslaagd: ${bestanden} zonder fouten${waarschuwingen ? `, met ${waarschuwingen} ${waarschuwingen === 1 ? 'waarschuwing' : 'waarschuwingen'}` : ''} (${ms()} ms).`,
  );
} catch (e) {
  console.error(`De controle kon niet worden uitgevoerd: ${e instanceof Error ? e.message : String(e)}`);
  console.error('Dit is waarschijnlijk geen fout in uw tekst. Vraag een ontwikkelaar om hulp en stuur deze melding mee.');
  process.exit(2);
}
