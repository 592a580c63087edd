import { describe, expect, it } from 'vitest';
import { cumulate, cumulativeChart, describeCumulative, proRata } from '../../../src/lib/charts/cumulative.ts';
import { FIRST_FOUR_MONTHS, GECORRIGEERD_2015_II, MONTHS_2015_II } from './fixtures.ts';
import { assertChartMarkup, texts, variants } from './helpers.ts';

const chart = cumulativeChart({
  id: 'cum',
  months: FIRST_FOUR_MONTHS,
  gecorrigeerd: GECORRIGEERD_2015_II,
  extra: { label: 'Provincie (geschaald)', cumulatief: [1500, 3300, 6100, 9200] },
});

describe('cumulate and proRata', () => {
  it('adds up months and stops at the first unknown month', () => {
    expect(cumulate(FIRST_FOUR_MONTHS)).toEqual([1850, 3970, 6450, 9400]);
    expect(
      cumulate([
        { month: '2016-01', realisatie: 5 },
        { month: '2016-02', realisatie: null },
        { month: '2016-03', realisatie: 7 },
      ]),
    ).toEqual([5]);
  });

  it('runs the straight line from 0 to the gecorrigeerde taakstelling over six months', () => {
    expect(proRata(600, 0)).toBe(0);
    expect(proRata(600, 3)).toBe(300);
    expect(proRata(600, 6)).toBe(600);
    expect(proRata(-50, 6)).toBe(0);
  });
});

describe('cumulativeChart', () => {
  it('describes the latest stand with percentage and the pro-rata value', () => {
    expect(chart.desc).toBe(
      'Op 1 november 2015 waren er 9.400 vergunninghouders gehuisvest: 47% van de gecorrigeerde taakstelling van 20.148. ' +
        'Bij een gelijk tempo over de hele periode waren het er toen 13.432 geweest.',
    );
  });

  it('says when the taakstelling was met, also above 100%', () => {
    const over = describeCumulative(MONTHS_2015_II, 15000);
    expect(over).toContain('112% van de gecorrigeerde taakstelling van 15.000');
    expect(over).toContain('De taakstelling is gehaald.');
    expect(describeCumulative(MONTHS_2015_II, 20148)).toContain('Er ontbraken nog 3.405.');
  });

  it('scales the value axis to include values above the taakstelling', () => {
    const c = cumulativeChart({ id: 'over', months: MONTHS_2015_II, gecorrigeerd: 15000 });
    const ticks = texts(variants(c.svg).wide)
      .map((t) => Number(t.replace(/\./g, '')))
      .filter(Number.isFinite);
    expect(Math.max(...ticks)).toBeGreaterThanOrEqual(16743);
    expect(texts(c.svg)).toContain('16.743 (112%)');
  });

  it('draws the dashed pro-rata line from zero to the taakstelling and labels it', () => {
    const { wide } = variants(chart.svg);
    expect(texts(wide)).toContain('Rechte lijn naar 20.148');
    const line = /<path d="M([\d.]+) ([\d.]+)L([\d.]+) ([\d.]+)" stroke="#1b1b1b" stroke-width="2" stroke-dasharray="6 4"/.exec(
      wide,
    );
    expect(line).not.toBeNull();
    const [, x0, y0, x1, y1] = line!.map(Number) as [number, number, number, number, number];
    expect(x1).toBeGreaterThan(x0);
    expect(y1).toBeLessThan(y0); // rises to the taakstelling
  });

  it('labels the x axis with stand dates and thins them on narrow screens', () => {
    const wideLabels = texts(variants(chart.svg).wide);
    const narrowLabels = texts(variants(chart.svg).narrow);
    for (const d of ['1 jul', '1 aug', '1 sep', '1 okt', '1 nov', '1 dec', '1 jan']) expect(wideLabels).toContain(d);
    expect(narrowLabels).toContain('1 jan');
    expect(narrowLabels.filter((t) => /^1 [a-z]{3}$/.test(t)).length).toBeLessThan(7);
  });

  it('draws one marker per known stand for each series', () => {
    const { wide } = variants(chart.svg);
    const withoutLegend = wide.replace(/<g transform[^>]*>.*?<\/g>/g, '');
    expect(withoutLegend.match(/<circle /g)).toHaveLength(4);
    expect(withoutLegend.match(/<rect x="[\d.]+" y="[\d.]+" width="6" height="6"/g)).toHaveLength(4);
  });

  it('has a table with stands, percentage, pro-rata and the extra series', () => {
    expect(chart.table?.columns.map((c) => c.label)).toEqual([
      'Stand',
      'Gerealiseerd, opgeteld',
      'Deel van de taakstelling',
      'Volgens de rechte lijn',
      'Provincie (geschaald)',
    ]);
    expect(chart.table?.rows[3]).toEqual({ header: '1 november 2015', cells: ['9.400', '47%', '13.432', '9.200'] });
    expect(chart.table?.rows[5]?.cells[0]).toBe('nog niet bekend');
  });

  it('is well-formed with prefixed ids', () => {
    expect(() => assertChartMarkup(chart.svg, 'cum')).not.toThrow();
  });

  it('copes with empty data and a negative taakstelling', () => {
    const empty = cumulativeChart({ id: 'e', months: [], gecorrigeerd: 10 });
    expect(empty.desc).toBe('Er zijn nog geen cijfers voor deze periode.');
    expect(() => assertChartMarkup(empty.svg, 'e')).not.toThrow();
    const neg = cumulativeChart({ id: 'n', months: [{ month: '2016-01', realisatie: 3 }], gecorrigeerd: -20 });
    expect(neg.desc).toBe(
      'Op 1 februari 2016 waren er 3 vergunninghouders gehuisvest. Voor deze periode was de taakstelling al gehaald.',
    );
    expect(() => assertChartMarkup(neg.svg, 'n')).not.toThrow();
  });

  it('matches the stored SVG snapshot', async () => {
    await expect(chart.svg).toMatchFileSnapshot('./__snapshots__/cumulative.html');
  });
});
