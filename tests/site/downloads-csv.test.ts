/**
 * The CSV downloads of Land in beeld as built in dist/: every file opens safely in a
 * spreadsheet (no text cell that Excel, LibreOffice or Google Sheets would run as a formula:
 * OWASP "CSV Injection") and every row has exactly the cells of the header.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseCsv } from '../../src/lib/import/csv.ts';
import { SNAPSHOT_KOLOMMEN } from '../../src/lib/land-in-beeld/csv.ts';
import { listFiles, requireDist } from '../../scripts/lib/paths.ts';

/** A cell a spreadsheet would read as a formula; a plain negative number is just a number. */
const gevaarlijk = (cel: string) => /^[=+@\t\r]/.test(cel) || (/^-/.test(cel) && !/^-\d+(,\d+)?$/.test(cel));

describe('CSV downloads in dist/land-in-beeld/data/', () => {
  const dist = requireDist();
  const map = join(dist, 'land-in-beeld/data');
  const bestanden = listFiles(map, (f) => f.endsWith('.csv'));

  it('there are downloads per month and per gemeente', () => {
    expect(bestanden.filter((f) => !f.includes('/')).length).toBeGreaterThan(0);
    expect(bestanden.filter((f) => f.startsWith('gemeente/')).length).toBeGreaterThan(300);
  });

  it('no cell can run as a formula, and every row has the cells of the header', () => {
    const problemen: string[] = [];
    let cellen = 0;
    for (const f of bestanden) {
      const tekst = readFileSync(join(map, f), 'utf8').replace(/^\uFEFF/, '');
      const [kop, ...rijen] = parseCsv(tekst, ';');
      // Monthly and gemeente downloads have the snapshot columns; the national series and the provincie files their own.
      if (/^\d{4}-\d{2}\.csv$|^gemeente\//.test(f)) expect(kop!.velden, f).toEqual([...SNAPSHOT_KOLOMMEN]);
      for (const r of rijen) {
        if (r.velden.length !== kop!.velden.length)
          problemen.push(`${f}:${r.regel}: ${r.velden.length} cellen, verwacht ${kop!.velden.length}`);
        for (const c of r.velden) {
          cellen++;
          if (gevaarlijk(c)) problemen.push(`${f}:${r.regel}: cel ${JSON.stringify(c)} begint met een formuleteken`);
        }
      }
    }
    expect(cellen).toBeGreaterThan(10_000);
    expect(problemen).toEqual([]);
  });
});
