/**
 * The registry of data files: which files exist (path pattern), which schema factory checks
 * each, and in which phase (a later phase may use what an earlier one made known: provincies
 * and themas, then the indelingen, then everything else). Adding a data kind is one line here:
 *
 *   { soort: 'inwoners', patroon: /^data\/inwoners\/\d{4}\.json$/, fase: 2, schema: inwonersSchema },
 *
 * A JSON file under data/ that matches no pattern is an error. Rules across files: regels.ts.
 * The pipeline that runs all of this: src/lib/validatie/data.ts.
 */
import type { z } from 'astro/zod';
import { herindelingenSchema, indelingSchema, inwonersSchema, provinciesSchema, themasSchema } from './basis.ts';
import type { DataContext } from './context.ts';
import { snapshotSchema } from './monitor.ts';
import { geoSchema, importNaamvariantenSchema, relevantieSchema, synoniemenSchema, zoekNaamvariantenSchema } from './overig.ts';
import { taakstellingSchema } from './taakstelling.ts';
import { adviesSchema } from './advies.ts';
import { landelijkeReeksSchema } from './landelijke-reeks.ts';
import { meldingenSchema, type MeldingenContext } from './meldingen.ts';
import { vrijstellingenSchema } from './vrijstellingen.ts';
import { toezichtSchema } from './toezicht.ts';
import { uitruilSchema } from './uitruil.ts';
import { alleGemeenten } from './context.ts';
import { DOELGROEPEN_VOORBEELD } from '../voorbeeld.ts';

export type { DataContext, DataGemeente } from './context.ts';
export { DATA_REGELS,  type RegelInvoer,  } from './regels.ts';

export interface DataSoort {
  /** Name used by the pipeline to find the files of a kind. */
  readonly soort: string;
  /** Path relative to the project root. */
  readonly patroon: RegExp;
  /** 0: needed by every later schema; 1: the indelingen; 2: the rest. */
  readonly fase: 0 | 1 | 2;
  readonly schema: (ctx: DataContext) => z.ZodType;
  /** A human example of the file name, for "unknown file" messages. */
  readonly voorbeeld: string;
}

/** The Land in beeld schemas know today and every gemeente and provincie code. */
const landInBeeld =
  (schema: (ctx: MeldingenContext) => z.ZodType) =>
  (ctx: DataContext): z.ZodType =>
    schema({ vandaag: ctx.vandaag, codes: new Set([...alleGemeenten(ctx).keys(), ...ctx.provincieCodes]) });

export const DATA_SOORTEN: readonly DataSoort[] = [
  { soort: 'themas', patroon: /^data\/themas\.json$/, fase: 0, schema: themasSchema, voorbeeld: 'data/themas.json' },
  { soort: 'provincies', patroon: /^data\/provincies\.json$/, fase: 0, schema: provinciesSchema, voorbeeld: 'data/provincies.json' },
  { soort: 'gemeenten', patroon: /^data\/gemeenten\/[^/]+\.json$/, fase: 1, schema: indelingSchema, voorbeeld: 'data/gemeenten/2016.json' },
  { soort: 'inwoners', patroon: /^data\/inwoners\/\d{4}\.json$/, fase: 2, schema: inwonersSchema, voorbeeld: 'data/inwoners/2016.json' },
  { soort: 'herindelingen', patroon: /^data\/herindelingen\.json$/, fase: 2, schema: herindelingenSchema, voorbeeld: 'data/herindelingen.json' },
  { soort: 'taakstelling', patroon: /^data\/taakstelling\/[^/]+\.json$/, fase: 2, schema: taakstellingSchema, voorbeeld: 'data/taakstelling/2016-I.json' },
  { soort: 'monitor', patroon: /^data\/monitor\/[^/]+\.json$/, fase: 2, schema: snapshotSchema, voorbeeld: 'data/monitor/2016-06.json' },
  { soort: 'zoek-naamvarianten', patroon: /^data\/zoeken\/naamvarianten\.json$/, fase: 2, schema: zoekNaamvariantenSchema, voorbeeld: 'data/zoeken/naamvarianten.json' },
  { soort: 'synoniemen', patroon: /^data\/zoeken\/synoniemen\.json$/, fase: 2, schema: synoniemenSchema, voorbeeld: 'data/zoeken/synoniemen.json' },
  { soort: 'relevantie', patroon: /^data\/zoeken\/relevantie\.json$/, fase: 2, schema: relevantieSchema, voorbeeld: 'data/zoeken/relevantie.json' },
  { soort: 'geo', patroon: /^data\/geo\/(gemeenten|provincies)-\d{4}\.topo\.json$/, fase: 2, schema: geoSchema, voorbeeld: 'data/geo/gemeenten-2016.topo.json' },
  { soort: 'landelijke-reeks', patroon: /^data\/landelijke-reeks\.json$/, fase: 2, schema: landInBeeld(landelijkeReeksSchema), voorbeeld: 'data/landelijke-reeks.json' },
  { soort: 'meldingen', patroon: /^data\/meldingen\.json$/, fase: 2, schema: landInBeeld(meldingenSchema), voorbeeld: 'data/meldingen.json' },
  { soort: 'vrijstellingen', patroon: /^data\/vrijstellingen\.json$/, fase: 2, schema: landInBeeld(vrijstellingenSchema), voorbeeld: 'data/vrijstellingen.json' },
  { soort: 'toezicht', patroon: /^data\/toezicht\.json$/, fase: 2, schema: landInBeeld(toezichtSchema), voorbeeld: 'data/toezicht.json' },
  { soort: 'uitruil', patroon: /^data\/uitruil\.json$/, fase: 2, schema: landInBeeld(uitruilSchema), voorbeeld: 'data/uitruil.json' },
  {
    soort: 'advies',
    patroon: /^data\/advies\/regels\.json$/,
    fase: 2,
    schema: (ctx) => adviesSchema({ themaIds: [...ctx.themaIds], voorbeeldDoelgroepen: DOELGROEPEN_VOORBEELD }),
    voorbeeld: 'data/advies/regels.json',
  },
  { soort: 'import-naamvarianten', patroon: /^src\/lib\/import\/naamvarianten\.json$/, fase: 2, schema: importNaamvariantenSchema, voorbeeld: 'src/lib/import/naamvarianten.json' },
];

/** Files outside data/ that the pipeline also checks when they exist. */
export const DATA_BUITEN_DATA: readonly string[] = ['src/lib/import/naamvarianten.json'];

export function soortVan(bestand: string): DataSoort | undefined {
  return DATA_SOORTEN.find((s) => s.patroon.test(bestand));
}
