/** Rules shared by files with one row per gemeente of an indeling (taakstelling, monitor). */
import type { z } from 'astro/zod';
import type { DataContext } from './context.ts';

/** Every code belongs to the indeling, and every gemeente of the indeling has a row. */
export function controleerVolledig(ctx: DataContext, indelingId: string, rijen: readonly { code: string }[], c: z.RefinementCtx): void {
  const indeling = ctx.indelingen.get(indelingId);
  if (!indeling) return;
  const pad = `data/gemeenten/${indelingId}.json`;
  const gezien = new Set<string>();
  rijen.forEach((r, i) => {
    gezien.add(r.code);
    if (!indeling.has(r.code)) {
      c.addIssue({ code: 'custom', path: ['gemeenten', i, 'code'], message: `deze gemeente bestaat niet in de indeling ${indelingId}; verwacht een code uit ${pad}` });
    }
  });
  const ontbrekend = [...indeling.values()].filter((g) => !gezien.has(g.code));
  if (ontbrekend.length > 25) {
    c.addIssue({
      code: 'custom',
      path: ['gemeenten'],
      message: `${ontbrekend.length} van de ${indeling.size} gemeenten van de indeling ${indelingId} ontbreken, onder meer ${ontbrekend.slice(0, 5).map((g) => `${g.code} (${g.naam})`).join(', ')}; verwacht een regel voor elke gemeente van ${pad}`,
    });
    return;
  }
  for (const g of ontbrekend) {
    c.addIssue({
      code: 'custom',
      path: ['gemeenten'],
      message: `${g.code} (${g.naam}) ontbreekt; verwacht een regel voor elke gemeente van de indeling ${indelingId} (${pad})`,
    });
  }
}
