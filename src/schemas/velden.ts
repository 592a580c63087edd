/**
 * Field types shared by every content schema, each with a Dutch message that says what was
 * expected. One place for dates, links, thema and gemeente refs. Fields that depend on the
 * world (today, the thema ids, the gemeenten) are factories that take a {@link SchemaContext};
 * nothing here reads a file or an environment variable.
 */
import { z } from 'astro/zod';
import { formatDatum } from '../lib/format.ts';
import { SITE_URL } from '../lib/routes.ts';
import { gemeenteNamen, type SchemaContext } from './context.ts';

export type { SchemaContext } from './context.ts';

/**
 * Whether `gecontroleerd` (the date of the last fact check) is required on every item.
 * Off while editors add it to every item; the lead switches it on once all items have one.
 */
export const GECONTROLEERD_VERPLICHT = true;

/** `npm run check` warns about items whose last fact check lies more than this many months back. */
export const CONTROLE_TERMIJN_MAANDEN = 12;

const DATUM = /^\d{4}-\d{2}-\d{2}$/;
const MAAND = /^\d{4}-\d{2}$/;

function isEchteDatum(s: string): boolean {
  const [y, m, d] = s.split('-').map(Number) as [number, number, number];
  const dt = new Date(Date.UTC(y, m - 1, d ?? 1));
  return dt.getUTCFullYear() === y && dt.getUTCMonth() === m - 1 && (d === undefined || dt.getUTCDate() === d);
}

/** YAML may hand us a Date for an unquoted 2016-03-17: normalise to the string. */
const alsTekst = (v: unknown) => (v instanceof Date && !Number.isNaN(v.getTime()) ? v.toISOString().slice(0, 10) : v);

/** Compares a date and/or month (JJJJ-MM-DD, JJJJ-MM) on what both give: "2016-07" equals "2016-07-15". */
export function vergelijkDatum(a: string, b: string): number {
  const n = Math.min(a.length, b.length);
  const x = a.slice(0, n);
  const y = b.slice(0, n);
  return x < y ? -1 : x > y ? 1 : 0;
}

/** A calendar date written as JJJJ-MM-DD that may lie in the future (an end date, a deadline). */
const datumVrij = z.preprocess(
  alsTekst,
  z
    .string({ error: 'verwacht een datum als JJJJ-MM-DD' })
    .regex(DATUM, { error: 'verwacht een datum als JJJJ-MM-DD, bijvoorbeeld 2027-12-31', abort: true })
    .refine(isEchteDatum, { error: 'deze datum bestaat niet; verwacht een echte datum als JJJJ-MM-DD' }),
);

/** A calendar date written as JJJJ-MM-DD, not after `ctx.vandaag`. */
const datum = (ctx: SchemaContext) =>
  z.preprocess(
    alsTekst,
    z
      .string({ error: 'verwacht een datum als JJJJ-MM-DD' })
      .regex(DATUM, { error: 'verwacht een datum als JJJJ-MM-DD, bijvoorbeeld 2016-03-17', abort: true })
      .refine(isEchteDatum, { error: 'deze datum bestaat niet; verwacht een echte datum als JJJJ-MM-DD', abort: true })
      .refine((s) => s <= ctx.vandaag, { error: 'deze datum ligt in de toekomst; verwacht een datum tot en met vandaag' }),
  );

/** A date or just a month (JJJJ-MM) that may lie in the future (a planned start). */
export const datumOfMaandVrij = z.preprocess(
  alsTekst,
  z
    .string({ error: 'verwacht een datum als JJJJ-MM-DD of een maand als JJJJ-MM' })
    .refine((s) => DATUM.test(s) || MAAND.test(s), {
      error: 'verwacht een datum als JJJJ-MM-DD of een maand als JJJJ-MM, bijvoorbeeld 2016-07',
      abort: true,
    })
    .refine(isEchteDatum, { error: 'deze datum bestaat niet', abort: true }),
);

/** A date or just a month (JJJJ-MM), for dates only known by month; not after `ctx.vandaag`. */
export const datumOfMaand = (ctx: SchemaContext) =>
  datumOfMaandVrij.refine((s) => vergelijkDatum(s as string, ctx.vandaag) <= 0, {
    error: 'deze datum ligt in de toekomst; verwacht een datum tot en met vandaag',
  });

