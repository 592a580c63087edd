/**
 * Advies op maat, loaded once per build: the rule table (validated by the check at the start of the
 * build), the site's items shaped for advice, every answer page, and what each gemeente block shows.
 */
import regelsJson from '../../data/advies/regels.json' with { type: 'json' };
import gemeenten2026 from '../../data/gemeenten/2026.json' with { type: 'json' };
import gemeenten2016 from '../../data/gemeenten/2016.json' with { type: 'json' };
import gemeenten2015 from '../../data/gemeenten/2015.json' with { type: 'json' };
import provinciesJson from '../../data/provincies.json' with { type: 'json' };
import { adviesSchema, type AdviesTabel } from '../schemas/data/advies.ts';
import { DOELGROEPEN_VOORBEELD } from '../schemas/voorbeeld.ts';
import { THEMA_IDS } from '../schemas/referenties.ts';
import { adviesPad, combinaties, geefAdvies, type Advies, type AdviesItem, type ItemRegeling } from '../lib/advies/index.ts';
import { pad } from '../lib/routes.ts';
import { alleItems } from './bibliotheek.ts';
import { landInBeeld } from './monitor.ts';

export const adviesTabel: AdviesTabel = adviesSchema({ themaIds: THEMA_IDS, voorbeeldDoelgroepen: DOELGROEPEN_VOORBEELD }).parse(regelsJson);

const provincieNaam = new Map(provinciesJson.map((p) => [p.code, p.naam]));
/** Provincie per gemeente code, newest indeling wins (voorbeelden may name a 2015 or 2016 code). */
const provincieVan = new Map([...gemeenten2015, ...gemeenten2016, ...gemeenten2026].map((g) => [g.code, g.provincie]));

export interface GemeenteBlok {
  code: string;
  naam: string;
  provincie: string;
  provincieNaam: string;
  landInBeeld: string;
  /** The newest computed share (Land in beeld's view model): period label and number, or null when unknown. */
  taakstelling: { label: string; aantal: number } | null;
}

let blokken: GemeenteBlok[] | undefined;
/** The blocks of every gemeente, computed once per build (every answer page carries all of them). */
export function gemeenteBlokken(): GemeenteBlok[] {
  blokken ??= maakBlokken();
  return blokken;
}

function maakBlokken(): GemeenteBlok[] {
  const lib = landInBeeld();
  return gemeenten2026
    .map((g) => {
      const a = lib.gemeenten.get(g.code)?.nieuwsteAandeel;
      return {
        code: g.code,
        naam: g.naam,
        provincie: g.provincie,
        provincieNaam: provincieNaam.get(g.provincie) ?? g.provincie,
        landInBeeld: pad.gemeente(g.code),
        taakstelling: a && a.aandeel !== null ? { label: a.label, aantal: a.aandeel } : null,
      };
    })
    .sort((a, b) => a.naam.localeCompare(b.naam, 'nl'));
}

export const provincies = provinciesJson;

export interface AdviesPagina {
  pad: string;
  advies: Advies;
  labels: { voor: string; knelpunt: string; termijn: string };
}

let cache: Promise<AdviesPagina[]> | undefined;

/** Every answer page, computed once per build. */
export function adviesPaginas(): Promise<AdviesPagina[]> {
  cache ??= bereken();
  return cache;
}

async function bereken(): Promise<AdviesPagina[]> {
  const items: AdviesItem[] = (await alleItems()).map((i) => {
    const d = i.entry.data as { doelgroep?: unknown; regeling?: ItemRegeling };
    return {
      type: i.type,
      url: i.url,
      title: i.title,
      samenvatting: i.samenvatting,
      themas: i.themas,
      doelgroep: i.type === 'voorbeelden' && Array.isArray(d.doelgroep) ? (d.doelgroep as string[]) : [],
      provincies: [...new Set(i.gemeenten.map((g) => provincieVan.get(g)).filter((p): p is string => p !== undefined))],
      regeling: d.regeling,
    };
  });
  const label = (lijst: readonly { id: string; label: string }[], id: string) => lijst.find((x) => x.id === id)?.label ?? id;
  const vandaagDatum = landInBeeld().vandaag;
  return combinaties(adviesTabel).map((a) => ({
    pad: adviesPad(a),
    advies: geefAdvies(adviesTabel, a, items, vandaagDatum, THEMA_IDS),
    labels: {
      voor: label(adviesTabel.doelgroepen, a.voor),
      knelpunt: label(adviesTabel.knelpunten, a.knelpunt),
      termijn: label(adviesTabel.termijnen, a.termijn),
    },
  }));
}
