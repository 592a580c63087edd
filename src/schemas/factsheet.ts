import { z } from 'astro/zod';
import { basis, bijgewerktNaPublicatie, BIJGEWERKT_FOUT, bronnen, download, organisatieDoelgroep, tekst } from './velden.ts';

export const kerncijfer = z.strictObject({
  label: tekst('een omschrijving van het cijfer'),
  waarde: z.union([z.string().trim().min(1), z.number()], { error: 'verwacht een waarde, bijvoorbeeld 6.250 of "€ 6.250"' }),
  bron: tekst('de bron van dit cijfer'),
});

/** A factsheet: short, with a block of key figures (kerncijfers). */
export const factsheetSchema = z
  .strictObject({
    ...basis,
    samenvatting: tekst('een samenvatting').max(400, { error: 'de samenvatting is te lang; verwacht hoogstens 400 tekens' }),
    doelgroep: organisatieDoelgroep,
    organisatie: tekst('de naam van de organisatie die dit uitgeeft'),
    kerncijfers: z.array(kerncijfer, { error: 'verwacht een lijst van kerncijfers (label, waarde, bron)' }).min(1, {
      error: 'verwacht minstens één kerncijfer',
    }),
    downloads: z.array(download).optional(),
    bronnen: bronnen.min(1, { error: 'verwacht minstens één bron met titel en url' }),
  })
  .refine(bijgewerktNaPublicatie, BIJGEWERKT_FOUT);

export type Factsheet = z.output<typeof factsheetSchema>;
