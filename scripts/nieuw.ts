/**
 * `npm run nieuw -- <type> "<titel>" [--slug <bestandsnaam>]`
 * Makes content/<map>/<slug>.mdx with every field filled in or marked "VUL IN".
 * Never overwrites an existing file.
 */
import { resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { maakNieuw } from '../src/lib/validatie/nieuw.ts';

const GEBRUIK = `Gebruik: npm run nieuw -- <type> "<titel>" [--slug <bestandsnaam>]
  type: handreiking, factsheet, vraag of voorbeeld
  Voorbeeld: npm run nieuw -- voorbeeld "Tijdelijke woningen in Zwolle"`;

const args = process.argv.slice(2);
let root = fileURLToPath(new URL('..', import.meta.url));
let slug: string | undefined;
const los: string[] = [];
for (let i = 0; i < args.length; i++) {
  const a = args[i]!;
  if (a === '--slug') slug = args[++i];
  else if (a === '--root') root = resolve(args[++i] ?? '.');
  else if (a === '--help' || a === '-h') {
    console.log(GEBRUIK);
    process.exit(0);
  } else los.push(a);
}
if (los.length < 2) {
  console.error(`Er ontbreekt iets: verwacht een type en een titel.\n${GEBRUIK}`);
  process.exit(1);
}
const [type, ...titelDelen] = los;
const r = maakNieuw({ root, type: type!, titel: titelDelen.join(' '), ...(slug !== undefined ? { slug } : {}) });
if (!r.ok) {
  console.error(`Niet gemaakt: ${r.melding}`);
  process.exit(1);
}
console.log(`Gemaakt: ${r.bestand}`);
for (const w of r.waarschuwingen) console.log(`Let op: ${w}`);
console.log('Vervang nu elke "VUL IN" in het bestand. Controleer daarna met: npm run check');
