/**
 * `npm run check -- <paden>`: which of the files the check knows an editor asked for. A path
 * (file or folder) that matches nothing is an error that says what exists nearby, never an
 * empty success.
 */
import { existsSync, readdirSync, statSync } from 'node:fs';
import { dirname, isAbsolute, join, relative, resolve, sep } from 'node:path';
import { CONTENT_TYPES } from '../../schemas/index.ts';
import { jsonBestanden } from './json.ts';
import type { Melding } from './melding.ts';
import { dichtstbij } from './zod-nl.ts';

export interface Keuze {
  /** Relative paths (forward slashes) of the files to report on. */
  bestanden: Set<string>;
  /** Paths that match nothing. */
  meldingen: Melding[];
}

/** Every file the check looks at, relative to the root: content/<type>/* and data/**.json. */
function gecontroleerdeBestanden(root: string): string[] {
  const uit: string[] = [];
  for (const def of Object.values(CONTENT_TYPES)) {
    const map = join(root, def.map);
    if (!existsSync(map)) continue;
    for (const naam of readdirSync(map).sort()) if (!naam.startsWith('.')) uit.push(`${def.map}/${naam}`);
  }
  return [...uit, ...jsonBestanden(root)];
}

/**
 * @param cwd the folder the editor typed the paths in (npm's INIT_CWD), to resolve relative paths
 */
export function kiesBestanden(root: string, paden: readonly string[], cwd: string = root): Keuze {
  const alle = gecontroleerdeBestanden(root);
  const bestanden = new Set<string>();
  const meldingen: Melding[] = [];
  for (const invoer of paden) {
    const abs = isAbsolute(invoer) ? invoer : resolve(cwd, invoer);
    const rel = relative(root, abs).split(sep).join('/');
    if (rel.startsWith('..') || isAbsolute(rel)) {
      meldingen.push({
        bestand: invoer,
        veld: '-',
        melding: `dit pad ligt buiten de site (${root}); verwacht een bestand of map in content/ of data/`,
      });
      continue;
    }
    if (!existsSync(abs)) {
      const ouder = dirname(abs);
      const buren = existsSync(ouder) && statSync(ouder).isDirectory() ? readdirSync(ouder) : [];
      const naam = abs.slice(ouder.length + 1);
      const s = dichtstbij(naam, buren);
      const relOuder = relative(root, ouder).split(sep).join('/');
      meldingen.push({
        bestand: invoer,
        veld: '-',
        melding: `dit bestand of deze map bestaat niet${s ? `; bedoelt u "${relOuder ? `${relOuder}/` : ''}${s}"?` : '; verwacht een bestand of map in content/ of data/'}`,
      });
      continue;
    }
    const binnen = rel === '' ? alle : alle.filter((b) => b === rel || b.startsWith(`${rel}/`));
    if (binnen.length === 0) {
      meldingen.push({
        bestand: invoer,
        veld: '-',
        melding: statSync(abs).isDirectory()
          ? 'deze map bevat geen bestanden die de controle kent; verwacht een map in content/ of data/ met .mdx- of .json-bestanden'
          : 'dit bestand controleert de controle niet; verwacht een bestand in content/<soort>/ of een .json-bestand in data/',
      });
      continue;
    }
    for (const b of binnen) bestanden.add(b);
  }
  return { bestanden, meldingen };
}
