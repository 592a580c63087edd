/**
 * File-level types of the monitor data (what the JSON files hold once validated).
 * The derived model types live in model.ts.
 */

import type { IsoDatum } from './periode.ts';

export interface Provincie {
  /** `PV20` … `PV31` */
  readonly code: string;
  readonly naam: string;
}

/** One gemeente as listed in `data/gemeenten/<indeling>.json`. */
interface IndelingGemeente {
  /** CBS code, `GM0363` */
  readonly code: string;
  readonly naam: string;
  /** Provincie code, `PV27` */
  readonly provincie: string;
}

export interface Indeling {
  /** `"2015"`: the gemeentelijke indeling on 1 January of that year. */
  readonly id: string;
  /** `"2015-01-01"` */
  readonly datum: IsoDatum;
  readonly bestand: string;
  /** Sorted by code. */
  readonly gemeenten: readonly IndelingGemeente[];
}

/** One row of `data/taakstelling/<periode>.json`. */
interface TaakstellingRegel {
  readonly code: string;
  /** Netto taakstelling for the periode (≥ 0). */
  readonly netto: number;
  /** Achterstand at the start of the periode; negative = voorsprong. */
  readonly achterstand: number;
  /** netto + achterstand */
  readonly gecorrigeerd: number;
}

/** `data/taakstelling/<periode>.json`, e.g. `2015-II.json`. */
export interface TaakstellingBestand {
  /** Path relative to the project root, `data/taakstelling/2015-II.json`. */
  readonly bestand: string;
  readonly periode: string;
  /** Indeling id the codes belong to, `"2015"`. */
  readonly indeling: string;
  readonly bron: string;
  readonly illustratief: boolean;
  readonly toelichting: string;
  readonly gemeenten: readonly TaakstellingRegel[];
}

/** One row of `data/monitor/YYYY-MM.json`. */
interface RealisatieRegel {
  readonly code: string;
  /** Cumulative number housed since the start of the periode (≥ 0). */
  readonly realisatie: number;
  /** Of which nareizigers (optional, ≤ realisatie). */
  readonly nareizigers?: number;
}

export type SnapshotStatus = 'illustratief' | 'officieel';

/** `data/monitor/YYYY-MM.json`: the stand on the first day of that month. */
export interface SnapshotBestand {
  readonly bestand: string;
  /** `2015-08-01` */
  readonly peildatum: IsoDatum;
  readonly periode: string;
  readonly indeling: string;
  readonly bron: string;
  readonly status: SnapshotStatus;
  readonly toelichting: string;
  /** Whole months of the periode elapsed at the peildatum (1–6), derived. */
  readonly maanden: number;
  readonly gemeenten: readonly RealisatieRegel[];
}

/** `data/inwoners/<jaar>.json`: inwoners on 1 January of that year, in that year's indeling. */
export interface InwonersBestand {
  readonly bestand: string;
  readonly jaar: string;
  readonly perGemeente: ReadonlyMap<string, number>;
}
