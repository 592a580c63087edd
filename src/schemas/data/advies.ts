/**
 * data/advies/regels.json: the rule table behind /advies/. Editors change the questions' answers,
 * the rules that recommend a thema, and where to get help; every rule carries a source or a rationale.
 */
import { z } from 'astro/zod';
import { controleerTabel } from '../../lib/advies/index.ts';
import type { DataRegel } from './regels.ts';

const ADVIES_BESTAND = 'data/advies/regels.json';

export interface AdviesContext {
  /** Known thema ids (data/themas.json). */
  themaIds: readonly string[];
  /** Doelgroep values a goed voorbeeld may carry (src/schemas/voorbeeld.ts). */
  voorbeeldDoelgroepen: readonly string[];
}

const ID = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

const tekst = (wat: string) =>
  z.string({ error: `verwacht ${wat}` }).trim().min(1, { error: `verwacht ${wat}, dit veld is leeg` });

const id = z.string({ error: 'verwacht een id' }).regex(ID, { error: 'verwacht een id van kleine letters, cijfers en streepjes, zoals "weinig-sociale-huur"' });

const bron = z.strictObject({
  /** Title of the public source. */
  titel: tekst('de titel van de bron'),
  /** Full https:// address of the public source. */
  url: z.string({ error: 'verwacht een webadres' }).regex(/^https:\/\/[^\s]+$/, { error: 'verwacht een volledig webadres dat begint met https://' }),
});

const keuze = z.strictObject({
  /** Stable id, used in the answer page's URL. */
  id,
  /** The answer as the visitor reads it. */
  label: tekst('de tekst van het antwoord'),
});

export function adviesSchema(ctx: AdviesContext) {
  const themaRef = z.string({ error: 'verwacht een thema-id' }).refine((t) => ctx.themaIds.includes(t), {
    error: (iss) => `onbekend thema "${String(iss.input)}"; kies uit: ${ctx.themaIds.join(', ')}`,
  });
  const doelgroep = keuze.extend({
    /** Which doelgroep values of goede voorbeelden match this answer, best first. */
    voorbeeldDoelgroepen: z
      .array(
        z.string().refine((d) => ctx.voorbeeldDoelgroepen.includes(d), {
          error: (iss) => `onbekende doelgroep van een voorbeeld "${String(iss.input)}"; kies uit: ${ctx.voorbeeldDoelgroepen.join(', ')}`,
        }),
      )
      .min(1, { error: 'verwacht minstens één doelgroep van een voorbeeld' }),
  });
  const regel = z
    .strictObject({
      /** Unique id of the rule. */
      id,
      /** The thema (solution) this rule recommends. */
      thema: themaRef,
      /** When the rule applies: the answers per question; a question left out means any answer. */
      als: z.strictObject({
        voor: z.array(id).min(1).optional(),
        knelpunt: z.array(id).min(1).optional(),
        termijn: z.array(id).min(1).optional(),
      }),
      /** How strongly the rule recommends the thema: 1 (a bit) to 3 (strongly). */
      gewicht: z.number({ error: 'verwacht een getal van 1 tot en met 3' }).int().min(1, { error: 'verwacht 1, 2 of 3' }).max(3, { error: 'verwacht 1, 2 of 3' }),
      /** One sentence on why the thema fits. */
      waarom: tekst('een zin over waarom dit past'),
      /** How long it takes. */
      tijd: tekst('hoe lang het duurt'),
      /** What it costs, in words. */
      kosten: tekst('wat het kost'),
      /** Who to involve. */
      wie: tekst('wie u erbij betrekt'),
      /** A public source for the rule… */
      bron: bron.optional(),
      /** …or the rationale in words (one of the two is required). */
      onderbouwing: tekst('een onderbouwing').optional(),
    })
    .refine((r) => r.bron !== undefined || r.onderbouwing !== undefined, {
      error: 'deze regel heeft geen bron en geen onderbouwing; verwacht "bron" (titel en url) of "onderbouwing" (een zin)',
      path: ['onderbouwing'],
    });
  return z.strictObject({
    /** Answers to "Voor wie zoekt u woonruimte?". */
    doelgroepen: z.array(doelgroep).min(1),
    /** Answers to "Wat houdt u tegen?". */
    knelpunten: z.array(keuze).min(1),
    /** Answers to "Wanneer hebt u het nodig?". */
    termijnen: z.array(keuze).min(1),
    /** The rules: each recommends one thema for some answers. */
    regels: z.array(regel).min(1),
    /** Where to get help, per knelpunt. */
    hulp: z.array(
      z.strictObject({
        /** Name of the organisation. */
        naam: tekst('de naam van de organisatie'),
        /** What it helps with, in one or two sentences. */
        wat: tekst('waarmee deze organisatie helpt'),
        /** For which knelpunten to show it. */
        knelpunten: z.array(id).min(1),
        /** Public page of the organisation on this subject. */
        bron,
      }),
    ),
  });
}

export type AdviesTabel = z.output<ReturnType<typeof adviesSchema>>;
export type AdviesRegel = AdviesTabel['regels'][number];

/** Rules across the rule table (src/lib/advies): known answers, unique ids, every combination answered. */
export const adviesTabelKlopt: DataRegel = ({ geldig }) => {
  const tabel = geldig.get(ADVIES_BESTAND) as AdviesTabel | undefined;
  return tabel ? controleerTabel(tabel).map((p) => ({ bestand: ADVIES_BESTAND, pad: p.pad, melding: p.melding })) : [];
};
