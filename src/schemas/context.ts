/**
 * What the content schemas need to know about the world, passed in rather than read:
 * the thema ids, the gemeente codes per indeling (with the herindelingen between them)
 * and today's date. `src/content.config.ts` and the validation (`src/lib/validatie/`)
 * each build it once from data/ and hand it to the schema factories; tests pass their own.
 * Nothing here reads a file or an environment variable.
 */
import { opvolger, type Herindeling } from '../lib/monitor/herindeling.ts';

export interface Gemeente {
  code: string;
  naam: string;
}

export interface SchemaContext {
  /** Thema ids from data/themas.json, in file order. */
  readonly themaIds: readonly string[];
  /** Gemeenten per indeling: key is the year of data/gemeenten/<jaar>.json (state on 1 January). */
  readonly indelingen: Readonly<Record<string, readonly Gemeente[]>>;
  /** data/herindelingen.json: mergers and code changes between the indelingen. */
  readonly herindelingen: readonly Herindeling[];
  /** Today as JJJJ-MM-DD: future dates, freshness and ended regelingen are judged against it. */
  readonly vandaag: string;
  /** Overrides GECONTROLEERD_VERPLICHT (src/schemas/velden.ts) for one run; tests use it to try the switch. */
  readonly gecontroleerdVerplicht?: boolean | undefined;
}

/** Today as JJJJ-MM-DD from a clock (UTC). The only place the current date is read. */
export function datumVan(nu: Date = new Date()): string {
  return nu.toISOString().slice(0, 10);
}

/** Every gemeente code known in any indeling or herindeling, with its latest known name. */
export function gemeenteNamen(ctx: SchemaContext): Map<string, string> {
  const namen = new Map<string, string>();
  for (const jaar of Object.keys(ctx.indelingen).sort()) for (const g of ctx.indelingen[jaar]!) namen.set(g.code, g.naam);
  return namen;
}

/** A JJJJ-MM month counts as its first day when compared with a date. */
const alsDag = (d: string) => (d.length === 7 ? `${d}-01` : d);

type GemeenteOpDatum =
  | { geldig: true }
  | { geldig: false; reden: 'onbekend' }
  | { geldig: false; reden: 'opgeheven'; sinds: string; opvolger: string }
  | { geldig: false; reden: 'nog-niet'; vanaf: string };

/**
 * Whether `code` names a gemeente that exists on `datum` (JJJJ-MM-DD or JJJJ-MM): known in
 * an indeling or herindeling, not merged away on or before that date, not created after it.
 */
export function gemeenteOpDatum(ctx: SchemaContext, code: string, datum: string): GemeenteOpDatum {
  const dag = alsDag(datum);
  const inIndeling = Object.values(ctx.indelingen).some((lijst) => lijst.some((g) => g.code === code));
  const alsNaar = ctx.herindelingen.filter((h) => h.naar === code && !h.van.includes(code));
  if (!inIndeling && alsNaar.length === 0) return { geldig: false, reden: 'onbekend' };
  const opgeheven = [...ctx.herindelingen]
    .sort((a, b) => (a.datum < b.datum ? -1 : 1))
    .find((h) => h.datum <= dag && h.van.includes(code) && h.naar !== code);
  if (opgeheven) {
    return {
      geldig: false,
      reden: 'opgeheven',
      sinds: opgeheven.datum,
      opvolger: opvolger(ctx.herindelingen, code, '0000-01-01', dag),
    };
  }
  const ontstaan = alsNaar.map((h) => h.datum).sort()[0];
  const indelingVoor = Object.keys(ctx.indelingen).some(
    (jaar) => `${jaar}-01-01` <= dag && ctx.indelingen[jaar]!.some((g) => g.code === code),
  );
  if (ontstaan && ontstaan > dag && !indelingVoor) return { geldig: false, reden: 'nog-niet', vanaf: ontstaan };
  return { geldig: true };
}
