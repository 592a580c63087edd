import { describe, expect, it } from 'vitest';
import { comparisonChart } from '../../../src/lib/charts/comparison.ts';
import { assertChartMarkup, texts, variants } from './helpers.ts';

const chart = comparisonChart({
  id: 'vgl',
  items: [
    { label: "'s-Gravenhage", value: 212.43, highlight: true },
    { label: 'Provincie Zuid-Holland', value: 188.1 },
    { label: 'Nederland', value: 196.7 },
  ],
});

function barWidths(svg: string): number[] {
  return [...svg.matchAll(/<rect x="[\d.]+" y="[\d.]+" width="([\d.]+)"/g)].map((m) => Number(m[1]));
}

describe('comparisonChart', () => {
  it('describes all areas with Dutch decimals', () => {
    expect(chart.desc).toBe("Per 100.000 inwoners: 's-Gravenhage 212,4, Provincie Zuid-Holland 188,1 en Nederland 196,7.");
  });

  it('draws bars proportional to the values, from zero', () => {
    const [a, b, c] = barWidths(variants(chart.svg).wide) as [number, number, number];
    expect(a / b).toBeCloseTo(212.43 / 188.1, 1);
    expect(c / a).toBeCloseTo(196.7 / 212.43, 1);
  });

  it('names every bar in text and marks the highlighted area in bold, not only by colour', () => {
    const { narrow } = variants(chart.svg);
    expect(texts(narrow)).toEqual(
      expect.arrayContaining(["'s-Gravenhage", 'Provincie Zuid-Holland', 'Nederland', '212,4', '188,1', '196,7']),
    );
    expect(narrow).toMatch(/font-weight="bold"[^>]*>&#39;s-Gravenhage</);
  });

  it('repeats the values in a table', () => {
    expect(chart.table?.columns.map((c) => c.label)).toEqual(['Gebied', 'Per 100.000 inwoners']);
    expect(chart.table?.rows.map((r) => r.cells[0])).toEqual(['212,4', '188,1', '196,7']);
  });

  it('handles unknown, zero and negative values', () => {
    const odd = comparisonChart({
      id: 'odd',
      items: [
        { label: 'A', value: null },
        { label: 'B', value: 0 },
        { label: 'C', value: -5 },
        { label: 'D', value: 20 },
      ],
    });
    expect(() => assertChartMarkup(odd.svg, 'odd')).not.toThrow();
    expect(texts(odd.svg)).toContain('onbekend');
    expect(odd.desc).toBe('Per 100.000 inwoners: B 0, C -5 en D 20.');
    const empty = comparisonChart({ id: 'leeg', items: [] });
    expect(empty.desc).toBe('Er zijn nog geen cijfers om te vergelijken.');
    expect(() => assertChartMarkup(empty.svg, 'leeg')).not.toThrow();
  });

  it('is well-formed with prefixed ids', () => {
    expect(() => assertChartMarkup(chart.svg, 'vgl')).not.toThrow();
  });

  it('matches the stored SVG snapshot', async () => {
    await expect(chart.svg).toMatchFileSnapshot('./__snapshots__/comparison.html');
  });
});
