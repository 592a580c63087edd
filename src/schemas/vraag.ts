import { z } from 'astro/zod';
import { basis, bijgewerktNaPublicatie, BIJGEWERKT_FOUT, bronnen, tekst, type SchemaContext } from './velden.ts';

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
export const vraagSchema = (ctx: SchemaContext) =>
  z
    .strictObject({
      ...basis(ctx),
      /** The question itself, ending with a question mark. */
      title: tekst('de vraag als titel').refine((t) => t.endsWith('?'), {
        error: 'verwacht de vraag als titel, eindigend op een vraagteken',
      }),
      /** The group the question is listed under on /vragen/. */
      categorie: z.enum(VRAAG_CATEGORIEEN, {
        error: (iss) => `onbekende categorie "${String(iss.input)}"; kies uit: ${VRAAG_CATEGORIEEN.join(', ')}`,
      }),
      /** The answer in one or two sentences, at most KORT_ANTWOORD_MAX characters. */
      kortAntwoord: tekst('een kort antwoord').max(KORT_ANTWOORD_MAX, {
        error: (iss) =>
          `het korte antwoord is te lang (${String((iss.input as string).length)} tekens); verwacht hoogstens ${KORT_ANTWOORD_MAX} tekens`,
      }),
      /** At least one public source. */
      bronnen: bronnen(ctx).min(1, { error: 'verwacht minstens één bron met titel en url' }),
    })
    .refine(bijgewerktNaPublicatie, BIJGEWERKT_FOUT);

export type Vraag = z.output<ReturnType<typeof vraagSchema>>;
