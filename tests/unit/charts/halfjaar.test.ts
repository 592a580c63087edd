/** The half-year series chart: unknown stays unknown, the finding in words, the table. */
import { describe, expect, it } from 'vitest';
import { describeHalfjaar, halfjaarChart } from '../../../src/lib/charts/halfjaar.ts';

const punten = [
  { kort: '2015-I', label: 'eerste helft 2015', netto: 14000, opgave: 16633, realisatie: 11357 },
  { kort: '2015-II', label: 'tweede helft 2015', netto: 14871, opgave: 20147, realisatie: 16753 },
  { kort: '2016-I', label: 'eerste helft 2016', netto: null, opgave: null, realisatie: null },
];

describe('halfjaarChart', () => {
  it('names the highest and the last known netto figure and counts the unknown half-years', () => {
    expect(describeHalfjaar(punten)).toBe(
      'De netto taakstelling was het hoogst in de tweede helft 2015 (14.871). Het laatst bekende cijfer is 14.871, voor de tweede helft 2015. Voor 1 van de 3 halfjaren is het cijfer onbekend.',
    );
  });
  it('says "onbekend" in the table and never draws a bar for an unknown figure', () => {
    const c = halfjaarChart({ id: 'hj', punten });
    expect(c.table!.rows[2]!.cells).toEqual(['onbekend', 'onbekend', 'onbekend']);
    expect(c.table!.rows[1]!.cells).toEqual(['14.871', '20.147', '16.753']);
    expect(c.svg).toContain('>?<');
  });
  it('leaves legend entries out for series without any value', () => {
    const c = halfjaarChart({
      id: 'hj2',
      punten: punten.map((p) => ({ ...p, opgave: null, realisatie: null })),
      nettoLabel: 'Berekend deel (indicatie)',
    });
    expect(c.svg).toContain('Berekend deel (indicatie)');
    expect(c.svg).not.toContain('Gehuisvest');
  });
});
