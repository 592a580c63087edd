import { z } from 'astro/zod';
import {
  basis,
  bijgewerktNaPublicatie,
  BIJGEWERKT_FOUT,
  bronnen,
  download,
  organisatieDoelgroep,
  samenvatting,
  tekst,
  type SchemaContext,
} from './velden.ts';

/** One key figure of a factsheet. */
const kerncijfer = z.strictObject({
  /** What the figure counts. */
  label: tekst('een omschrijving van het cijfer'),
  /** The figure, as a number or as text ("€ 6.250"). */
  waarde: z.union([z.string().trim().min(1), z.number()], { error: 'verwacht een waarde, bijvoorbeeld 6.250 of "€ 6.250"' }),
  /** Where the figure comes from. */
  bron: tekst('de bron van dit cijfer'),
});

/** A factsheet: short, with a block of key figures (kerncijfers). */
export const factsheetSchema = (ctx: SchemaContext) =>
  z
    .strictObject({
      ...basis(ctx),
      /** What the factsheet is about, at most 400 characters. */
      samenvatting,
      /** The organisations it is written for. */
      doelgroep: organisatieDoelgroep,
      /** The organisation that publishes it. */
      organisatie: tekst('de naam van de organisatie die dit uitgeeft'),
      /** At least one key figure with its source. */
      kerncijfers: z.array(kerncijfer, { error: 'verwacht een lijst van kerncijfers (label, waarde, bron)' }).min(1, {
        error: 'verwacht minstens één kerncijfer',
      }),
      /** Files to download, in public/downloads/. */
      downloads: z.array(download).optional(),
      /** At least one public source. */
      bronnen: bronnen(ctx).min(1, { error: 'verwacht minstens één bron met titel en url' }),
    })
    .refine(bijgewerktNaPublicatie, BIJGEWERKT_FOUT);

export type Factsheet = z.output<ReturnType<typeof factsheetSchema>>;