/** Non-empty text (trimmed); `veld` names what is expected in the message. */
export const tekst = (veld = 'tekst') =>
  z
    .string({ error: `verwacht ${veld}` })
    .trim()
    .min(1, { error: `verwacht ${veld}, dit veld is leeg` });

/** A full web address starting with http(s)://. */
export const webadres = z
  .string({ error: 'verwacht een webadres dat begint met https://' })
  .regex(/^https?:\/\/[^\s/$.?#][^\s]*$/i, { error: 'verwacht een volledig webadres dat begint met https://' });

/** A public source: title, full https address outside this site, optional date. */
export const bron = (ctx: SchemaContext) =>
  z.strictObject({
    /** Title of the source as a reader finds it, e.g. "VNG, Handreiking huisvesting". */
    titel: tekst('de titel van de bron'),
    /** Full address; never this site itself (use web.archive.org for the 2016 site). */
    url: webadres.refine((u) => !u.toLowerCase().startsWith(new URL(SITE_URL).origin.toLowerCase()), {
      error:
        'een bron is een externe pagina; verwacht geen adres van deze site zelf (gebruik voor de oude site van 2016 een archiefadres van web.archive.org)',
    }),
    /** Date of the source, JJJJ-MM-DD, not in the future. */
    datum: datum(ctx).optional(),
  });

export const bronnen = (ctx: SchemaContext) => z.array(bron(ctx), { error: 'verwacht een lijst van bronnen (titel en url)' });

/** One thema id from data/themas.json. */
export const themaRef = (ctx: SchemaContext) =>
  z.string({ error: 'verwacht een thema' }).refine((t) => ctx.themaIds.includes(t), {
    error: (iss) => `onbekend thema "${String(iss.input)}"; kies uit: ${ctx.themaIds.join(', ')}`,
  });

/** At least one thema id. */
const themas = (ctx: SchemaContext) =>
  z
    .array(themaRef(ctx), { error: `verwacht een lijst van thema's, gekozen uit: ${ctx.themaIds.join(', ')}` })
    .min(1, { error: 'verwacht minstens één thema' });

/** A CBS gemeente code that occurs in some indeling in data/gemeenten/ (whether it is valid on the item's date is checked per type). */
export const gemeenteRef = (ctx: SchemaContext) => {
  const bekend = gemeenteNamen(ctx);
  for (const h of ctx.herindelingen) bekend.set(h.naar, bekend.get(h.naar) ?? h.naar);
  return z
    .string({ error: 'verwacht een CBS-gemeentecode zoals GM0363' })
    .regex(/^GM\d{4}$/, { error: 'verwacht een CBS-gemeentecode als GM gevolgd door vier cijfers, zoals GM0363' })
    .refine((c) => bekend.has(c), {
      error: (iss) => `onbekende gemeentecode "${String(iss.input)}"; verwacht een code uit data/gemeenten/`,
    });
};

/** A whole number of 0 or more, written without a thousands separator. */
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

/** The organisations a handreiking or factsheet is written for (at least one). */
/** What an item is about, at most 400 characters; shown in lists and search results. */
export const samenvatting = tekst('een samenvatting').max(400, {
  error: 'de samenvatting is te lang; verwacht hoogstens 400 tekens',
});

export const organisatieDoelgroep = z
  .array(
    z.enum(DOELGROEPEN_ORGANISATIE, {
      error: (iss) => `onbekende doelgroep "${String(iss.input)}"; kies uit: ${DOELGROEPEN_ORGANISATIE.join(', ')}`,
    }),
  )
  .min(1, { error: 'verwacht minstens één doelgroep' });

/** A file to download, kept in public/downloads/. */
export const download = z.strictObject({
  /** Title shown with the link, e.g. "Stappenplan woningdelen (pdf, 2 pagina's)". */
  titel: tekst('de titel van het bestand'),
  /** Path as /downloads/name.ext: lower case; pdf, xlsx, docx, odt, ods or csv. */
  bestand: z
    .string({ error: 'verwacht een bestandsnaam in public/downloads/' })
    .regex(/^\/downloads\/[a-z0-9][a-z0-9._-]*\.(pdf|xlsx|docx|odt|ods|csv)$/, {
      error: 'verwacht een pad als /downloads/naam.pdf (kleine letters, pdf, xlsx, docx, odt, ods of csv)',
    }),
});

const REGELING_STANDEN = ['open', 'gesloten'] as const;

/**
 * An item about a regeling or rule that ends. `stand` says how the text presents it.
 * Rules (checked against `ctx.vandaag`): `stand: open` after `eindigt` is an error (the text
 * still presents an ended regeling as open); `stand: gesloten` needs `verder` (where to look
 * now) and an `eindigt` that is not in the future.
 */
const regeling = (ctx: SchemaContext) =>
  z
    .strictObject({
      /** Name of the regeling or rule, e.g. "Subsidieregeling flex- en transformatiewoningen". */
      naam: tekst('de naam van de regeling'),
      /** Last day the regeling is open or the rule applies (may lie in the future). */
      eindigt: datumVrij,
      /** How the text presents the regeling: `open` or `gesloten`. */
      stand: z.enum(REGELING_STANDEN, {
        error: (iss) => `onbekende stand "${String(iss.input)}"; kies uit: ${REGELING_STANDEN.join(', ')}`,
      }),
      /** Where to look now, once the regeling has ended: a title and a full https address. */
      verder: z.strictObject({ titel: tekst('de titel van de vervolgpagina'), url: webadres }).optional(),
    })
    .superRefine((r, c) => {
      if (r.stand === 'open' && r.eindigt < ctx.vandaag) {
        c.addIssue({
          code: 'custom',
          path: ['stand'],
          message: `de regeling is geëindigd op ${formatDatum(r.eindigt)}, maar staat nog op "open"; verwacht stand: gesloten, een tekst die zegt dat de regeling sinds ${formatDatum(r.eindigt)} gesloten is, en bij verder: waar de lezer nu terecht kan`,
        });
      }
      if (r.stand === 'gesloten' && r.verder === undefined) {
        c.addIssue({
          code: 'custom',
          path: ['verder'],
          message:
            'de regeling staat op gesloten, maar er staat niet waar de lezer nu terecht kan; verwacht verder: met titel en url',
        });
      }
      if (r.stand === 'gesloten' && r.eindigt > ctx.vandaag) {
        c.addIssue({
          code: 'custom',
          path: ['eindigt'],
          message: `de regeling staat op gesloten, maar eindigt ligt in de toekomst (${formatDatum(r.eindigt)}); verwacht bij eindigt de dag waarop de regeling sloot`,
        });
      }
    });

/** The fields every publication shares (handreiking, factsheet, vraag, voorbeeld). */
export const basis = (ctx: SchemaContext) => ({
  /** The title as visitors see it. */
  title: tekst('een titel'),
  /** First publication on this site, JJJJ-MM-DD, not in the future. */
  publicatiedatum: datum(ctx),
  /** Date of the last change of substance, on or after publicatiedatum. */
  laatstBijgewerkt: datum(ctx).optional(),
  /** Date of the last fact check against public sources; shown as "Gecontroleerd op …". Required once GECONTROLEERD_VERPLICHT is on. */
  gecontroleerd: (ctx.gecontroleerdVerplicht ?? GECONTROLEERD_VERPLICHT) ? datum(ctx) : datum(ctx).optional(),
  /** One line saying what changed on laatstBijgewerkt; shown on the page, in RSS and "Nieuw en bijgewerkt". */
  wijziging: tekst('een korte wijzigingsnotitie').max(200, { error: 'verwacht hoogstens 200 tekens' }).optional(),
  /** Set on items about a regeling or rule that ends. */
  regeling: regeling(ctx).optional(),
  /** The themas this item belongs to, ids from data/themas.json. */
  themas: themas(ctx),
  /** true: not shown on the site yet. */
  concept: z.boolean({ error: 'verwacht true of false' }).optional(),
});

/** laatstBijgewerkt may not lie before publicatiedatum. */
export function bijgewerktNaPublicatie(d: { publicatiedatum: string; laatstBijgewerkt?: string | undefined }) {
  return d.laatstBijgewerkt === undefined || d.laatstBijgewerkt >= d.publicatiedatum;
}
export const BIJGEWERKT_FOUT = {
  error: 'laatstBijgewerkt ligt vóór publicatiedatum; verwacht een datum op of na de publicatiedatum',
  path: ['laatstBijgewerkt'],
};
