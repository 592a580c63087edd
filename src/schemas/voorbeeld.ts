import { z } from 'astro/zod';
import {
  basis,
  bijgewerktNaPublicatie,
  BIJGEWERKT_FOUT,
  bronnen,
  datumOfMaand,
  gemeenteRef,
  heelGetal,
  tekst,
  themaRef,
  webadres,
} from './velden.ts';

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
  stichting: tekst('de stichtingskosten').optional(),
  exploitatie: tekst('de exploitatiekosten').optional(),
  dekking: tekst('hoe de kosten gedekt zijn').optional(),
});

/** A goed voorbeeld: a real project with its public sources and its latest status. */
export const voorbeeldSchema = z
  .strictObject({
    ...basis,
    themas: z.array(themaRef).optional(),
    samenvatting: tekst('een samenvatting').max(400, { error: 'de samenvatting is te lang; verwacht hoogstens 400 tekens' }),
    gemeenten: z
      .array(gemeenteRef, { error: 'verwacht een lijst van gemeentecodes, zoals [GM0363]' })
      .min(1, { error: 'verwacht minstens één gemeentecode, zoals GM0363' }),
    typeOplossing: themaRef,
    doelgroep: z
      .array(
        z.enum(DOELGROEPEN_VOORBEELD, {
          error: (iss) => `onbekende doelgroep "${String(iss.input)}"; kies uit: ${DOELGROEPEN_VOORBEELD.join(', ')}`,
        }),
      )
      .min(1, { error: 'verwacht minstens één doelgroep' }),
    aantalWooneenheden: heelGetal('aantalWooneenheden').optional(),
    aantalVergunninghouders: heelGetal('aantalVergunninghouders').optional(),
    eigenaar: tekst('de eigenaar').optional(),
    beheerder: tekst('de beheerder').optional(),
    partners: z.array(tekst('een partner')).optional(),
    kosten: kosten.optional(),
    subsidie: z
      .array(
        z.enum(SUBSIDIES, { error: (iss) => `onbekende subsidie "${String(iss.input)}"; kies uit: ${SUBSIDIES.join(', ')}` }),
      )
      .min(1, { error: 'verwacht minstens één waarde; gebruik "geen" of "onbekend" als er geen subsidie bekend is' }),
    startdatum: datumOfMaand,
    status: z.strictObject({
      fase: z.enum(STATUS_FASEN, {
        error: (iss) => `onbekende fase "${String(iss.input)}"; kies uit: ${STATUS_FASEN.join(', ')}`,
      }),
      /** A month (JJJJ-MM) when the source gives no day. */
      datum: datumOfMaand,
      toelichting: tekst('een toelichting op de laatste stand'),
    }),
    lessen: z.array(tekst('een les')).min(1, { error: 'verwacht minstens één les' }),
    contact: z.strictObject({
      organisatie: tekst('de naam van een organisatie (nooit een persoon)'),
      website: webadres.optional(),
    }),
    bronnen: bronnen.min(1, { error: 'verwacht minstens één openbare bron met titel en url' }),
  })
  .refine(bijgewerktNaPublicatie, BIJGEWERKT_FOUT);

export type Voorbeeld = z.output<typeof voorbeeldSchema>;
