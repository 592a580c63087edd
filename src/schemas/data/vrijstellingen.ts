/** data/vrijstellingen.json: a gemeente that had no taakstelling for a period, with the reason and a source. */
import { z } from 'astro/zod';
import { PERIODE } from './landelijke-reeks.ts';
import { bronVerwijzing, codeVeld, type MeldingenContext } from './meldingen.ts';

export function vrijstellingenSchema(ctx: MeldingenContext) {
  return z.array(
    z.strictObject({
      /** CBS code of the gemeente in the indeling of that period. */
      code: codeVeld(ctx).refine((c) => c.startsWith('GM'), { error: 'verwacht een gemeentecode (GM…)' }),
      /** Half-year, JJJJ-I or JJJJ-II. */
      periode: z.string({ error: 'verwacht een periode als JJJJ-I of JJJJ-II' }).regex(PERIODE, { error: 'verwacht een periode als JJJJ-I of JJJJ-II' }),
      /** Why, in one or two sentences for visitors. */
      reden: z.string({ error: 'verwacht de reden als tekst' }).min(10, { error: 'verwacht de reden in minstens één zin' }),
      /** Where this is stated. */
      bron: bronVerwijzing(ctx),
    }),
    { error: 'verwacht een lijst van vrijstellingen' },
  );
}
export type Vrijstelling = z.infer<ReturnType<typeof vrijstellingenSchema>>[number];
