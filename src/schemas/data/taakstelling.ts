/** data/taakstelling/<periode>.json: the taakstelling per gemeente for one half-year. */
import { z } from 'astro/zod';
import { isPeriodeId } from '../../lib/monitor/periode.ts';
import { uniek } from './basis.ts';
import { indelingBekend, basisnaam, gemeenteCode, geheelGetal, aantal, tekst, type DataContext, gevonden } from './context.ts';
import { controleerVolledig } from './rijen.ts';

const GETAL = new Intl.NumberFormat('nl-NL');

export const taakstellingSchema = (ctx: DataContext) => {
  const indelingen = [...ctx.indelingen.keys()];
  return z
    .strictObject({
      /** `2015-II`: the half-year; equal to the file name. */
      periode: z.string().refine(isPeriodeId, { error: (iss) => `verwacht een periode zoals "2015-II"${gevonden(iss.input)}` }),
      /** Indeling the codes belong to (`"2015"`): a file data/gemeenten/<indeling>.json. */
      indeling: z.string().refine((i) => indelingBekend(ctx, i), {
        error: (iss) => `verwacht een indeling waarvoor data/gemeenten/<indeling>.json bestaat (${indelingen.join(', ')})${gevonden(iss.input)}`,
      }),
      /** Public source of the figures. */
      bron: tekst(),
      /** True when the per-gemeente figures are an illustration, not the real ones. */
      illustratief: z.boolean({ error: (iss) => `verwacht true of false${gevonden(iss.input)}` }),
      /** Shown with the figures; may be empty. */
      toelichting: z.string({ error: (iss) => `verwacht een tekst${gevonden(iss.input)}` }),
      /** One row per gemeente of the indeling. */
      gemeenten: z.array(
        z.strictObject({
          /** Gemeente code of the indeling. */
          code: gemeenteCode(),
          /** Netto taakstelling for the periode (≥ 0). */
          netto: aantal(),
          /** Achterstand at the start of the periode; negative is a voorsprong. */
          achterstand: geheelGetal(),
          /** netto + achterstand. */
          gecorrigeerd: geheelGetal(),
        }),
        { error: (iss) => `verwacht een lijst van gemeenten${gevonden(iss.input)}` },
      ),
    })
    .superRefine((t, c) => {
      if (t.periode !== basisnaam(ctx.bestand)) {
        c.addIssue({
          code: 'custom',
          path: ['periode'],
          message: `de bestandsnaam moet gelijk zijn aan de periode: verwacht data/taakstelling/${t.periode}.json, want periode is "${t.periode}"`,
        });
      }
      uniek(t.gemeenten, (r) => r.code, 'code', c, (_, eerste) => `deze gemeente staat er meer dan één keer in (ook in gemeenten[${eerste}]); verwacht elke gemeente precies één keer`, ['gemeenten']);
      t.gemeenten.forEach((r, i) => {
        if (r.gecorrigeerd !== r.netto + r.achterstand) {
          c.addIssue({
            code: 'custom',
            path: ['gemeenten', i, 'gecorrigeerd'],
            message: `verwacht netto + achterstand = ${GETAL.format(r.netto)} + ${GETAL.format(r.achterstand)} = ${GETAL.format(r.netto + r.achterstand)}`,
          });
        }
      });
      controleerVolledig(ctx, t.indeling, t.gemeenten, c);
    });
};

export type TaakstellingJson = z.output<ReturnType<typeof taakstellingSchema>>;
