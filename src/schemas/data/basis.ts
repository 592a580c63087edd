/** Schemas of the reference lists: themas, provincies, gemeenten per indeling, inwoners, herindelingen. */
import { z } from 'astro/zod';
import { aantal, alleGemeenten, basisnaam, gemeenteCode, isoDatum, naam, provincieCode, tekst, type DataContext, gevonden } from './context.ts';

/** Adds an issue for every value of `sleutel` that occurs twice in a list. */
export function uniek<T>(
  lijst: readonly T[],
  sleutel: (t: T) => string,
  veld: string,
  ctx: z.RefinementCtx,
  melding: (waarde: string, eerste: number) => string,
  voor: readonly PropertyKey[] = [],
): void {
  const gezien = new Map<string, number>();
  lijst.forEach((t, i) => {
    const k = sleutel(t);
    const eerder = gezien.get(k);
    if (eerder !== undefined) ctx.addIssue({ code: 'custom', path: [...voor, i, veld], message: melding(k, eerder), input: k });
    else gezien.set(k, i);
  });
}

/** data/themas.json: the shared vocabulary of content. */
export const themasSchema = (_ctx: DataContext) =>
  z
    .array(
      z.strictObject({
        /** Slug of the thema: lower case letters, digits and hyphens (`woningdelen`). */
        id: z.string().regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, { error: 'verwacht een id van kleine letters, cijfers en streepjes, zoals "woningdelen"' }),
        /** Name as shown on the site. */
        naam: tekst('een naam voor het thema'),
        /** One sentence under the name. */
        kort: tekst('een korte omschrijving van één zin'),
        /** Words that the search treats as this thema; may be empty. */
        synoniemen: z.array(z.string(), { error: 'verwacht een lijst van woorden, bijvoorbeeld ["flexunit", "flexwoning"] (mag leeg zijn: [])' }),
      }),
      { error: 'verwacht een lijst van thema\'s: [{"id", "naam", "kort", "synoniemen"}]' },
    )
    .superRefine((lijst, ctx) => uniek(lijst, (t) => t.id, 'id', ctx, (id) => `het thema "${id}" staat er twee keer in; verwacht elk id één keer`));

/** data/provincies.json */
export const provinciesSchema = (_ctx: DataContext) =>
  z
    .array(
      z.strictObject({
        /** CBS code `PV20` … `PV31`. */
        code: provincieCode(),
        /** Official name (`Fryslân`). */
        naam: naam('de naam van de provincie'),
      }),
      { error: 'verwacht een lijst van provincies [{"code": "PV20", "naam": "Groningen"}]' },
    )
    .superRefine((lijst, ctx) => uniek(lijst, (p) => p.code, 'code', ctx, () => 'deze provincie staat er meer dan één keer in; verwacht elke provincie één keer'));

/** data/gemeenten/<jaar>.json: the gemeenten on 1 January of that year. */
export const indelingSchema = (ctx: DataContext) =>
  z
    .array(
      z.strictObject({
        /** CBS code `GM0363`. */
        code: gemeenteCode(),
        /** Official name in that year (`'s-Gravenhage`). */
        naam: naam('de naam van de gemeente'),
        /** Code of the provincie it belongs to, from data/provincies.json. */
        provincie: provincieCode().refine((c) => ctx.provincieCodes.size === 0 || ctx.provincieCodes.has(c), {
          error: (iss) => `verwacht een provinciecode uit data/provincies.json${gevonden(iss.input)}`,
        }),
      }),
      { error: 'verwacht een lijst van gemeenten [{"code", "naam", "provincie"}]' },
    )
    .superRefine((lijst, c) => {
      if (!/^\d{4}$/.test(basisnaam(ctx.bestand))) {
        c.addIssue({ code: 'custom', path: [], message: `verwacht een jaartal als bestandsnaam, bijvoorbeeld data/gemeenten/2015.json; gevonden: "${basisnaam(ctx.bestand)}"` });
      }
      uniek(lijst, (g) => g.code, 'code', c, () => 'deze gemeente staat er meer dan één keer in; verwacht elke gemeente één keer');
    });

/** data/inwoners/<jaar>.json: inwoners on 1 January, in that year's indeling. */
export const inwonersSchema = (ctx: DataContext) => {
  const jaar = basisnaam(ctx.bestand);
  const indeling = ctx.indelingen.get(jaar);
  return z
    .array(
      z.strictObject({
        /** Gemeente code of the indeling of the same year. */
        code: gemeenteCode().refine((c) => !indeling || indeling.has(c), {
          error: `deze gemeente bestaat niet in de indeling ${jaar}; verwacht een code uit data/gemeenten/${jaar}.json`,
        }),
        /** Number of inhabitants (CBS). */
        inwoners: aantal(),
      }),
      { error: 'verwacht een lijst [{"code": "GM0003", "inwoners": 12001}]' },
    )
    .superRefine((lijst, c) => uniek(lijst, (r) => r.code, 'code', c, () => 'deze gemeente staat er meer dan één keer in; verwacht elke gemeente één keer'));
};

/** data/herindelingen.json: mergers and renamings, with the date they took effect. */
export const herindelingenSchema = (ctx: DataContext) => {
  const bekend = alleGemeenten(ctx);
  const bestaat = gemeenteCode().refine((c) => bekend.size === 0 || bekend.has(c), {
    error: 'deze gemeentecode komt in geen enkele indeling in data/gemeenten/ voor',
  });
  return z.array(
    z.strictObject({
      /** Date the new indeling took effect, JJJJ-MM-DD. */
      datum: isoDatum(),
      /** Codes that merged (at least one). */
      van: z.array(bestaat, { error: 'verwacht een lijst met minstens één gemeentecode' }).min(1, { error: 'verwacht een lijst met minstens één gemeentecode' }),
      /** The code after the merger. */
      naar: bestaat,
      /** One sentence for the gemeente pages. */
      toelichting: z.string({ error: 'verwacht een tekst' }),
      /** Public sources (URLs) for the date and the gemeenten involved. */
      bron: z.array(z.url({ protocol: /^https?$/, error: (iss) => `verwacht een volledig webadres dat begint met https:// of http://${gevonden(iss.input)}` })).optional(),
      /** Parts of a split gemeente in `van` that went to another gemeente than `naar`. */
      delen: z
        .array(
          z.strictObject({
            /** The split gemeente (one of `van`). */
            van: bestaat,
            /** Where the part went. */
            naar: bestaat,
            /** Rough share of the land of `van`, between 0 and 1. */
            aandeel: z.number().gt(0, { error: 'verwacht een aandeel tussen 0 en 1, zoals 0.25' }).lt(1, { error: 'verwacht een aandeel tussen 0 en 1, zoals 0.25' }),
            /** Date the part moved, JJJJ-MM-DD. */
            datum: isoDatum(),
          }),
        )
        .optional(),
    }),
    { error: 'verwacht een lijst [{"datum", "van", "naar", "toelichting"}]' },
  );
};
