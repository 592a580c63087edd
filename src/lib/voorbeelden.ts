/** Pure helpers for goede voorbeelden: the matrix rows and the "onbekend" rule for costs. */
import { RIJKSSUBSIDIES, type Voorbeeld } from '../schemas/voorbeeld.ts';

export const ONBEKEND = 'onbekend';

export function kostenRegels(k: Voorbeeld['kosten']): { label: string; waarde: string }[] {
  return [
    { label: 'Stichtingskosten', waarde: k?.stichting ?? ONBEKEND },
    { label: 'Exploitatiekosten', waarde: k?.exploitatie ?? ONBEKEND },
    { label: 'Dekking', waarde: k?.dekking ?? ONBEKEND },
  ];
}

export type Rijkssubsidie = 'ja' | 'nee' | 'onbekend';

export function rijkssubsidie(subsidie: readonly string[]): Rijkssubsidie {
  if (subsidie.some((s) => (RIJKSSUBSIDIES as readonly string[]).includes(s))) return 'ja';
  if (subsidie.includes('onbekend')) return 'onbekend';
  return 'nee';
}

export const SUBSIDIE_LABEL: Record<string, string> = {
  huisvestingsvoorziening: 'Rijksregeling huisvestingsvoorziening (2016–2017)',
  'taskforce-tijdelijke-huisvesting': 'Rijksbijdrage Taskforce tijdelijke huisvesting',
  'huisvesting-aandachtsgroepen': 'Rijksregeling huisvesting aandachtsgroepen (Rha)',
  'pilot-grote-gezinnen': 'Rijkspilot huisvesting grote gezinnen',
  provinciaal: 'Provinciale subsidie',
  gemeentelijk: 'Gemeentelijke bijdrage',
  europees: 'Europese subsidie',
  geen: 'Geen subsidie',
  onbekend: 'Onbekend',
};
