/**
 * Loads and validates the Land in beeld data that the monitor model does not read:
 * the national series, public reports, vrijstellingen, toezicht and uitruil.
 * Every problem becomes a Melding (file, line, field, Dutch message); all are thrown together.
 */
import { ValidatieFout, type Melding } from '../validatie/melding.ts';
import { valideerData, type DataValidatie } from '../validatie/data.ts';
import type { LandelijkeReeksBestand } from '../../schemas/data/landelijke-reeks.ts';
import type { Melding as PubliekeMelding } from '../../schemas/data/meldingen.ts';
import type { Vrijstelling } from '../../schemas/data/vrijstellingen.ts';
import type { Toezicht } from '../../schemas/data/toezicht.ts';
import type { Uitruil } from '../../schemas/data/uitruil.ts';
import type { HerindelingMetBron } from '../monitor/herindeling.ts';

const LAND_IN_BEELD_BESTANDEN = {
  reeks: 'data/landelijke-reeks.json',
  meldingen: 'data/meldingen.json',
  vrijstellingen: 'data/vrijstellingen.json',
  toezicht: 'data/toezicht.json',
  uitruil: 'data/uitruil.json',
} as const;

export interface LandInBeeldData {
  readonly reeks: LandelijkeReeksBestand;
  readonly meldingen: readonly PubliekeMelding[];
  readonly vrijstellingen: readonly Vrijstelling[];
  readonly toezicht: readonly Toezicht[];
  readonly uitruil: readonly Uitruil[];
  /** data/herindelingen.json with sources and parts (its fields are checked by the monitor validation). */
  readonly herindelingen: readonly HerindelingMetBron[];
}

/**
 * The Land in beeld data out of the one data pipeline's result (src/lib/validatie/data.ts): every file
 * was read, parsed and checked there (schemas in src/schemas/data/, registered in its index.ts).
 * Throws ValidatieFout with every problem of these files, or when one is missing.
 */
export function landInBeeldData(validatie: Pick<DataValidatie, 'meldingen' | 'geldig'>): LandInBeeldData {
  const eigen = new Set<string>([...Object.values(LAND_IN_BEELD_BESTANDEN), 'data/herindelingen.json']);
  const meldingen: Melding[] = validatie.meldingen.filter((m) => eigen.has(m.bestand) && m.ernst !== 'waarschuwing');
  const neem = <T>(bestand: string): T | null => {
    const data = validatie.geldig.get(bestand) as T | undefined;
    if (data === undefined && !meldingen.some((m) => m.bestand === bestand)) {
      meldingen.push({ bestand, veld: '-', melding: 'het bestand ontbreekt; verwacht een JSON-bestand' });
    }
    return data ?? null;
  };
  const reeks = neem<LandelijkeReeksBestand>(LAND_IN_BEELD_BESTANDEN.reeks);
  const publiek = neem<PubliekeMelding[]>(LAND_IN_BEELD_BESTANDEN.meldingen);
  const vrijstellingen = neem<Vrijstelling[]>(LAND_IN_BEELD_BESTANDEN.vrijstellingen);
  const toezicht = neem<Toezicht[]>(LAND_IN_BEELD_BESTANDEN.toezicht);
  const uitruil = neem<Uitruil[]>(LAND_IN_BEELD_BESTANDEN.uitruil);
  if (meldingen.length || !reeks || !publiek || !vrijstellingen || !toezicht || !uitruil) throw new ValidatieFout(meldingen);
  const herindelingen = (validatie.geldig.get('data/herindelingen.json') as HerindelingMetBron[] | undefined) ?? [];
  return { reeks, meldingen: publiek, vrijstellingen, toezicht, uitruil, herindelingen };
}

/** Reads and validates data/ of a project root through the pipeline; the Land in beeld part of it. */
export function leesLandInBeeldData(root: string, vandaag: string): LandInBeeldData {
  return landInBeeldData(valideerData(root, { vandaag }));
}
