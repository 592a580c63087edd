import { describe, expect, it } from 'vitest';
import { achterstandChart, describeAchterstand, type AchterstandPoint } from '../../../src/lib/charts/achterstand.ts';
import { assertChartMarkup, texts, variants } from './helpers.ts';

const POINTS: readonly AchterstandPoint[] = [
  { label: '2015-I', achterstand: 1200 },
  { label: '2015-II', achterstand: 3400 },
  { label: '2016-I', achterstand: 2100 },
  { label: '2016-II', achterstand: -450 },
  { label: '2017-I', achterstand: -1200 },
  { label: '2017-II', achterstand: 300 },
];
const chart = achterstandChart({ id: 'as', points: POINTS });

function bars(svg: string) {
  const body = svg.replace(/<g transform[^>]*>.*?<\/g>/g, '');
  return [...body.matchAll(/<rect x="[\d.]+" y="([\d.]+)" width="[\d.]+" height="([\d.]+)" fill="url\(#([^)]+)\)"/g)].map(
    (m) => ({
      top: Number(m[1]),
      bottom: Number(m[1]) + Number(m[2]),
      pattern: m[3]!,
    }),
  );
}

describe('achterstandChart', () => {
  it('describes the latest periode and the largest achterstand', () => {
    expect(chart.desc).toBe(
      'Aan het eind van 2017-II was er een achterstand van 300 vergunninghouders. De grootste achterstand was 3.400 (2015-II).',
    );
    expect(describeAchterstand([{ label: '2016-II', achterstand: -450 }])).toBe(
      'Aan het eind van 2016-II was er een voorsprong van 450 vergunninghouders.',
    );
    expect(describeAchterstand([{ label: '2016-II', achterstand: 0 }])).toBe(
      'Aan het eind van 2016-II was er geen achterstand en geen voorsprong.',
    );
  });

  it('draws achterstand above and voorsprong below one shared zero line, each with its own pattern', () => {
    const b = bars(variants(chart.svg).wide);
    expect(b).toHaveLength(6);
    const up = b.filter((x) => x.pattern === 'as-w-pat-achter');
    const down = b.filter((x) => x.pattern === 'as-w-pat-goed');
    expect(up).toHaveLength(4);
    expect(down).toHaveLength(2);
    const zero = up[0]!.bottom;
    expect(up.every((x) => Math.abs(x.bottom - zero) < 0.2)).toBe(true);
    expect(down.every((x) => Math.abs(x.top - zero) < 0.2)).toBe(true);
  });

  it('shows absolute values on the axis and the bars, and explains the sides in the legend', () => {
    const t = texts(variants(chart.svg).wide);
    expect(t).toContain('Achterstand (boven de nullijn)');
    expect(t).toContain('Voorsprong (onder de nullijn)');
    expect(t).toContain('1.200');
    expect(t.some((s) => s.startsWith('-'))).toBe(false);
  });

  it('thins the periode labels on a narrow screen but keeps the newest', () => {
    const many = achterstandChart({
      id: 'veel',
      points: Array.from({ length: 24 }, (_, i) => ({
        label: `${2015 + Math.floor(i / 2)}-${i % 2 ? 'II' : 'I'}`,
        achterstand: (i % 5) * 100 - 150,
      })),
    });
    const narrow = texts(variants(many.svg).narrow).filter((t) => /^\d{4}-I{1,2}$/.test(t));
    expect(narrow.length).toBeLessThan(24);
    expect(narrow).toContain('2026-II');
    expect(() => assertChartMarkup(many.svg, 'veel')).not.toThrow();
  });

  it('has a table with separate achterstand and voorsprong columns', () => {
    expect(chart.table?.rows[3]).toEqual({ header: '2016-II', cells: ['–', '450'] });
    expect(chart.table?.rows[0]).toEqual({ header: '2015-I', cells: ['1.200', '–'] });
  });

  it('is well-formed with prefixed ids and pattern references that resolve', () => {
    expect(() => assertChartMarkup(chart.svg, 'as')).not.toThrow();
  });

  it('handles empty and unknown values', () => {
    const empty = achterstandChart({ id: 'e', points: [{ label: '2015-I', achterstand: null }] });
    expect(empty.desc).toBe('Er zijn nog geen cijfers over de achterstand.');
    expect(empty.table?.rows[0]?.cells).toEqual(['onbekend', 'onbekend']);
    expect(() => assertChartMarkup(empty.svg, 'e')).not.toThrow();
  });

  it('matches the stored SVG snapshot', async () => {
    await expect(chart.svg).toMatchFileSnapshot('./__snapshots__/achterstand.html');
  });
});
