/**
 * data/meldingen.json: single figures for one gemeente or provincie as reported in public
 * (press, annual reports, provincie decisions). Not a series: each is one public report.
 */
import { z } from 'astro/zod';
import { deeldatum, type ReeksContext } from './landelijke-reeks.ts';

export interface MeldingenContext extends ReeksContext {
  /** Every gemeente code of every indeling, and every provincie code. */
  readonly codes: ReadonlySet<string>;
}

/** A public source given inline: who, when, where. */
export function bronVerwijzing(ctx: ReeksContext) {
  return z.strictObject({
    /** Who published it: "NU.nl", "Gemeente Etten-Leur". */
    uitgever: z.string({ error: 'verwacht de uitgever als tekst' }).min(2, { error: 'verwacht de uitgever' }),
    /** Publication date as precise as known, or null. */
    datum: deeldatum(ctx).nullable(),
    /** Public address of the source. */
    url: z.url({ error: 'verwacht een volledig webadres (https://…)' }),
  });
}

export function codeVeld(ctx: MeldingenContext) {
  return z
    .string({ error: 'verwacht een CBS-code als GM0363 of PV27' })
    .regex(/^(GM\d{4}|PV\d{2})$/, { error: 'verwacht een CBS-code als GM0363 of PV27', abort: true })
    .refine((c) => ctx.codes.has(c), { error: 'deze code staat in geen enkele gemeentelijke indeling of provincielijst; verwacht een bestaande CBS-code' });
}

export function meldingenSchema(ctx: MeldingenContext) {
  return z.array(
    z
      .strictObject({
        /** gemeente or provincie. */
        niveau: z.enum(['gemeente', 'provincie'], { error: 'kies uit: gemeente, provincie' }),
        /** CBS code (GM… or PV…). */
        code: codeVeld(ctx),
        /** The half-year (JJJJ-I, JJJJ-II) or a whole year (JJJJ). */
        periode: z.string({ error: 'verwacht een periode als JJJJ-I, JJJJ-II of JJJJ' }).regex(/^\d{4}(-(I|II))?$/, { error: 'verwacht een periode als JJJJ-I, JJJJ-II of JJJJ' }),
        /** The taakstelling as reported, or null. */
        taak: z.number({ error: 'verwacht een geheel getal of null' }).int().nonnegative({ error: 'verwacht 0 of meer' }).nullable(),
        /** What the taak means (netto, opgave, as reported). */
        basis: z.string({ error: 'verwacht een tekst of null' }).nullable(),
        /** Housed, as reported, or null. */
        realisatie: z.number({ error: 'verwacht een geheel getal of null' }).int().nonnegative({ error: 'verwacht 0 of meer' }).nullable(),
        /** Date the figures hold for, or null. */
        peildatum: deeldatum(ctx).nullable(),
        /** Where it was reported. */
        bron: bronVerwijzing(ctx),
        /** One sentence of context, or null. */
        toelichting: z.string({ error: 'verwacht een tekst of null' }).nullable(),
      })
      .refine((m) => (m.niveau === 'gemeente') === m.code.startsWith('GM'), { error: 'niveau en code passen niet bij elkaar; verwacht GM… bij gemeente en PV… bij provincie', path: ['code'] })
      .refine((m) => m.taak !== null || m.realisatie !== null, { error: 'een melding zonder taak en zonder realisatie zegt niets; verwacht minstens één van beide', path: ['taak'] }),
    { error: 'verwacht een lijst van meldingen' },
  );
}

export type Melding = z.infer<ReturnType<typeof meldingenSchema>>[number];
export type BronVerwijzing = Melding['bron'];
