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

/** A practical guide (handreiking): the longest content type, often printed. */
export const handreikingSchema = (ctx: SchemaContext) =>
  z
    .strictObject({
      ...basis(ctx),
      /** What the guide is about, at most 400 characters; shown in lists and search results. */
      samenvatting,
      /** The organisations the guide is written for. */
      doelgroep: organisatieDoelgroep,
      /** The organisation that publishes the guide. */
      organisatie: tekst('de naam van de organisatie die dit uitgeeft'),
      /** Files to download, in public/downloads/. */
      downloads: z.array(download).optional(),
      /** Public sources. */
      bronnen: bronnen(ctx).optional(),
    })
    .refine(bijgewerktNaPublicatie, BIJGEWERKT_FOUT);

export type Handreiking = z.output<ReturnType<typeof handreikingSchema>>;
