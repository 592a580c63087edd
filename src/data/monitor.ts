/** The monitor model, loaded once per build from data/ (validated; the build stops on bad data). */
import { datumVan } from '../schemas/context.ts';
import { type MonitorModel, type SnapshotOverzicht } from '../lib/monitor/index.ts';
import { bouwMonitorModel } from '../lib/monitor/model.ts';
import { valideerData, type DataValidatie } from '../lib/validatie/data.ts';
import { ValidatieFout } from '../lib/validatie/melding.ts';
import { maandSleutel } from '../lib/land-in-beeld/weergave.ts';
import { pad } from '../lib/routes.ts';
import { landInBeeldData } from '../lib/land-in-beeld/laden.ts';
import { bouwLandInBeeld, type LandInBeeldVM } from '../lib/land-in-beeld/viewmodel.ts';

/** Today, taken once from the build's clock and passed into the model (the pure code never reads it). */
const VANDAAG = datumVan();

let validatie: DataValidatie | undefined;
/** data/ through the one validation pipeline, once per build; the build stops on errors (the check said so first). */
function gevalideerd(): DataValidatie {
  if (!validatie) {
    const v = valideerData(process.cwd(), { vandaag: VANDAAG });
    const fouten = v.meldingen.filter((m) => m.ernst !== 'waarschuwing');
    if (fouten.length > 0) throw new ValidatieFout(fouten);
    validatie = v;
  }
  return validatie;
}

let model: MonitorModel | undefined;
/** The monitor model, built once per build from the validated data. */
export function monitor(): MonitorModel {
  model ??= bouwMonitorModel(process.cwd(), VANDAAG, gevalideerd().monitor);
  return model;
}

let vm: LandInBeeldVM | undefined;
/** The view model of every Land in beeld page, built once per build (memoised). */
export function landInBeeld(): LandInBeeldVM {
  vm ??= bouwLandInBeeld({ monitor: monitor(), data: landInBeeldData(gevalideerd()), vandaag: VANDAAG });
  return vm;
}

export function provincieNaamVan(code: string): string {
  return monitor().provincies.get(code)?.naam ?? code;
}

/** URL of a provincie view for an example stand: always the archive (example data is never current). */
export function provincieUrl(code: string, s: SnapshotOverzicht): string {
  return pad.archiefProvincie(maandSleutel(s), provincieNaamVan(code));
}

export const dataPad = {
  snapshotCsv: (s: SnapshotOverzicht) => `/land-in-beeld/data/${maandSleutel(s)}.csv`,
  snapshotJson: (s: SnapshotOverzicht) => `/land-in-beeld/data/${maandSleutel(s)}.json`,
  gemeenteCsv: (code: string) => `/land-in-beeld/data/gemeente/${code.toLowerCase()}.csv`,
  gemeenteJson: (code: string) => `/land-in-beeld/data/gemeente/${code.toLowerCase()}.json`,
  provincieCsv: (slug: string) => `/land-in-beeld/data/provincie/${slug}.csv`,
  provincieJson: (slug: string) => `/land-in-beeld/data/provincie/${slug}.json`,
  reeksCsv: () => '/land-in-beeld/data/landelijke-reeks.csv',
  reeksJson: () => '/land-in-beeld/data/landelijke-reeks.json',
};
