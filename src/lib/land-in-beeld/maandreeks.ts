/**
 * One monthly series of a periode in one unit (persons): per month housed, cumulative at each
 * stand, the schedule line and a projection at the pace of the last three months. Computed once
 * from the cumulative stands; charts and texts only read it.
 */
import { MAANDEN_PER_PERIODE, periodeStart, verschuifMaanden } from '../monitor/periode.ts';

interface MaandPuntVM {
  /** 'YYYY-MM': the month in which people were housed. */
  readonly maand: string;
  /** Month number 1…6. */
  readonly m: number;
  /** Housed in that month; null when not known. */
  readonly perMaand: number | null;
  /** Cumulative at the stand after this month; null when not known. */
  readonly cumulatief: number | null;
  /** The schedule: m/6 of the gecorrigeerde taakstelling. */
  readonly schema: number;
}

interface ProjectieVM {
  /** Months used for the pace (3). */
  readonly maanden: number;
  /** Average housed per month over those months. */
  readonly tempo: number;
  /** The last known stand (m) the projection starts from. */
  readonly vanaf: number;
  /** Projected cumulative at m = vanaf … 6 (first point is the known stand). */
  readonly punten: readonly { readonly m: number; readonly waarde: number }[];
  /** Projected cumulative at the end of the periode. */
  readonly eind: number;
  /** Whether the projection reaches the gecorrigeerde taakstelling. */
  readonly haalt: boolean;
}

export interface MaandreeksVM {
  readonly periode: string;
  readonly gecorrigeerd: number;
  readonly punten: readonly MaandPuntVM[];
  /** Months with a known monthly figure. */
  readonly bekendeMaanden: number;
  readonly projectie: ProjectieVM | null;
}

const PROJECTIE_MAANDEN = 3;

/** From cumulative stands (m = 1…6; m = 0 is 0 by definition) to the series. */
export function maandreeks(
  periode: string,
  standen: readonly { maanden: number; realisatie: number | null }[],
  gecorrigeerd: number,
): MaandreeksVM {
  const cum = new Map<number, number | null>([[0, 0]]);
  for (const s of standen) if (s.maanden > 0) cum.set(s.maanden, s.realisatie);
  const start = periodeStart(periode);
  const punten: MaandPuntVM[] = Array.from({ length: MAANDEN_PER_PERIODE }, (_, i) => {
    const voor = cum.get(i);
    const na = cum.get(i + 1);
    return {
      maand: verschuifMaanden(start, i).slice(0, 7),
      m: i + 1,
      perMaand: voor == null || na == null ? null : na - voor,
      cumulatief: na ?? null,
      schema: (Math.max(0, gecorrigeerd) * (i + 1)) / MAANDEN_PER_PERIODE,
    };
  });
  return {
    periode,
    gecorrigeerd,
    punten,
    bekendeMaanden: punten.filter((p) => p.perMaand !== null).length,
    projectie: projectie(punten, gecorrigeerd),
  };
}

/**
 * At the pace of the last three known months, where the periode ends. Only when the three months
 * before the last stand are all known and the periode is not over yet.
 */
function projectie(punten: readonly MaandPuntVM[], gecorrigeerd: number): ProjectieVM | null {
  let laatste = -1;
  punten.forEach((p, i) => {
    if (p.cumulatief !== null) laatste = i;
  });
  if (laatste < PROJECTIE_MAANDEN - 1 || laatste === punten.length - 1) return null;
  const venster = punten.slice(laatste - PROJECTIE_MAANDEN + 1, laatste + 1);
  if (venster.some((p) => p.perMaand === null)) return null;
  const tempo = venster.reduce((t, p) => t + p.perMaand!, 0) / PROJECTIE_MAANDEN;
  const vanaf = punten[laatste]!.m;
  const basis = punten[laatste]!.cumulatief!;
  const lijst = Array.from({ length: punten.length - vanaf + 1 }, (_, k) => ({
    m: vanaf + k,
    waarde: Math.round(basis + tempo * k),
  }));
  const eind = lijst.at(-1)!.waarde;
  return { maanden: PROJECTIE_MAANDEN, tempo, vanaf, punten: lijst, eind, haalt: eind >= gecorrigeerd };
}
