import { gzipSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import gemeenten2015 from '../../../data/gemeenten/2015.json' with { type: 'json' };
import gemeenten2016 from '../../../data/gemeenten/2016.json' with { type: 'json' };
import { choroplethMap, countStatuses, mapBase } from '../../../src/lib/charts/choropleth.ts';
import { gemeentenTopology, provinciesTopology } from '../../../src/lib/charts/geo-data.ts';
import { compactPathContext } from '../../../src/lib/charts/geo-path.ts';
import { STATUS_LABELS, STATUS_ORDER } from '../../../src/lib/charts/status.ts';
import type { ChartStatus } from '../../../src/lib/charts/types.ts';
import { assertChartMarkup } from './helpers.ts';

type Gemeente = { code: string; naam: string; provincie: string };
const g2015 = gemeenten2015 as Gemeente[];
const g2016 = gemeenten2016 as Gemeente[];

/** Fixed statuses: cycle through all six so every status occurs. */
function cycleStatuses(list: readonly Gemeente[]): Record<string, ChartStatus> {
  return Object.fromEntries(list.map((g, i) => [g.code, STATUS_ORDER[i % STATUS_ORDER.length]!]));
}

const status2015 = cycleStatuses(g2015);
const groups2015 = Object.fromEntries(g2015.map((g) => [g.code, g.provincie]));
const national = choroplethMap({
  id: 'nl',
  topology: gemeentenTopology('2015'),
  status: status2015,
  groups: groups2015,
  title: 'Status per gemeente',
});

/** Area paths are the ones with a <title>; borders have none. */
function areaPaths(svg: string): string[] {
  return [...svg.matchAll(/<path d="[^"]+"><title>([^<]*)<\/title><\/path>/g)].map((m) => m[1]!);
}

function legendItems(legend: string): { label: string; count: string }[] {
  return [
    ...legend.matchAll(/<span class="ot-legend__label">([^<]*)<\/span> <span class="ot-legend__count">\(([^)]*)\)<\/span>/g),
  ].map((m) => ({
    label: m[1]!,
    count: m[2]!,
  }));
}

describe('compactPathContext', () => {
  it('writes integer coordinates with relative segments and drops repeated points', () => {
    const ctx = compactPathContext();
    ctx.moveTo(10.2, 20.4);
    ctx.lineTo(13.4, 18.1);
    ctx.lineTo(13.3, 18.2); // rounds to the same point
    ctx.lineTo(17, 23);
    ctx.closePath();
    expect(ctx.take()).toBe('M10 20l3-2 4 5z');
  });

  it('drops rings that collapse to fewer than three points and keeps open lines open', () => {
    const ctx = compactPathContext();
    ctx.moveTo(1, 1);
    ctx.lineTo(1.2, 1.1);
    ctx.lineTo(1.4, 0.9);
    ctx.closePath();
    ctx.moveTo(0, 0);
    ctx.lineTo(5, 0);
    expect(ctx.take()).toBe('M0 0l5 0');
  });
});

describe('national map, indeling 2015', () => {
  it('draws exactly 393 gemeente paths', () => {
    expect(areaPaths(national.svg)).toHaveLength(393);
  });

  it('lists every status in the legend with its count, adding up to 393', () => {
    const items = legendItems(national.legend ?? '');
    const counts = countStatuses(
      g2015.map((g) => g.code),
      status2015,
    );
    expect(items.map((i) => i.label)).toEqual(STATUS_ORDER.map((s) => STATUS_LABELS[s]));
    expect(items.map((i) => i.count)).toEqual(counts.map((c) => `${c.count} gemeenten`));
    expect(counts.reduce((a, c) => a + c.count, 0)).toBe(393);
  });

  it('uses the same pattern in the legend as on the map, one distinct pattern per status', () => {
    const mapPatterns = [...national.svg.matchAll(/<pattern id="nl-pat-(\w+)"[^>]*>(.*?)<\/pattern>/g)];
    const legendPatterns = [...(national.legend ?? '').matchAll(/<pattern id="nl-lg-pat-(\w+)"[^>]*>(.*?)<\/pattern>/g)];
    expect(mapPatterns.map((m) => m[1])).toEqual([...STATUS_ORDER]);
    expect(legendPatterns.map((m) => m[1])).toEqual([...STATUS_ORDER]);
    expect(new Set(mapPatterns.map((m) => m[2])).size).toBe(STATUS_ORDER.length);
    for (const [i, m] of mapPatterns.entries()) expect(legendPatterns[i]![2]).toBe(m[2]);
  });

  it('fills each gemeente with the pattern of its own status', () => {
    const amsterdam = g2015.find((g) => g.naam === 'Amsterdam')!;
    const s = status2015[amsterdam.code]!;
    const group = new RegExp(`<g fill="url\\(#nl-pat-${s}\\)">(.*?)</g>`).exec(national.svg)?.[1] ?? '';
    expect(group).toContain(`<title>Amsterdam: ${STATUS_LABELS[s]}</title>`);
  });

  it('draws borders once: white between gemeenten, dark around the country and between provincies', () => {
    expect(national.svg.match(/stroke="#ffffff" stroke-width="0.75"/g)).toHaveLength(1);
    expect(national.svg.match(/stroke="#1b1b1b" stroke-width="1.25"/g)).toHaveLength(2);
  });

  it('stays well under 100 KB raw', () => {
    const raw = Buffer.byteLength(national.svg);
    expect(raw).toBeLessThan(100 * 1024);
    expect(gzipSync(national.svg).length).toBeLessThan(30 * 1024);
  });

  it('is well-formed, with prefixed ids, resolving references and no inline styles', () => {
    expect(() => assertChartMarkup(national.svg, 'nl')).not.toThrow();
    expect(() => assertChartMarkup(national.legend ?? '', 'nl')).not.toThrow();
  });

  it('offers the same information as a table sorted by name', () => {
    expect(national.table?.rows).toHaveLength(393);
    const names = national.table!.rows.map((r) => r.header);
    expect(names[0]).toBe('Aa en Hunze');
    expect(names).toContain("'s-Gravenhage");
    expect(national.table?.columns.map((c) => c.label)).toEqual(['Gemeente', 'Status']);
  });

  it('describes the counts in words', () => {
    expect(national.desc).toMatch(/^Kaart van 393 gemeenten naar status\. Taakstelling gehaald: \d+; goed op schema: \d+;/);
  });

  it('is deterministic', () => {
    const again = choroplethMap({
      id: 'nl',
      topology: gemeentenTopology('2015'),
      status: status2015,
      groups: groups2015,
      title: 'Status per gemeente',
    });
    expect(again.svg).toBe(national.svg);
  });
});

describe('national map, indeling 2016', () => {
  it('draws 390 gemeenten within the size budget', () => {
    const map = choroplethMap({ id: 'nl16', topology: gemeentenTopology('2016'), status: cycleStatuses(g2016), title: 'Status' });
    expect(areaPaths(map.svg)).toHaveLength(390);
    expect(Buffer.byteLength(map.svg)).toBeLessThan(100 * 1024);
  });
});

describe('provincie map and locator', () => {
  const utrecht = g2016.filter((g) => g.provincie === 'PV26');
  const codes = utrecht.map((g) => g.code);

  it('draws only the given gemeenten and outlines the highlighted one', () => {
    const map = choroplethMap({
      id: 'ut',
      topology: gemeentenTopology('2016'),
      codes,
      status: cycleStatuses(utrecht),
      percentages: { GM0344: 1.134 },
      highlight: 'GM0344',
      size: 400,
      title: 'Gemeenten in de provincie Utrecht',
    });
    expect(areaPaths(map.svg)).toHaveLength(codes.length);
    expect(areaPaths(map.svg).find((t) => t.startsWith('Utrecht:'))).toMatch(/\(113% van de taakstelling\)$/);
    expect(map.svg.match(/stroke-width="3"/g)).toHaveLength(1);
    expect(map.legend).toContain('Dikke rand: Utrecht');
    expect(map.desc).toMatch(/Utrecht is dik omlijnd\.$/);
    expect(map.table?.columns.map((c) => c.label)).toEqual(['Gemeente', 'Status', 'Deel van de taakstelling gehuisvest']);
    expect(() => assertChartMarkup(map.svg + (map.legend ?? ''), 'ut')).not.toThrow();
    expect(Buffer.byteLength(map.svg)).toBeLessThan(20 * 1024);
  });

  it('makes a plain locator map without legend or table when no status is given', () => {
    const loc = choroplethMap({
      id: 'loc',
      topology: gemeentenTopology('2016'),
      codes,
      highlight: 'GM0344',
      size: 300,
      title: 'Ligging van Utrecht',
    });
    expect(loc.legend).toBeUndefined();
    expect(loc.table).toBeUndefined();
    expect(loc.desc).toBe('Kaart van 26 gemeenten. Utrecht is donker gekleurd en dik omlijnd.');
    expect(loc.svg).toContain('<g fill="#154273"><path');
    expect(loc.svg).not.toContain('<pattern');
    expect(() => assertChartMarkup(loc.svg, 'loc')).not.toThrow();
  });

  it('reuses the projected base map for the same provincie', () => {
    const t = gemeentenTopology('2016');
    expect(mapBase(t, 'gemeenten', codes, 300)).toBe(mapBase(t, 'gemeenten', [...codes].reverse(), 300));
  });

  it('escapes names given by the caller', () => {
    const map = choroplethMap({
      id: 'esc',
      topology: gemeentenTopology('2016'),
      codes,
      status: {},
      names: { GM0344: `Utrecht <&> 's` },
      title: `Kaart "test"`,
    });
    expect(map.svg).toContain('<title>Utrecht &lt;&amp;&gt; &#39;s: Geen gegevens</title>');
    expect(map.svg).toContain('<title id="esc-title">Kaart &quot;test&quot;</title>');
    expect(() => assertChartMarkup(map.svg, 'esc')).not.toThrow();
  });

  it('refuses codes of another indeling with a clear Dutch message', () => {
    expect(() => choroplethMap({ id: 'x', topology: gemeentenTopology('2026'), codes: ['GM0003'], title: 't' })).toThrow(
      /Klopt de indeling/,
    );
    expect(() => choroplethMap({ id: 'x', topology: gemeentenTopology('2016'), codes, highlight: 'GM0363', title: 't' })).toThrow(
      /staat niet op deze kaart/,
    );
  });

  it('draws provincies with the provincie words', () => {
    const map = choroplethMap({
      id: 'pv',
      topology: provinciesTopology('2016'),
      status: { PV26: 'goed', PV27: 'achter' },
      title: 'Provincies',
      legend: 'all',
    });
    expect(areaPaths(map.svg)).toHaveLength(12);
    expect(map.desc).toMatch(/^Kaart van 12 provincies naar status\./);
    expect(map.legend).toContain('(10 provincies)');
    expect(map.legend).toContain('(0 provincies)');
    expect(map.table?.columns[0]?.label).toBe('Provincie');
  });

  it('matches the stored snapshot (Utrecht 2016, fixed statuses)', async () => {
    const map = choroplethMap({
      id: 'snap',
      topology: gemeentenTopology('2016'),
      codes,
      status: cycleStatuses(utrecht),
      highlight: 'GM0344',
      size: 300,
      title: 'Gemeenten in de provincie Utrecht',
    });
    await expect(`${map.svg}\n${map.legend}\n`).toMatchFileSnapshot('./__snapshots__/choropleth-utrecht-2016.html');
  });
});
