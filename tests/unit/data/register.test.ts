/**
 * The registry of data kinds (src/schemas/data/index.ts): every file of the real site has a
 * kind and passes; each factory takes "today" and the known codes from its context, never from
 * a file or the environment.
 */
import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { DATA_SOORTEN, soortVan, type DataContext } from '../../../src/schemas/data/index.ts';
import { snapshotSchema } from '../../../src/schemas/data/monitor.ts';
import { dataBestanden, valideerData } from '../../../src/lib/validatie/data.ts';
import { formatMelding } from '../../../src/lib/validatie/melding.ts';
import { REPO } from '../validatie/boom.ts';

const ctx = (over: Partial<DataContext> = {}): DataContext => ({
  bestand: 'data/monitor/2016-02.json',
  vandaag: '2016-03-01',
  themaIds: new Set(),
  provincieCodes: new Set(['PV20']),
  indelingen: new Map([['2016', new Map([['GM9004', { code: 'GM9004', naam: 'Samendorp', provincie: 'PV20' }]])]]),
  onleesbaar: new Set(),
  ...over,
});
const stand = {
  peildatum: '2016-02-01',
  periode: '2016-I',
  indeling: '2016',
  bron: 'test',
  status: 'illustratief',
  toelichting: '',
  gemeenten: [{ code: 'GM9004', realisatie: 3 }],
};

describe('the registry', () => {
  it('every example path belongs to its own kind', () => {
    for (const s of DATA_SOORTEN) expect(soortVan(s.voorbeeld)?.soort).toBe(s.soort);
  });

  it('every data file of the site has a kind and passes, in one run', () => {
    const r = valideerData(REPO, { vandaag: '2026-12-06' });
    expect(r.meldingen.map(formatMelding)).toEqual([]);
    const json = dataBestanden(REPO);
    for (const b of json) expect(soortVan(b), b).toBeDefined();
    expect(r.bestanden).toBe(json.length);
    expect(json).toContain('src/lib/import/naamvarianten.json');
    expect(json.filter((b) => b.startsWith('data/geo/'))).toHaveLength(readdirSync(join(REPO, 'data/geo')).filter((f) => f.endsWith('.json')).length);
    // what loadMonitor is built from
    expect(r.monitor.snapshots.length).toBe(readdirSync(join(REPO, 'data/monitor')).length);
    expect(r.context.indelingen.get('2016')?.get('GM0363')?.naam).toBe('Amsterdam');
  });
});

describe('schema factories take their context', () => {
  const vroeger = process.env.OT_VANDAAG;
  afterEach(() => {
    if (vroeger === undefined) delete process.env.OT_VANDAAG;
    else process.env.OT_VANDAAG = vroeger;
  });

  it('"today" comes from the context, not from OT_VANDAAG', () => {
    process.env.OT_VANDAAG = '1999-01-01';
    expect(snapshotSchema(ctx()).safeParse(stand).success).toBe(true);
    const r = snapshotSchema(ctx({ vandaag: '2016-01-15' })).safeParse(stand);
    expect(r.success).toBe(false);
    expect(r.error!.issues.map((i) => i.message)).toEqual(['de peildatum 1 februari 2016 ligt in de toekomst; verwacht een datum op of vóór vandaag (15 januari 2016)']);
  });

  it('the gemeente codes come from the context', () => {
    const r = snapshotSchema(ctx({ indelingen: new Map([['2016', new Map()]]) })).safeParse(stand);
    expect(r.error!.issues.map((i) => i.message)).toEqual(['deze gemeente bestaat niet in de indeling 2016; verwacht een code uit data/gemeenten/2016.json']);
  });
});
