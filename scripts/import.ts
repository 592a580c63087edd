/**
 * `npm run import -- <bestand> [--maand JJJJ-MM] [--dry-run] [--vervang]`
 *   [--status officieel|illustratief] [--bron "..."] [--toelichting "..."]
 * Reads a monthly COA-style export (CSV) and writes data/monitor/JJJJ-MM.json.
 * Columns and steps: docs/redactie.md, "Maandelijkse import".
 */
import { resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { importeer, type ImportOpties } from '../src/lib/import/index.ts';
import { formatMeldingen } from '../src/lib/validatie/melding.ts';

const GEBRUIK = `Gebruik: npm run import -- <bestand.csv> [--maand JJJJ-MM] [--dry-run] [--vervang]
                          [--status officieel|illustratief] [--bron "..."] [--toelichting "..."]
                          [--duizendtallen] [--bevestig GM0363,PV27,NL]
  --maand          de maand van de stand op de 1e (anders uit de bestandsnaam, zoals coa-2015-09.csv)
  --dry-run        alles controleren en tonen, niets opslaan
  --vervang        een gepubliceerde maand vervangen (u ziet eerst de verschillen)
  --duizendtallen  punten in aantallen scheiden duizendtallen (1.234 = 1234); zonder deze optie
                   weigert de import een aantal met een punt, want 15.000 kan ook 15 betekenen
  --bevestig       u hebt deze ongewone cijfers gecontroleerd en ze kloppen (gemeentecodes, PV-codes
                   of NL, met komma's); ze komen in "bevestigd" in het maandbestand (docs/redactie.md)
Voorbeeld: npm run import -- data/import-voorbeeld/coa-2016-07.csv --dry-run`;

const args = process.argv.slice(2);
const opties: Partial<ImportOpties> & { root: string } = { root: fileURLToPath(new URL('..', import.meta.url)) };
const los: string[] = [];
const waarde = (i: number, naam: string): string => {
  const w = args[i];
  if (w === undefined || w.startsWith('--')) {
    console.error(`Er ontbreekt een waarde na ${naam}.\n${GEBRUIK}`);
    process.exit(1);
  }
  return w;
};
for (let i = 0; i < args.length; i++) {
  const a = args[i]!;
  const [naam, inline] =
    a.startsWith('--') && a.includes('=') ? [a.slice(0, a.indexOf('=')), a.slice(a.indexOf('=') + 1)] : [a, undefined];
  const neem = () => inline ?? waarde(++i, naam);
  switch (naam) {
    case '--maand':
      opties.maand = neem();
      break;
    case '--dry-run':
    case '--proefdraai':
      opties.dryRun = true;
      break;
    case '--vervang':
      opties.vervang = true;
      break;
    case '--duizendtallen':
      opties.duizendtallen = true;
      break;
    case '--bevestig':
      opties.bevestig = [
        ...(opties.bevestig ?? []),
        ...neem()
          .split(',')
          .map((c) => c.trim().toUpperCase())
          .filter(Boolean),
      ];
      break;
    case '--status':
      opties.status = neem();
      break;
    case '--bron':
      opties.bron = neem();
      break;
    case '--toelichting':
      opties.toelichting = neem();
      break;
    case '--root':
      opties.root = resolve(neem());
      break;
    case '--help':
    case '-h':
      console.log(GEBRUIK);
      process.exit(0);
    // falls through: process.exit never returns
    default:
      if (naam.startsWith('--')) {
        console.error(`Onbekende optie ${naam}.\n${GEBRUIK}`);
        process.exit(1);
      }
      los.push(a);
  }
}
if (los.length !== 1) {
  console.error(
    `${los.length === 0 ? 'Er ontbreekt een bestand.' : `Verwacht één bestand, gevonden: ${los.join(', ')}.`}\n${GEBRUIK}`,
  );
  process.exit(1);
}

try {
  const r = importeer({ ...opties, bestand: los[0]! });
  if (r.uitvoer.length) console.log(r.uitvoer.join('\n'));
  if (!r.ok) {
    for (const w of r.waarschuwingen) if (!r.uitvoer.includes(`Let op: ${w}`)) console.error(`Let op: ${w}`);
    console.error(`\n${formatMeldingen(r.meldingen)}`);
    console.error(`\nImport gestopt: er is niets opgeslagen${r.doel ? ` (${r.doel} is niet veranderd)` : ''}.`);
    process.exit(1);
  }
} catch (e) {
  console.error(`De import is mislukt: ${e instanceof Error ? e.message : String(e)}`);
  console.error('Er is niets veranderd: bestaande bestanden blijven zoals ze waren.');
  process.exit(2);
}
