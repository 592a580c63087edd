/** The view model of Land in beeld, built from the real data/ without Astro. */
import { describe, expect, it } from 'vitest';
import { leesMonitor } from '../../../src/lib/monitor/index.ts';
import { leesLandInBeeldData } from '../../../src/lib/land-in-beeld/laden.ts';
import { bouwLandInBeeld, openingszin } from '../../../src/lib/land-in-beeld/viewmodel.ts';
import { maandreeks } from '../../../src/lib/land-in-beeld/maandreeks.ts';

const root = process.cwd();
const data = leesLandInBeeldData(root, '2026-12-06');
const monitor = leesMonitor(root, { vandaag: '2026-12-06' });
const bouw = (vandaag: string) => bouwLandInBeeld({ monitor, data, vandaag });
const vm = bouw('2026-12-06');

describe('today decides the current period', () => {
  it('on 6 December 2026 the current period is the tweede helft 2026, whose national figure is not known', () => {
    expect(vm.huidigePeriode).toBe('2026-II');
    expect(vm.huidig?.netto).toBeNull();
    expect(vm.reeks.at(-1)!.periode).toBe('2026-II');
  });
  it('the newest known national figure is 13.000 for the tweede helft 2025, with its source', () => {
    expect(vm.nieuwsteBekend?.periode).toBe('2025-II');
    expect(vm.nieuwsteBekend?.netto?.aantal).toBe(13000);
    expect(vm.nieuwsteBekend?.netto?.bron.url).toMatch(/^https:\/\/www\.gemeente\.nu\//);
  });
  it('on 1 August 2025 the series stops at 2025-II and that period is current and known', () => {
    const zomer = bouw('2025-08-01');
    expect(zomer.reeks.at(-1)!.periode).toBe('2025-II');
    expect(zomer.gemeenten.get('GM0363')!.openingszin).not.toContain('nog niet bekend');
  });
});

describe('the national series', () => {
  it('starts in 2015-I and every figure it shows has a source label', () => {
    expect(vm.reeks[0]!.periode).toBe('2015-I');
    for (const r of vm.reeks)
      for (const c of [r.prognose, r.vastgesteld, r.bijgesteld, r.achterstandBegin, r.opgave, r.realisatie])
        if (c) expect(c.bron.label.length).toBeGreaterThan(2);
  });
  it('uses the lowered figure as netto when a period was lowered (2019-I: 8.000 → 6.000)', () => {
    const r = vm.reeks.find((x) => x.periode === '2019-I')!;
    expect(r.vastgesteld?.aantal).toBe(8000);
    expect(r.netto?.aantal).toBe(6000);
  });
  it('keeps "ruim" from the source (2022-II: ruim 17.000 housed)', () => {
    expect(vm.reeks.find((x) => x.periode === '2022-II')!.realisatie?.tekst).toBe('ruim 17.000');
  });
});

describe('computed shares per gemeente (current indeling)', () => {
  it('sum to the national figure for every period with a known figure, nationally and over the provincies', () => {
    for (const periode of vm.berekendePerioden) {
      const landelijk = vm.reeks.find((r) => r.periode === periode)!.netto?.aantal ?? null;
      const gemeenten = [...vm.gemeenten.values()]
        .filter((g) => g.huidig)
        .map((g) => g.aandelen.find((a) => a.periode === periode)!.aandeel);
      const provincies = [...vm.provincies.values()].map((p) => p.aandelen.find((a) => a.periode === periode)!.aandeel);
      if (landelijk === null) {
        expect(gemeenten.every((a) => a === null)).toBe(true);
        continue;
      }
      expect(gemeenten.reduce((t: number, a) => t + a!, 0)).toBe(landelijk);
      expect(provincies.reduce((t: number, a) => t + a!, 0)).toBe(landelijk);
    }
  });
  it('opens the Amsterdam page with one sentence for the newest known period and says the current one is not known', () => {
    expect(vm.gemeenten.get('GM0363')!.openingszin).toBe(
      'Amsterdam moest in de tweede helft 2025 ongeveer 675 vergunninghouders huisvesten: berekend (indicatie) als deel van de landelijke 13.000, naar het aantal inwoners; het cijfer voor de tweede helft 2026 is nog niet bekend.',
    );
  });
  it('marks small numbers and uses the singular for one person', () => {
    const s = vm.gemeenten.get('GM0088')!;
    expect(s.kleinAantal).toBe(true);
    expect(s.openingszin).toContain('ongeveer 1 vergunninghouder huisvesten');
  });
  it('computes nothing for a gemeente that no longer exists (Bussum)', () => {
    const b = vm.gemeenten.get('GM0381')!;
    expect(b.huidig).toBe(false);
    expect(b.aandelen).toEqual([]);
    expect(b.openingszin).toBeNull();
  });
  it('says so when no national figure is known at all', () => {
    expect(openingszin('Urk', 'tweede helft 2026', false, null)).toMatch(/nog geen taakstelling berekenen/);
  });
});

describe('public reports, toezicht and vrijstellingen stay apart from the computed series', () => {
  it('shows the NU.nl report on Amsterdam as reported, with who and when', () => {
    const m = vm.gemeenten.get('GM0363')!.meldingen.find((x) => x.taak === 768)!;
    expect(m).toMatchObject({ door: 'NU.nl', op: 'juli 2022', realisatie: 320 });
    expect(vm.gemeenten.get('GM0363')!.aandelen.some((a) => a.aandeel === 768)).toBe(false);
  });
  it('lists provincie Gelderland’s own report and those of its gemeenten only', () => {
    const p = vm.provincies.get('PV25')!;
    expect(p.meldingen.some((m) => m.code === 'PV25')).toBe(true);
    expect(p.meldingen.every((m) => m.code === 'PV25' || vm.gemeenten.get(m.code)!.provincie === 'PV25')).toBe(true);
  });
  it('knows Zevenaar was exempt in 2015-II and Etten-Leur’s toezichtsoordeel for 2021-II', () => {
    expect(vm.gemeenten.get('GM0299')!.vrijstellingen[0]!.periode).toBe('2015-II');
    expect(vm.gemeenten.get('GM0777')!.toezicht[0]!.oordeel).toBe('voldoet niet, doch verschoonbaar');
  });
});

describe('monthly series in one unit, with a projection', () => {
  it('holds the real national months of 2015-II as monthly and cumulative figures computed once', () => {
    const r = vm.landelijkVoorbeeld!;
    expect(r.periode).toBe('2015-II');
    expect(r.punten.map((p) => p.perMaand)).toEqual([2411, 2236, 2335, 2724, 3114, 3933]);
    expect(r.punten.at(-1)!.cumulatief).toBe(16753);
    expect(r.punten.at(-1)!.schema).toBe(20147);
    expect(r.projectie).toBeNull(); // the period is over
  });
  it('projects at the pace of the last three months at the stand of 1 October 2015', () => {
    const p = vm.voorbeeldStanden.get('2015-10')!.landelijk.projectie!;
    expect(p.vanaf).toBe(3);
    expect(p.tempo).toBeCloseTo((2411 + 2236 + 2335) / 3);
    expect(p.eind).toBe(Math.round(6982 + 3 * p.tempo));
    expect(p.haalt).toBe(false);
  });
  it('gives no projection with fewer than three known months', () => {
    expect(maandreeks('2016-I', [{ maanden: 2, realisatie: 10 }], 60).projectie).toBeNull();
  });
});

describe('regional uitruil', () => {
  it('moves part of the computed share between gemeenten and keeps the national sum', () => {
    const bron = { uitgever: 'Regio', datum: '2025-09', url: 'https://example.org/uitruil' };
    const met = bouwLandInBeeld({
      monitor,
      data: {
        ...data,
        uitruil: [
          {
            periode: '2025-II',
            regio: 'Regio Amstelland',
            bron,
            mutaties: [
              { code: 'GM0363', aantal: 20 },
              { code: 'GM0362', aantal: -20 },
            ],
          },
        ],
      },
      vandaag: '2026-12-06',
    });
    const ams = met.gemeenten.get('GM0363')!.aandelen.find((a) => a.periode === '2025-II')!;
    expect(ams).toMatchObject({ aandeel: 695, uitruil: 20 });
    const som = [...met.gemeenten.values()]
      .filter((g) => g.huidig)
      .reduce((t, g) => t + g.aandelen.find((a) => a.periode === '2025-II')!.aandeel!, 0);
    expect(som).toBe(13000);
  });
});

describe('one pass from data to page', () => {
  it('no Land in beeld page or monitor component imports a raw data file past the validated model', async () => {
    const { readdirSync, readFileSync, statSync } = await import('node:fs');
    const { join } = await import('node:path');
    const bestanden: string[] = [];
    const loop = (map: string) => {
      for (const f of readdirSync(map)) {
        const p = join(map, f);
        if (statSync(p).isDirectory()) loop(p);
        else if (/\.(astro|ts)$/.test(f)) bestanden.push(p);
      }
    };
    for (const m of ['src/pages/land-in-beeld', 'src/components/monitor', 'src/components/charts']) loop(join(root, m));
    const rauw = bestanden.filter((f) => /from\s+['"][^'"]*\/data\/[^'"]+\.json['"]/.test(readFileSync(f, 'utf8')));
    expect(rauw).toEqual([]);
  });
});
