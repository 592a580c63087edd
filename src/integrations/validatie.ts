/**
 * Runs the same validation as `npm run check` before Astro builds or serves,
 * and stops with every problem in Dutch when content or data is wrong.
 */
import type { AstroIntegration } from 'astro';
import { fileURLToPath } from 'node:url';
import { formatMeldingen, valideerAlles } from '../lib/validatie/index.ts';

export default function validatie(): AstroIntegration {
  return {
    name: 'opnieuw-thuis:validatie',
    hooks: {
      'astro:config:setup': ({ config, logger }) => {
        const root = fileURLToPath(config.root);
        const { meldingen, items } = valideerAlles(root);
        if (meldingen.length > 0) {
          throw new Error(`De inhoud of gegevens kloppen niet. ${formatMeldingen(meldingen)}`);
        }
        logger.info(`validatie: ${items.length} bestanden gecontroleerd, geen problemen`);
      },
    },
  };
}
