import { z } from 'astro/zod';
import { basis, bijgewerktNaPublicatie, BIJGEWERKT_FOUT, bronnen, download, organisatieDoelgroep, tekst } from './velden.ts';

/** A practical guide (handreiking): the longest content type, often printed. */
export const handreikingSchema = z
  .strictObject({
    ...basis,
    samenvatting: tekst('een samenvatting').max(400, { error: 'de samenvatting is te lang; verwacht hoogstens 400 tekens' }),
    doelgroep: organisatieDoelgroep,
    organisatie: tekst('de naam van de organisatie die dit uitgeeft'),
    downloads: z.array(download).optional(),
    bronnen: bronnen.optional(),
  })
  .refine(bijgewerktNaPublicatie, BIJGEWERKT_FOUT);

export type Handreiking = z.output<typeof handreikingSchema>;
