/**
 * Field types shared by every content schema, each with a Dutch message that
 * says what was expected. One place for dates, links, thema and gemeente refs.
 */
import { z } from 'astro/zod';
import { GEMEENTE_CODES, THEMA_IDS } from './referenties.ts';
import { SITE_URL } from '../lib/routes.ts';

const DATUM = /^\d{4}-\d{2}-\d{2}$/;
const MAAND = /^\d{4}-\d{2}$/;

/** Today as YYYY-MM-DD; overridable for tests through OT_VANDAAG. */
export function vandaag(): string {
  return process.env.OT_VANDAAG ?? new Date().toISOString().slice(0, 10);
}

function isEchteDatum(s: string): boolean {
  const [y, m, d] = s.split('-').map(Number) as [number, number, number];
  const dt = new Date(Date.UTC(y, m - 1, d ?? 1));
  return dt.getUTCFullYear() === y && dt.getUTCMonth() === m - 1 && (d === undefined || dt.getUTCDate() === d);
}

/** YAML may hand us a Date for an unquoted 2016-03-17: normalise to the string. */
const alsTekst = (v: unknown) => (v instanceof Date && !Number.isNaN(v.getTime()) ? v.toISOString().slice(0, 10) : v);

/** A calendar date written as JJJJ-MM-DD, not in the future. */
export const datum = z.preprocess(
  alsTekst,
  z
    .string({ error: 'verwacht een datum als JJJJ-MM-DD' })
    .regex(DATUM, { error: 'verwacht een datum als JJJJ-MM-DD, bijvoorbeeld 2016-03-17', abort: true })
    .refine(isEchteDatum, { error: 'deze datum bestaat niet; verwacht een echte datum als JJJJ-MM-DD', abort: true })
    .refine((s) => s <= vandaag(), { error: 'deze datum ligt in de toekomst; verwacht een datum tot en met vandaag' }),
);

/** A calendar date written as JJJJ-MM-DD that may lie in the future (an end date, a deadline). */
export const datumVrij = z.preprocess(
  alsTekst,
  z
    .string({ error: 'verwacht een datum als JJJJ-MM-DD' })
    .regex(DATUM, { error: 'verwacht een datum als JJJJ-MM-DD, bijvoorbeeld 2027-12-31', abort: true })
    .refine(isEchteDatum, { error: 'deze datum bestaat niet; verwacht een echte datum als JJJJ-MM-DD' }),
);

/** A date or just a month (JJJJ-MM), for project start dates that are only known by month. */
export const datumOfMaand = z.preprocess(
  alsTekst,
  z
    .string({ error: 'verwacht een datum als JJJJ-MM-DD of een maand als JJJJ-MM' })
    .refine((s) => DATUM.test(s) || MAAND.test(s), {
      error: 'verwacht een datum als JJJJ-MM-DD of een maand als JJJJ-MM, bijvoorbeeld 2016-07',
      abort: true,
    })
    .refine(isEchteDatum, { error: 'deze datum bestaat niet', abort: true })
    .refine((s) => s <= vandaag(), { error: 'deze datum ligt in de toekomst; verwacht een datum tot en met vandaag' }),
);

export const tekst = (veld = 'tekst') =>
  z.string({ error: `verwacht ${veld}` }).trim().min(1, { error: `verwacht ${veld}, dit veld is leeg` });

