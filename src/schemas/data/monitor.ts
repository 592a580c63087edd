/** data/monitor/<JJJJ-MM>.json: the stand on the first day of a month. */
import { z } from 'astro/zod';
import { formatDatum, isPeriodeId, peildatumPastBijPeriode, periodeEindstand, periodeLabel, periodeStart } from '../../lib/monitor/periode.ts';
import { uniek } from './basis.ts';
import { indelingBekend, aantal, basisnaam, gemeenteCode, isoDatum, tekst, type DataContext, gevonden } from './context.ts';
import { controleerVolledig } from './rijen.ts';

const GETAL = new Intl.NumberFormat('nl-NL');

export const snapshotSchema = (ctx: DataContext) => {
  const indelingen = [...ctx.indelingen.keys()];
  return z
    .strictObject({
      /** First day of the month of the stand, JJJJ-MM-01; the file is named after its month. */
      peildatum: isoDatum('een datum JJJJ-MM-DD, de eerste dag van een maand'),
      /** Half-year the realisatie counts towards (`2015-II`). */
      periode: z.string().refine(isPeriodeId, { error: (iss) => `verwacht een periode zoals "2015-II"${gevonden(iss.input)}` }),
      /** Indeling of the codes, the same as the taakstelling of the periode. */
      indeling: z.string().refine((i) => indelingBekend(ctx, i), {
        error: (iss) => `verwacht een indeling waarvoor data/gemeenten/<indeling>.json bestaat (${indelingen.join(', ')})${gevonden(iss.input)}`,
      }),
      /** Public source of the figures. */
      bron: tekst(),
      /** `officieel` (published figures) or `illustratief` (an illustration; every page says so). */
      status: z.enum(['illustratief', 'officieel'], { error: (iss) => `verwacht "illustratief" of "officieel"${gevonden(iss.input)}` }),
      /** Shown with the figures; may be empty. */
      toelichting: z.string({ error: (iss) => `verwacht een tekst${gevonden(iss.input)}` }),
      /** Figures the editor checked and confirmed although the check finds them implausible (docs/redactie.md). */
      bevestigd: z
        .array(
          z.strictObject({
            /** `GM0363` for a gemeente, `PV27` for a provincie, `NL` for the national figure. */
            code: z.string().regex(/^(GM\d{4}|PV\d{2}|NL)$/, { error: (iss) => `verwacht een gemeentecode (GM0363), provinciecode (PV27) of NL${gevonden(iss.input)}` }),
            /** Why the figure is right: who checked it and against what. */
            reden: tekst('een reden: wie heeft het getal gecontroleerd, en waartegen'),
          }),
        )
        .optional(),
      /** One row per gemeente of the indeling. */
      gemeenten: z.array(
        z.strictObject({
          /** Gemeente code of the indeling. */
          code: gemeenteCode(),
          /** Housed since the start of the periode (cumulative, ≥ 0). */
          realisatie: aantal(),
          /** Of which nareizigers (optional, at most the realisatie). */
          nareizigers: aantal().optional(),
        }),
        { error: (iss) => `verwacht een lijst van gemeenten${gevonden(iss.input)}` },
      ),
    })
    .superRefine((s, c) => {
      const naam = basisnaam(ctx.bestand);
      if (`${naam}-01` !== s.peildatum) {
        c.addIssue({
          code: 'custom',
          path: ['peildatum'],
          message: `de bestandsnaam moet bij de peildatum passen: een bestand met peildatum ${s.peildatum} heet data/monitor/${s.peildatum.slice(0, 7)}.json, en ${ctx.bestand} hoort peildatum ${/^\d{4}-\d{2}$/.test(naam) ? `${naam}-01` : 'JJJJ-MM-01'} te hebben`,
        });
      }
      if (s.peildatum > ctx.vandaag) {
        c.addIssue({
          code: 'custom',
          path: ['peildatum'],
          message: `de peildatum ${formatDatum(s.peildatum)} ligt in de toekomst; verwacht een datum op of vóór vandaag (${formatDatum(ctx.vandaag)})`,
        });
      }
      if (!peildatumPastBijPeriode(s.periode, s.peildatum)) {
        c.addIssue({
          code: 'custom',
          path: ['peildatum'],
          message: `de peildatum ${s.peildatum} past niet bij periode ${s.periode} (${periodeLabel(s.periode)}); verwacht de eerste dag van een maand na ${formatDatum(periodeStart(s.periode))} en uiterlijk ${formatDatum(periodeEindstand(s.periode))} (${periodeEindstand(s.periode)})`,
        });
      }
      uniek(s.gemeenten, (r) => r.code, 'code', c, (_, eerste) => `deze gemeente staat er meer dan één keer in (ook in gemeenten[${eerste}]); verwacht elke gemeente precies één keer`, ['gemeenten']);
      s.gemeenten.forEach((r, i) => {
        if (r.nareizigers !== undefined && r.nareizigers > r.realisatie) {
          c.addIssue({
            code: 'custom',
            path: ['gemeenten', i, 'nareizigers'],
            message: `verwacht hooguit de realisatie (${GETAL.format(r.realisatie)}), want nareizigers tellen mee in de realisatie`,
          });
        }
      });
      controleerVolledig(ctx, s.indeling, s.gemeenten, c);
      const indeling = ctx.indelingen.get(s.indeling);
      (s.bevestigd ?? []).forEach((b, i) => {
        const bestaat = b.code === 'NL' || (b.code.startsWith('PV') ? ctx.provincieCodes.size === 0 || ctx.provincieCodes.has(b.code) : !indeling || indeling.has(b.code));
        if (!bestaat) {
          c.addIssue({ code: 'custom', path: ['bevestigd', i, 'code'], message: `deze code hoort niet bij de indeling ${s.indeling} of bij data/provincies.json; verwacht een gemeente van dit bestand, een provincie of NL` });
        }
      });
    });
};

export type SnapshotJson = z.output<ReturnType<typeof snapshotSchema>>;
