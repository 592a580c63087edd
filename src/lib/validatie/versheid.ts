/**
 * Freshness: which items are due for a fact check (`npm run check -- --verouderd`).
 * Due: no `gecontroleerd` date yet, or one older than CONTROLE_TERMIJN_MAANDEN, a regeling whose
 * end date has passed since the last check, or an open regeling that ends within
 * REGELING_VOORUIT_MAANDEN (the text has to change on that day). Oldest check first; items never
 * checked come first.
 */
import { datumVan } from '../../schemas/context.ts';
import { CONTROLE_TERMIJN_MAANDEN } from '../../schemas/velden.ts';
import type { ContentItem } from './content.ts';
import { maandenTerug } from './content.ts';

/** An open regeling that ends within this many months is listed, so the change can be planned. */
const REGELING_VOORUIT_MAANDEN = 3;

interface TeControleren {
  bestand: string;
  title: string;
  gecontroleerd?: string | undefined;
  publicatiedatum?: string | undefined;
  laatstBijgewerkt?: string | undefined;
  /** Why it is due, in Dutch. */
  reden: string;
}

const tekst = (x: unknown) => (typeof x === 'string' ? x : undefined);

export function verouderdeItems(items: readonly ContentItem[], vandaag: string = datumVan()): TeControleren[] {
  const grens = maandenTerug(vandaag, CONTROLE_TERMIJN_MAANDEN);
  const uit: TeControleren[] = [];
  for (const i of items) {
    const gecontroleerd = tekst(i.data.gecontroleerd);
    const regeling = i.data.regeling as { eindigt?: unknown; naam?: unknown; stand?: unknown } | undefined;
    const eindigt = tekst(regeling?.eindigt);
    const redenen: string[] = [];
    if (!gecontroleerd) redenen.push('nooit gecontroleerd');
    else if (gecontroleerd < grens) redenen.push(`meer dan ${CONTROLE_TERMIJN_MAANDEN} maanden geleden gecontroleerd`);
    if (eindigt && eindigt < vandaag && (!gecontroleerd || gecontroleerd <= eindigt)) {
      redenen.push(`regeling "${tekst(regeling?.naam) ?? ''}" is geëindigd op ${eindigt} en daarna niet gecontroleerd`);
    }
    if (
      eindigt &&
      regeling?.stand === 'open' &&
      eindigt >= vandaag &&
      eindigt <= maandenTerug(vandaag, -REGELING_VOORUIT_MAANDEN)
    ) {
      redenen.push(`regeling "${tekst(regeling?.naam) ?? ''}" eindigt op ${eindigt}: pas dan de tekst aan`);
    }
    if (redenen.length === 0) continue;
    uit.push({
      bestand: i.bestand,
      title: tekst(i.data.title) ?? i.slug,
      gecontroleerd,
      publicatiedatum: tekst(i.data.publicatiedatum),
      laatstBijgewerkt: tekst(i.data.laatstBijgewerkt),
      reden: redenen.join('; '),
    });
  }
  return uit.sort(
    (a, b) =>
      (a.gecontroleerd ?? '').localeCompare(b.gecontroleerd ?? '') ||
      (a.laatstBijgewerkt ?? a.publicatiedatum ?? '').localeCompare(b.laatstBijgewerkt ?? b.publicatiedatum ?? '') ||
      a.bestand.localeCompare(b.bestand),
  );
}

/** The list as `npm run check -- --verouderd` prints it. */
export function formatVerouderd(lijst: readonly TeControleren[], totaal: number): string {
  if (lijst.length === 0)
    return `Niets te controleren: alle ${totaal} pagina's zijn in de afgelopen ${CONTROLE_TERMIJN_MAANDEN} maanden gecontroleerd.`;
  const regels = lijst.map(
    (t) =>
      `  ${(t.gecontroleerd ?? 'nooit').padEnd(10)}  ${t.bestand}  (gepubliceerd ${t.publicatiedatum ?? '?'}${t.laatstBijgewerkt ? `, bijgewerkt ${t.laatstBijgewerkt}` : ''}; ${t.reden})`,
  );
  return [
    `Te controleren: ${lijst.length} van ${totaal} pagina's, oudste controle eerst (gecontroleerd, bestand):`,
    ...regels,
  ].join('\n');
}
