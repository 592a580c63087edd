import { z } from 'astro/zod';
import { basis, bijgewerktNaPublicatie, BIJGEWERKT_FOUT, bronnen, tekst } from './velden.ts';

export const KORT_ANTWOORD_MAX = 300;

export const VRAAG_CATEGORIEEN = [
  'taakstelling',
  'woningen en locaties',
  'geld en regelingen',
  'proces en samenwerking',
  'toezicht',
  'wonen en meedoen',
] as const;

/** A question with a short answer (for lists and snippets) and the full answer as body. */
export const vraagSchema = z
  .strictObject({
    ...basis,
    title: tekst('de vraag als titel').refine((t) => t.endsWith('?'), { error: 'verwacht de vraag als titel, eindigend op een vraagteken' }),
    categorie: z.enum(VRAAG_CATEGORIEEN, {
      error: (iss) => `onbekende categorie "${String(iss.input)}"; kies uit: ${VRAAG_CATEGORIEEN.join(', ')}`,
    }),
    kortAntwoord: tekst('een kort antwoord').max(KORT_ANTWOORD_MAX, {
      error: (iss) =>
        `het korte antwoord is te lang (${String((iss.input as string).length)} tekens); verwacht hoogstens ${KORT_ANTWOORD_MAX} tekens`,
    }),
    bronnen: bronnen.min(1, { error: 'verwacht minstens één bron met titel en url' }),
  })
  .refine(bijgewerktNaPublicatie, BIJGEWERKT_FOUT);

export type Vraag = z.output<typeof vraagSchema>;
