/**
 * `npm run check`: validates all content and data without building the site.
 * Prints every problem as `bestand:regel — veld: melding` and exits 1 if there is any.
 */
import { fileURLToPath } from 'node:url';
import { formatMeldingen, valideerAlles } from '../src/lib/validatie/index.ts';

const root = process.argv[2] ?? fileURLToPath(new URL('..', import.meta.url));
const start = performance.now();
const { meldingen, items } = valideerAlles(root);
const ms = Math.round(performance.now() - start);
if (meldingen.length > 0) {
  console.error(formatMeldingen(meldingen));
  console.error(`\nControle mislukt: ${meldingen.length} ${meldingen.length === 1 ? 'probleem' : 'problemen'} in ${items.length} bestanden (${ms} ms).`);
  process.exit(1);
}
console.log(`Controle geslaagd: ${items.length} bestanden zonder problemen (${ms} ms).`);
