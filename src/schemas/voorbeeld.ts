import { z } from 'astro/zod';
import {
  basis,
  bijgewerktNaPublicatie,
  BIJGEWERKT_FOUT,
  bronnen,
  datumOfMaand,
  datumOfMaandVrij,
  gemeenteRef,
  heelGetal,
  tekst,
  themaRef,
  vergelijkDatum,
  webadres,
  type SchemaContext,
  samenvatting,
} from './velden.ts';
import { gemeenteNamen, gemeenteOpDatum } from './context.ts';
import { formatDatum } from '../lib/format.ts';

export const DOELGROEPEN_VOORBEELD = ['alleenstaanden', 'gezinnen', 'grote gezinnen', 'jongeren', 'gemengd'] as const;
export const STATUS_FASEN = ['in voorbereiding', 'gerealiseerd', 'beëindigd'] as const;
/** Subsidies a project used. 'geen' and 'onbekend' are explicit so the matrix never guesses. */
export const SUBSIDIES = [
  'huisvestingsvoorziening',
  'taskforce-tijdelijke-huisvesting',
  'huisvesting-aandachtsgroepen',
  'pilot-grote-gezinnen',
  'provinciaal',
  'gemeentelijk',
  'europees',
  'geen',
  'onbekend',
] as const;
/** The subsidies that count as a rijkssubsidieregeling in the matrix. */
export const RIJKSSUBSIDIES: readonly (typeof SUBSIDIES)[number][] = [
  'huisvestingsvoorziening',
  'taskforce-tijdelijke-huisvesting',
  'huisvesting-aandachtsgroepen',
  'pilot-grote-gezinnen',
];

const kosten = z.strictObject({
  /** Building costs, as text ("€ 1,2 miljoen"). */
  stichting: tekst('de stichtingskosten').optional(),
  /** Running costs, as text. */
  exploitatie: tekst('de exploitatiekosten').optional(),
  /** How the costs are covered. */
  dekking: tekst('hoe de kosten gedekt zijn').optional(),
});

const VOORBEREIDING: (typeof STATUS_FASEN)[number] = 'in voorbereiding';

/**
 * A goed voorbeeld: a real project with its public sources and its latest status.
 * Rules across fields: the start may lie in the future only while the project is "in
 * voorbereiding"; the status date may not lie before the start (except "in voorbereiding");
 * every gemeente code must exist on the status date (a code merged away gets its successor suggested).
 */