export const webadres = z
  .string({ error: 'verwacht een webadres dat begint met https://' })
  .regex(/^https?:\/\/[^\s/$.?#][^\s]*$/i, { error: 'verwacht een volledig webadres dat begint met https://' });

export const bron = z.strictObject({
  titel: tekst('de titel van de bron'),
  url: webadres.refine((u) => !u.toLowerCase().startsWith(new URL(SITE_URL).origin.toLowerCase()), {
    error: 'een bron is een externe pagina; verwacht geen adres van deze site zelf (gebruik voor de oude site van 2016 een archiefadres van web.archive.org)',
  }),
  datum: datum.optional(),
});

export const bronnen = z.array(bron, { error: 'verwacht een lijst van bronnen (titel en url)' });

export const themaRef = z.string({ error: 'verwacht een thema' }).refine((t) => THEMA_IDS.includes(t), {
  error: (iss) => `onbekend thema "${String(iss.input)}"; kies uit: ${THEMA_IDS.join(', ')}`,
});

export const themas = z
  .array(themaRef, { error: `verwacht een lijst van thema's, gekozen uit: ${THEMA_IDS.join(', ')}` })
  .min(1, { error: "verwacht minstens één thema" });

export const gemeenteRef = z
  .string({ error: 'verwacht een CBS-gemeentecode zoals GM0363' })
  .regex(/^GM\d{4}$/, { error: 'verwacht een CBS-gemeentecode als GM gevolgd door vier cijfers, zoals GM0363' })
  .refine((c) => GEMEENTE_CODES.has(c), {
    error: (iss) => `onbekende gemeentecode "${String(iss.input)}"; verwacht een code uit data/gemeenten/`,
  });

export const heelGetal = (veld: string) =>
  z
    .number({ error: `verwacht een getal voor ${veld} (zonder punt of aanhalingstekens)` })
    .int({ error: `verwacht een heel getal voor ${veld}` })
    .nonnegative({ error: `verwacht 0 of meer voor ${veld}` });

export const DOELGROEPEN_ORGANISATIE = [
  'gemeente',
  'corporatie',
  'provincie',
  'maatschappelijke organisatie',
  'particuliere verhuurder',
  'rijk',
] as const;

export const organisatieDoelgroep = z
  .array(
    z.enum(DOELGROEPEN_ORGANISATIE, {
      error: (iss) => `onbekende doelgroep "${String(iss.input)}"; kies uit: ${DOELGROEPEN_ORGANISATIE.join(', ')}`,
    }),
  )
  .min(1, { error: 'verwacht minstens één doelgroep' });

export const download = z.strictObject({
  titel: tekst('de titel van het bestand'),
  bestand: z
    .string({ error: 'verwacht een bestandsnaam in public/downloads/' })
    .regex(/^\/downloads\/[a-z0-9][a-z0-9._-]*\.(pdf|xlsx|docx|odt|ods|csv)$/, {
      error: 'verwacht een pad als /downloads/naam.pdf (kleine letters, pdf, xlsx, docx, odt, ods of csv)',
    }),
});

export const REGELING_STANDEN = ['open', 'gesloten'] as const;

/**
 * An item about a regeling or rule that ends. `stand: open` is how the text is marked as
 * presenting the regeling as open; after `eindigt` that is an error until an editor sets
 * `stand: gesloten` and rewrites the text.
 */
export const regeling = z.strictObject({
  /** Name of the regeling or rule, e.g. "Subsidieregeling flex- en transformatiewoningen". */
  naam: tekst('de naam van de regeling'),
  /** Last day the regeling is open or the rule applies (may lie in the future). */
  eindigt: datumVrij,
  /** Whether the text presents the regeling as open or as ended. */
  stand: z.enum(REGELING_STANDEN, {
    error: (iss) => `onbekende stand "${String(iss.input)}"; kies uit: ${REGELING_STANDEN.join(', ')}`,
  }),
  /** Where to look now, once the regeling has ended. */
  verder: z.strictObject({ titel: tekst('de titel van de vervolgpagina'), url: webadres }).optional(),
});

/** The fields every publication shares (handreiking, factsheet, vraag, voorbeeld). */
export const basis = {
  title: tekst('een titel'),
  publicatiedatum: datum,
  laatstBijgewerkt: datum.optional(),
  /** Date of the last fact check against public sources; shown as "Gecontroleerd op …". */
  gecontroleerd: datum.optional(),
  /** One line saying what changed on laatstBijgewerkt; shown on the page, in RSS and "Nieuw en bijgewerkt". */
  wijziging: tekst('een korte wijzigingsnotitie').max(200, { error: 'verwacht hoogstens 200 tekens' }).optional(),
  /** Set on items about a regeling or rule that ends. */
  regeling: regeling.optional(),
  themas,
  concept: z.boolean({ error: 'verwacht true of false' }).optional(),
};

/** laatstBijgewerkt may not lie before publicatiedatum. */
export function bijgewerktNaPublicatie(d: { publicatiedatum: string; laatstBijgewerkt?: string | undefined }) {
  return d.laatstBijgewerkt === undefined || d.laatstBijgewerkt >= d.publicatiedatum;
}
export const BIJGEWERKT_FOUT = {
  error: 'laatstBijgewerkt ligt vóór publicatiedatum; verwacht een datum op of na de publicatiedatum',
  path: ['laatstBijgewerkt'],
};
