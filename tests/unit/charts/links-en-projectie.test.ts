/** A map of links (every gemeente an <a>) and the cumulative chart fed by the model's series with a projection. */
import { describe, expect, it } from 'vitest';
import { choroplethMap } from '../../../src/lib/charts/choropleth.ts';
import { cumulativeChart } from '../../../src/lib/charts/cumulative.ts';
import { gemeentenTopology } from '../../../src/lib/charts/geo-data.ts';

describe('choroplethMap with links', () => {
  const codes = ['GM0344', 'GM0307', 'GM0310'];
  const links = Object.fromEntries(codes.map((c) => [c, `/land-in-beeld/gemeente/${c.toLowerCase()}/`]));
  const names = { GM0344: 'Utrecht', GM0307: 'Amersfoort', GM0310: 'De Bilt' };
  const kaart = choroplethMap({
    id: 'k',
    topology: gemeentenTopology('2026'),
    codes,
    links,
    names,
    title: 'Kaart',
    legend: 'none',
  });
  it('wraps every area in a link named after the gemeente, inside a group (not an image)', () => {
    expect(kaart.svg).toContain('role="group"');
    expect(kaart.svg).not.toContain('role="img"');
    for (const c of codes)
      expect(kaart.svg).toContain(`<a href="${links[c]}" class="ot-map__link" aria-label="${names[c as keyof typeof names]}">`);
  });
  it('holds the name as text for CSS to show on hover and focus', () => {
    expect(kaart.svg.match(/class="ot-map__naam"/g)).toHaveLength(3);
    expect(kaart.svg).toContain('>De Bilt</text></a>');
  });
});

describe('cumulativeChart from the model’s cumulative stands', () => {
  const months = ['2015-07', '2015-08', '2015-09', '2015-10', '2015-11', '2015-12'].map((month, i) => ({
    month,
    realisatie: i < 3 ? 1 : null,
  }));
  it('uses the given cumulative values as they are, not a sum of the monthly ones', () => {
    const c = cumulativeChart({ id: 'c', months, cumulatief: [2411, 4647, 6982, null, null, null], gecorrigeerd: 20147 });
    expect(c.table!.rows.map((r) => r.cells[0])).toEqual([
      '2.411',
      '4.647',
      '6.982',
      'nog niet bekend',
      'nog niet bekend',
      'nog niet bekend',
    ]);
  });
  it('draws a projection as a labelled dashed line and lists it in the table', () => {
    const c = cumulativeChart({
      id: 'p',
      months,
      cumulatief: [2411, 4647, 6982, null, null, null],
      gecorrigeerd: 20147,
      projectie: {
        punten: [
          { m: 3, waarde: 6982 },
          { m: 4, waarde: 9309 },
          { m: 5, waarde: 11637 },
          { m: 6, waarde: 13964 },
        ],
      },
    });
    expect(c.svg).toContain('projectie 13.964');
    expect(c.svg).toContain('Projectie (tempo van de laatste drie maanden)');
    expect(c.table!.columns.at(-1)!.label).toBe('Projectie');
    expect(c.table!.rows[5]!.cells.at(-1)).toBe('projectie 13.964');
  });
});
