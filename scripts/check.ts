/**
 * `npm run check`: validates all content and data without building the site.
 * Prints every problem as `bestand:regel — veld: melding` (Dutch) and exits 1 if there is any.
 *
 *   npm run check               the site in this folder
 *   npm run check -- <map>      another project root (a folder with content/, data/ and public/)
 */
import { resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { formatMeldingen, type Melding } from '../src/lib/validatie/melding.ts';
import { valideerJsonSyntax } from '../src/lib/validatie/json.ts';

const root = resolve(process.argv[2] ?? fileURLToPath(new URL('..', import.meta.url)));
const start = performance.now();

/** On GitHub Actions, every problem also becomes an annotation on the line in the pull request. */
function annoteer(meldingen: readonly Melding[]): void {
  if (process.env.GITHUB_ACTIONS !== 'true') return;
  const data = (s: string) => s.replace(/%/g, '%25').replace(/\r/g, '%0D').replace(/\n/g, '%0A');
  const eigenschap = (s: string) => data(s).replace(/:/g, '%3A').replace(/,/g, '%2C');
  for (const m of meldingen) {
    const plek = [`file=${eigenschap(m.bestand)}`, ...(m.regel ? [`line=${m.regel}`] : []), `title=${eigenschap(`Controle: ${m.veld}`)}`];
    console.log(`::error ${plek.join(',')}::${data(m.melding)}`);
  }
}

function klaar(aantal: number, bestanden: string): never {
  const ms = Math.round(performance.now() - start);
  console.error(`\nControle mislukt: ${aantal} ${aantal === 1 ? 'probleem' : 'problemen'} in ${bestanden} (${ms} ms).`);
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
  const { valideerAlles } = await import('../src/lib/validatie/index.ts');
  const { meldingen, items, dataBestanden } = valideerAlles(root);
  const ms = Math.round(performance.now() - start);
  const bestanden = `${items.length} pagina's en ${dataBestanden} gegevensbestanden`;
  if (meldingen.length > 0) {
    console.error(formatMeldingen(meldingen));
    annoteer(meldingen);
    klaar(meldingen.length, bestanden);
  }
  console.log(`Controle geslaagd: ${bestanden} zonder problemen (${ms} ms).`);
} catch (e) {
  console.error(`De controle kon niet worden uitgevoerd: ${e instanceof Error ? e.message : String(e)}`);
  console.error('Dit is waarschijnlijk geen fout in uw tekst. Vraag een ontwikkelaar om hulp en stuur deze melding mee.');
  process.exit(2);
}