export const voorbeeldSchema = (ctx: SchemaContext) =>
  z
    .strictObject({
      ...basis(ctx),
      /** Extra themas; the main one is typeOplossing. */
      themas: z.array(themaRef(ctx)).optional(),
      /** What was done, where and for whom, at most 400 characters. */
      samenvatting,
      /** CBS codes of the gemeenten involved, valid on status.datum. */
      gemeenten: z
        .array(gemeenteRef(ctx), { error: 'verwacht een lijst van gemeentecodes, zoals [GM0363]' })
        .min(1, { error: 'verwacht minstens één gemeentecode, zoals GM0363' }),
      /** The main thema (type of solution). */
      typeOplossing: themaRef(ctx),
      /** Who lives there. */
      doelgroep: z
        .array(
          z.enum(DOELGROEPEN_VOORBEELD, {
            error: (iss) => `onbekende doelgroep "${String(iss.input)}"; kies uit: ${DOELGROEPEN_VOORBEELD.join(', ')}`,
          }),
        )
        .min(1, { error: 'verwacht minstens één doelgroep' }),
      /** Number of homes or units, a whole number. */
      aantalWooneenheden: heelGetal('aantalWooneenheden').optional(),
      /** Number of vergunninghouders housed, a whole number. */
      aantalVergunninghouders: heelGetal('aantalVergunninghouders').optional(),
      /** Owner of the building. */
      eigenaar: tekst('de eigenaar').optional(),
      /** Who manages it. */
      beheerder: tekst('de beheerder').optional(),
      /** Organisations that work together in it. */
      partners: z.array(tekst('een partner')).optional(),
      /** Costs, each as text. */
      kosten: kosten.optional(),
      /** Subsidies used; "geen" or "onbekend" when none is known. */
      subsidie: z
        .array(
          z.enum(SUBSIDIES, { error: (iss) => `onbekende subsidie "${String(iss.input)}"; kies uit: ${SUBSIDIES.join(', ')}` }),
        )
        .min(1, { error: 'verwacht minstens één waarde; gebruik "geen" of "onbekend" als er geen subsidie bekend is' }),
      /** When the project started (JJJJ-MM or JJJJ-MM-DD); a planned start may lie in the future while "in voorbereiding". */
      startdatum: datumOfMaandVrij,
      /** The latest known stand of the project. */
      status: z.strictObject({
        /** Phase: in voorbereiding, gerealiseerd or beëindigd. */
        fase: z.enum(STATUS_FASEN, {
          error: (iss) => `onbekende fase "${String(iss.input)}"; kies uit: ${STATUS_FASEN.join(', ')}`,
        }),
        /** Date of this stand; a month (JJJJ-MM) when the source gives no day. */
        datum: datumOfMaand(ctx),
        /** What the stand is, in a sentence or two. */
        toelichting: tekst('een toelichting op de laatste stand'),
      }),
      /** At least one lesson for other gemeenten. */
      lessen: z.array(tekst('een les')).min(1, { error: 'verwacht minstens één les' }),
      /** An organisation to contact, never a person. */
      contact: z.strictObject({
        /** Name of the organisation. */
        organisatie: tekst('de naam van een organisatie (nooit een persoon)'),
        /** Its website. */
        website: webadres.optional(),
      }),
      /** At least one public source. */
      bronnen: bronnen(ctx).min(1, { error: 'verwacht minstens één openbare bron met titel en url' }),
    })
    .refine(bijgewerktNaPublicatie, BIJGEWERKT_FOUT)
    .superRefine((v, c) => {
      const voorbereiding = v.status.fase === VOORBEREIDING;
      const start = v.startdatum as string;
      const stand = v.status.datum as string;
      if (!voorbereiding && vergelijkDatum(start, ctx.vandaag) > 0) {
        c.addIssue({
          code: 'custom',
          path: ['startdatum'],
          message: `deze datum ligt in de toekomst; verwacht een datum tot en met vandaag, of fase "${VOORBEREIDING}" voor een geplande start`,
        });
      }
      if (!voorbereiding && vergelijkDatum(stand, start) < 0) {
        c.addIssue({
          code: 'custom',
          path: ['status', 'datum'],
          message: `de stand (${formatDatum(stand)}) ligt vóór de startdatum (${formatDatum(start)}); verwacht een datum op of na de start, of fase "${VOORBEREIDING}"`,
        });
      }
      const namen = gemeenteNamen(ctx);
      const naam = (code: string) => (namen.has(code) ? `"${code}" (${namen.get(code)})` : `"${code}"`);
      v.gemeenten.forEach((code, i) => {
        const g = gemeenteOpDatum(ctx, code, stand);
        if (g.geldig || g.reden === 'onbekend') return;
        c.addIssue({
          code: 'custom',
          path: ['gemeenten', i],
          message:
            g.reden === 'opgeheven'
              ? `gemeente ${naam(code)} bestaat niet meer op de datum van de stand (${formatDatum(stand)}): zij is per ${formatDatum(g.sinds)} opgegaan in ${naam(g.opvolger)}; bedoelt u "${g.opvolger}"?`
              : `gemeente ${naam(code)} bestaat pas vanaf ${formatDatum(g.vanaf)}, na de datum van de stand (${formatDatum(stand)}); verwacht een gemeentecode die op die datum bestond`,
        });
      });
    });

export type Voorbeeld = z.output<ReturnType<typeof voorbeeldSchema>>;
