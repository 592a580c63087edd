/**
 * data/landelijke-reeks.json: the national taakstelling per half-year with a public source per figure.
 * Unknown figures are `null` ("onbekend" on the page), never an estimate.
 */
import { z } from 'astro/zod';

/** What the schemas of Land in beeld data need to know about the rest of the data. */
export interface ReeksContext {
  /** Today, JJJJ-MM-DD: no source may be dated after it. */
  readonly vandaag: string;
}

/** A date as precise as the source is: JJJJ, JJJJ-MM or JJJJ-MM-DD. */
const DEELDATUM = /^\d{4}(-(0[1-9]|1[0-2])(-(0[1-9]|[12]\d|3[01]))?)?$/;
export const PERIODE = /^\d{4}-(I|II)$/;

export function deeldatum(ctx: ReeksContext) {
  return z
    .string({ error: 'verwacht een datum als JJJJ, JJJJ-MM of JJJJ-MM-DD' })
    .regex(DEELDATUM, { error: 'verwacht een datum als JJJJ, JJJJ-MM of JJJJ-MM-DD, bijvoorbeeld 2016-03-17', abort: true })
    .refine((s) => s <= ctx.vandaag, { error: 'deze datum ligt in de toekomst; verwacht een datum tot en met vandaag' });
}

function bronSchema(ctx: ReeksContext) {
  return z.strictObject({
    /** Title of the article, letter or decision, as published. */
    titel: z.string({ error: 'verwacht de titel van de bron als tekst' }).min(3, { error: 'verwacht de titel van de bron' }),
    /** Who published it (newspaper, ministry, provincie). */
    uitgever: z.string({ error: 'verwacht de uitgever als tekst' }).min(2, { error: 'verwacht de uitgever' }),
    /** Publication date as precise as known, or null when not known. */
    datum: deeldatum(ctx).nullable(),
    /** Public address, or null when the document is not online. */
    url: z.url({ error: 'verwacht een volledig webadres (https://…) of null' }).nullable(),
  });
}

function cijferSchema(ctx: ReeksContext) {
  return z.strictObject({
    /** The number of people (negative only for a voorsprong at the start). */
    aantal: z.number({ error: 'verwacht een geheel getal' }).int({ error: 'verwacht een geheel getal' }),
    /** Key into `bronnen`. */
    bron: z.string({ error: 'verwacht de sleutel van een bron uit "bronnen"' }),
    /** Date the figure was announced, when it differs from the source's date. */
    datum: deeldatum(ctx).optional(),
    /** Date the figure holds for (a stand before the end of the period). */
    peildatum: deeldatum(ctx).optional(),
    /** "ruim" or "bijna" when the source rounds. */
    benadering: z.enum(['ruim', 'bijna', 'ongeveer'], { error: 'kies uit: ruim, bijna, ongeveer' }).optional(),
  });
}

export function landelijkeReeksSchema(ctx: ReeksContext) {
  const cijfer = cijferSchema(ctx).nullable();
  const periode = z.strictObject({
    /** Half-year, JJJJ-I or JJJJ-II. */
    periode: z.string({ error: 'verwacht een periode als JJJJ-I of JJJJ-II' }).regex(PERIODE, { error: 'verwacht een periode als JJJJ-I of JJJJ-II, bijvoorbeeld 2025-II' }),
    /** Netto taakstelling as first announced. */
    prognose: cijfer,
    /** Netto taakstelling as set for the period. */
    vastgesteld: cijfer,
    /** Netto taakstelling as lowered or raised during the period. */
    bijgesteld: cijfer,
    /** Achterstand at the start (negative: voorsprong). */
    achterstandBegin: cijfer,
    /** Total opgave: netto plus achterstand. */
    opgave: cijfer,
    /** Housed in the period (at the end, unless `peildatum` says otherwise). */
    realisatie: cijfer,
    /** How many gemeenten met it, in the words of the source. */
    gemeentenVoldaan: z.strictObject({ tekst: z.string({ error: 'verwacht een korte tekst' }).min(3), bron: z.string({ error: 'verwacht de sleutel van een bron' }) }).nullable(),
    /** officieel (government source), pers (press), onzeker (one secondary source), onbekend (no figure). */
    zekerheid: z.enum(['officieel', 'pers', 'onzeker', 'onbekend'], { error: 'kies uit: officieel, pers, onzeker, onbekend' }),
    /** One or two sentences for visitors. */
    toelichting: z.string({ error: 'verwacht een tekst (mag leeg zijn)' }),
  });
  return z
    .strictObject({
      /** Every source once, by key. */
      bronnen: z.record(z.string(), bronSchema(ctx), { error: 'verwacht een groep bronnen met een sleutel per bron' }),
      /** Every half-year in order, without gaps. */
      perioden: z.array(periode, { error: 'verwacht een lijst van perioden' }).min(1, { error: 'verwacht minstens één periode' }),
    })
    .superRefine((d, c) => {
      const velden = ['prognose', 'vastgesteld', 'bijgesteld', 'achterstandBegin', 'opgave', 'realisatie', 'gemeentenVoldaan'] as const;
      d.perioden.forEach((p, i) => {
        if (i > 0) {
          const vorige = d.perioden[i - 1]!.periode;
          const [j, h] = vorige.split('-') as [string, string];
          const volgende = h === 'I' ? `${j}-II` : `${Number(j) + 1}-I`;
          if (p.periode !== volgende) c.addIssue({ code: 'custom', path: ['perioden', i, 'periode'], message: `verwacht periode ${volgende} (na ${vorige}, zonder gaten)` });
        }
        for (const v of velden) {
          const f = p[v];
          if (f && !(f.bron in d.bronnen)) c.addIssue({ code: 'custom', path: ['perioden', i, v, 'bron'], message: `bron "${f.bron}" staat niet in "bronnen"; verwacht een van: ${Object.keys(d.bronnen).join(', ')}` });
        }
        for (const v of ['prognose', 'vastgesteld', 'bijgesteld', 'opgave', 'realisatie'] as const) {
          const f = p[v];
          if (f && f.aantal < 0) c.addIssue({ code: 'custom', path: ['perioden', i, v, 'aantal'], message: 'verwacht 0 of meer; alleen een achterstand aan het begin mag negatief zijn (voorsprong)' });
        }
        const heeftCijfer = velden.some((v) => p[v] !== null);
        if (p.zekerheid === 'onbekend' && heeftCijfer) c.addIssue({ code: 'custom', path: ['perioden', i, 'zekerheid'], message: '"onbekend" past niet bij een periode met cijfers; verwacht officieel, pers of onzeker' });
      });
    });
}

export type LandelijkeReeksBestand = z.infer<ReturnType<typeof landelijkeReeksSchema>>;
export type ReeksPeriode = LandelijkeReeksBestand['perioden'][number];
export type ReeksCijfer = NonNullable<ReeksPeriode['vastgesteld']>;
export type ReeksBron = LandelijkeReeksBestand['bronnen'][string];
