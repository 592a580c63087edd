/** The monitor model, loaded once per build from data/ (validated; the build stops on bad data). */
import { loadMonitor, type MonitorModel, type SnapshotOverzicht } from '../lib/monitor/index.ts';
import { maandSleutel } from '../lib/land-in-beeld/weergave.ts';
import { pad } from '../lib/routes.ts';

export function monitor(): MonitorModel {
  return loadMonitor(process.cwd());
}

export function laatste(): SnapshotOverzicht {
  const s = monitor().laatsteSnapshot;
  if (!s) throw new Error('Er zijn geen monitorgegevens in data/monitor/.');
  return s;
}

export function isLaatste(s: SnapshotOverzicht): boolean {
  return s.peildatum === laatste().peildatum && s.periode === laatste().periode;
}

export function provincieNaamVan(code: string): string {
  return monitor().provincies.get(code)?.naam ?? code;
}

/** URL of a provincie view for a snapshot: the live page for the latest, the archive otherwise. */
export function provincieUrl(code: string, s: SnapshotOverzicht): string {
  const naam = provincieNaamVan(code);
  return isLaatste(s) ? pad.provincie(naam) : pad.archiefProvincie(maandSleutel(s), naam);
}

export function landelijkUrl(s: SnapshotOverzicht): string {
  return isLaatste(s) ? pad.landInBeeld() : pad.archiefMaand(maandSleutel(s));
}

export const dataPad = {
  snapshotCsv: (s: SnapshotOverzicht) => `/land-in-beeld/data/${maandSleutel(s)}.csv`,
  snapshotJson: (s: SnapshotOverzicht) => `/land-in-beeld/data/${maandSleutel(s)}.json`,
  gemeenteCsv: (code: string) => `/land-in-beeld/data/gemeente/${code.toLowerCase()}.csv`,
  gemeenteJson: (code: string) => `/land-in-beeld/data/gemeente/${code.toLowerCase()}.json`,
};
