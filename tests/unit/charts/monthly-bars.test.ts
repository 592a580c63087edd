import { describe, expect, it } from 'vitest';
import { describeMonthlyBars, monthlyBarsChart, pacePerMonth } from '../../../src/lib/charts/monthly-bars.ts';
import { FIRST_FOUR_MONTHS, GECORRIGEERD_2015_II, MONTHS_2015_II } from './fixtures.ts';
import { assertChartMarkup, texts, variants } from './helpers.ts';

const chart = monthlyBarsChart({ id: 'maand', months: MONTHS_2015_II, gecorrigeerd: GECORRIGEERD_2015_II });

/** y of the dashed pace line and the bars' tops, from the markup. */
function geometry(markup: string) {
  // Leave out the legend samples (drawn in translated groups).
  const svg = markup.replace(/<g transform[^>]*>.*?<\/g>/g, '');
  const pace = /<path d="M[\d.]+ ([\d.]+)H[\d.]+"[^>]*stroke-dasharray="6 4"/.exec(svg);
  const bars = [...svg.matchAll(/<rect x="[\d.]+" y="([\d.]+)" width="[\d.]+" height="([\d.]+)" fill="#2166ac"\/>/g)].map(
    (m) => ({
      top: Number(m[1]),
      height: Number(m[2]),
    }),
  );
  return { paceY: Number(pace?.[1]), bars };
}

describe('monthlyBarsChart', () => {
  it('describes the latest month against the pace in Dutch numbers', () => {
    expect(chart.desc).toBe(
      'In december 2015 werden 3.933 vergunninghouders gehuisvest, meer dan de 3.358 per maand die nodig waren. ' +
        'Het nodige tempo werd in 2 van de 6 maanden gehaald.',
    );
    expect(chart.svg).toContain(`<desc id="maand-n-desc">${chart.desc}</desc>`);
  });

  it('says "minder" when the month fell short and handles a single person', () => {
    expect(describeMonthlyBars([{ month: '2016-02', realisatie: 1 }], 5)).toBe(
      'In februari 2016 werd 1 vergunninghouder gehuisvest, minder dan de 5 per maand die nodig waren.',
    );
  });

  it('labels the pace line with the rounded pace (gecorrigeerd / 6)', () => {
    expect(pacePerMonth(20148)).toBe(3358);
    expect(texts(chart.svg)).toContain('Nodig per maand: 3.358');
  });

  it('draws one bar per month, taller than the pace line only when above the pace', () => {
    const { wide } = variants(chart.svg);
    const { paceY, bars } = geometry(wide);
    expect(bars).toHaveLength(6);
    const above = bars.filter((b) => b.top < paceY).length;
    expect(above).toBe(2); // november 3.410 and december 3.933
  });

  it('labels months with short Dutch names', () => {
    const t = texts(variants(chart.svg).narrow);
    for (const m of ['jul', 'aug', 'sep', 'okt', 'nov', 'dec']) expect(t).toContain(m);
  });

  it('is well-formed, uses prefixed unique ids and no inline styles', () => {
    expect(() => assertChartMarkup(chart.svg, 'maand')).not.toThrow();
  });

  it('repeats the data in a table', () => {
    expect(chart.table?.columns.map((c) => c.label)).toEqual(['Maand', 'Gerealiseerd', 'Nodig per maand']);
    expect(chart.table?.rows[5]).toEqual({ header: 'december 2015', cells: ['3.933', '3.358'] });
  });

  it('leaves future months empty and says they are not known yet', () => {
    const partial = monthlyBarsChart({ id: 'p', months: FIRST_FOUR_MONTHS, gecorrigeerd: GECORRIGEERD_2015_II });
    expect(geometry(variants(partial.svg).wide).bars).toHaveLength(4);
    expect(partial.table?.rows[4]?.cells[0]).toBe('nog niet bekend');
    expect(partial.desc).toMatch(/^In oktober 2015 werden 2.950 vergunninghouders gehuisvest, minder dan/);
  });

  it('shows a message instead of an empty plot when there is no data', () => {
    const empty = monthlyBarsChart({ id: 'leeg', months: [], gecorrigeerd: 100 });
    expect(empty.desc).toBe('Er zijn nog geen cijfers per maand.');
    expect(texts(empty.svg)).toContain('Nog geen cijfers per maand');
    expect(() => assertChartMarkup(empty.svg, 'leeg')).not.toThrow();
  });

  it('handles all-zero months and a zero taakstelling without NaN', () => {
    const zero = monthlyBarsChart({
      id: 'nul',
      months: [
        { month: '2016-01', realisatie: 0 },
        { month: '2016-02', realisatie: 0 },
      ],
      gecorrigeerd: 0,
    });
    expect(() => assertChartMarkup(zero.svg, 'nul')).not.toThrow();
    expect(zero.desc).toBe('In februari 2016 werd niemand gehuisvest; er was ook niemand meer nodig.');
  });

  it('treats a negative gecorrigeerde taakstelling as no pace needed', () => {
    expect(pacePerMonth(-120)).toBe(0);
    const c = monthlyBarsChart({ id: 'neg', months: [{ month: '2016-01', realisatie: 4 }], gecorrigeerd: -120 });
    expect(c.desc).toBe('In januari 2016 werden 4 vergunninghouders gehuisvest, terwijl er geen tempo meer nodig was.');
  });

  it('draws a negative correction below the zero line', () => {
    const c = monthlyBarsChart({
      id: 'corr',
      months: [
        { month: '2016-01', realisatie: 10 },
        { month: '2016-02', realisatie: -3 },
      ],
      gecorrigeerd: 60,
    });
    expect(() => assertChartMarkup(c.svg, 'corr')).not.toThrow();
    const { wide } = variants(c.svg);
    const zeroY = Number(/<path d="M[\d.]+ ([\d.]+)H[\d.]+" stroke="#1b1b1b" stroke-width="1.5"\/>/.exec(wide)?.[1]);
    const bars = geometry(wide).bars;
    expect(bars[1]!.top).toBeCloseTo(zeroY, 0);
    expect(bars[1]!.height).toBeGreaterThan(0);
    expect(texts(wide)).toContain('-3');
  });

  it('matches the stored SVG snapshot', async () => {
    await expect(chart.svg).toMatchFileSnapshot('./__snapshots__/monthly-bars.html');
  });
});
