/** data/toezicht.json: the provincie's judgement (interbestuurlijk toezicht) of a gemeente for a period. */
import { z } from 'astro/zod';
import { PERIODE } from './landelijke-reeks.ts';
import { bronVerwijzing, codeVeld, type MeldingenContext } from './meldingen.ts';

const OORDELEN = ['voldoet', 'voldoet niet, doch verschoonbaar', 'voldoet niet'] as const;
/** The steps of the interventieladder, in order. */
const TREDEN = ['informeren', 'waarschuwen', 'aanschrijven', 'indeplaatsstelling'] as const;

export function toezichtSchema(ctx: MeldingenContext) {
  return z.array(
    z.strictObject({
      /** CBS code of the gemeente. */
      code: codeVeld(ctx).refine((c) => c.startsWith('GM'), { error: 'verwacht een gemeentecode (GM…)' }),
      /** Half-year judged, JJJJ-I or JJJJ-II. */
      periode: z.string({ error: 'verwacht een periode als JJJJ-I of JJJJ-II' }).regex(PERIODE, { error: 'verwacht een periode als JJJJ-I of JJJJ-II' }),
      /** The judgement, in the provincie's words. */
      oordeel: z.enum(OORDELEN, { error: `kies uit: ${OORDELEN.join('; ')}` }),
      /** Step of the interventieladder, or null when none was taken or it is not known. */
      trede: z.enum(TREDEN, { error: `kies uit: ${TREDEN.join(', ')} (of null)` }).nullable(),
      /** Where the judgement is published. */
      bron: bronVerwijzing(ctx),
      /** One sentence of context, or null. */
      toelichting: z.string({ error: 'verwacht een tekst of null' }).nullable(),
    }),
    { error: 'verwacht een lijst van oordelen' },
  );
}
export type Toezicht = z.infer<ReturnType<typeof toezichtSchema>>[number];
