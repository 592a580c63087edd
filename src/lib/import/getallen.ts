/**
 * Counts of people as they appear in spreadsheets: `1234`, `1 234`. A point is ambiguous
 * (`15.000` is 15000 in Dutch notation but 15 in English notation), so `1.234` is only read
 * as 1234 when the editor confirms that points separate thousands (`--duizendtallen`).
 */

export type GetalResultaat =
  { ok: true; waarde: number } | { ok: false; reden: 'leeg' | 'geen-getal' | 'geen-heel-getal' | 'negatief' | 'duizendtal' };

export function leesAantal(ruw: string, opties: { duizendtallen?: boolean } = {}): GetalResultaat {
  const s = ruw.replace(/[\s\u00a0\u202f]/g, '');
  if (s === '') return { ok: false, reden: 'leeg' };
  const teken = /^[-\u2212]/.test(s) ? -1 : 1;
  const romp = s.replace(/^[-+\u2212]/, '');
  let waarde: number | null = null;
  if (/^\d{1,3}(\.\d{3})+$/.test(romp)) {
    if (!opties.duizendtallen) return { ok: false, reden: 'duizendtal' };
    waarde = Number(romp.replace(/\./g, ''));
  } else if (/^\d+$/.test(romp)) waarde = Number(romp);
  else if (/^\d+([.,]\d+)+$/.test(romp)) return { ok: false, reden: 'geen-heel-getal' };
  if (waarde === null || !Number.isSafeInteger(waarde)) return { ok: false, reden: 'geen-getal' };
  if (teken < 0 && waarde !== 0) return { ok: false, reden: 'negatief' };
  return { ok: true, waarde };
}

const NL = new Intl.NumberFormat('nl-NL');
export const getal = (n: number): string => NL.format(n);
export const verschil = (n: number): string => (n > 0 ? `+${NL.format(n)}` : n < 0 ? `−${NL.format(-n)}` : '0');
