/**
 * Runs the same validation as `npm run check` before Astro builds or serves,
 * and stops with every problem in Dutch when content or data is wrong.
 * Warnings (an item not fact-checked for a year) are shown but do not stop the build.
 */
import type { AstroIntegration } from 'astro';
import { fileURLToPath } from 'node:url';
import { formatMelding, formatMeldingen, fouten, valideerAlles } from '../lib/validatie/index.ts';

export interface ValidatieIntegratieOpties {
  /** Today as JJJJ-MM-DD; default the current date (tests pass a fixed one). */
  vandaag?: string;
}

export default function validatie(opties: ValidatieIntegratieOpties = {}): AstroIntegration {
  return {
    name: 'opnieuw-thuis:validatie',
    hooks: {
      'astro:config:setup': ({ config, logger }) => {
        const root = fileURLToPath(config.root);
        const { meldingen, items } = valideerAlles(root, { vandaag: opties.vandaag });
        const fout = fouten(meldingen);
        if (fout.length > 0) {
          throw new Error(`De inhoud of gegevens kloppen niet. ${formatMeldingen(fout)}`);
        }
        for (const m of meldingen) logger.warn(formatMelding(m));
        logger.info(`validatie: ${items.length} bestanden gecontroleerd, geen fouten`);
      },
    },
  };
}
