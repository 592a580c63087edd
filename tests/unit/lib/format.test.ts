import { describe, expect, it } from 'vitest';
import { formatDatum, formatGetal, formatMaand, formatProcent } from '../../../src/lib/format.ts';

describe('Dutch formats', () => {
  it('groups thousands with a dot and uses a real minus sign', () => {
    expect(formatGetal(16753)).toBe('16.753');
    expect(formatGetal(-1099)).toBe('−1.099');
    expect(formatGetal(0)).toBe('0');
  });
  it('writes percentages the Dutch way', () => {
    expect(formatProcent(0.8333)).toBe('83%');
    expect(formatProcent(0.8333, 1)).toBe('83,3%');
    expect(formatProcent(1.29)).toBe('129%');
    expect(formatProcent(Number.NaN)).toBe('–');
  });
  it('writes dates and months in Dutch', () => {
    expect(formatDatum('2016-03-17')).toBe('17 maart 2016');
    expect(formatDatum('2016-07')).toBe('juli 2016');
    expect(formatMaand('2016-01-01')).toBe('januari 2016');
  });
});
