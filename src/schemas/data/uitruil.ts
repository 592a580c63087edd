/**
 * data/uitruil.json: gemeenten in a region that exchange part of their taakstelling for a period.
 * What one gemeente takes over, another gives up: the regional sum stays equal.
 */
import { z } from 'astro/zod';
import { PERIODE } from './landelijke-reeks.ts';
import { bronVerwijzing, codeVeld, type MeldingenContext } from './meldingen.ts';

export function uitruilSchema(ctx: MeldingenContext) {
  return z.array(
    z
      .strictObject({
        /** Half-year, JJJJ-I or JJJJ-II. */
        periode: z.string({ error: 'verwacht een periode als JJJJ-I of JJJJ-II' }).regex(PERIODE, { error: 'verwacht een periode als JJJJ-I of JJJJ-II' }),
        /** Name of the region or agreement. */
        regio: z.string({ error: 'verwacht de naam van de regio' }).min(2, { error: 'verwacht de naam van de regio' }),
        /** Per gemeente: + takes over, − gives up. */
        mutaties: z
          .array(
            z.strictObject({
              /** CBS code of the gemeente. */
              code: codeVeld(ctx),
              /** People taken over (+) or given up (−); never 0. */
              aantal: z.number({ error: 'verwacht een geheel getal' }).int({ error: 'verwacht een geheel getal' }).refine((n) => n !== 0, { error: 'verwacht een getal anders dan 0' }),
            }),
            { error: 'verwacht een lijst van mutaties' },
          )
          .min(2, { error: 'een uitruil gaat tussen minstens twee gemeenten' }),
        /** Where the agreement is published. */
        bron: bronVerwijzing(ctx),
      })
      .superRefine((u, c) => {
        const som = u.mutaties.reduce((t, m) => t + m.aantal, 0);
        if (som !== 0) c.addIssue({ code: 'custom', path: ['mutaties'], message: `de mutaties tellen op tot ${som}; verwacht 0, want de regionale som moet gelijk blijven` });
        const dubbel = u.mutaties.map((m) => m.code).filter((code, i, a) => a.indexOf(code) !== i);
        if (dubbel.length) c.addIssue({ code: 'custom', path: ['mutaties'], message: `gemeente ${dubbel[0]} staat er twee keer in; verwacht elke gemeente één keer` });
      }),
    { error: 'verwacht een lijst van uitruilafspraken' },
  );
}
export type Uitruil = z.infer<ReturnType<typeof uitruilSchema>>[number];
