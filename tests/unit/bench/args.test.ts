/** `npm run bench` options: a wrong value stops the run and says which option and what it expects. */
import { describe, expect, it } from 'vitest';
import { wholeNumber, wholeNumbers, yearMonth } from '../../../scripts/bench/args.ts';

describe('bench options', () => {
  it('takes the default when the option is absent, else the number given', () => {
    expect(wholeNumber('--bare-runs', undefined, 3)).toBe(3);
    expect(wholeNumber('--bare-runs', '5', 3)).toBe(5);
    expect(wholeNumbers('--docs', undefined, [250, 1000])).toEqual([250, 1000]);
    expect(wholeNumbers('--docs', '100, 400', [250])).toEqual([100, 400]);
  });

  it('refuses what is not a whole number of at least the minimum, naming the option', () => {
    expect(() => wholeNumber('--bare-runs', 'drie', 3)).toThrow('--bare-runs expects a whole number of at least 1, got "drie"');
    expect(() => wholeNumber('--runs', '0', 5)).toThrow('--runs expects a whole number of at least 1, got "0"');
    expect(() => wholeNumber('--runs', '2.5', 5)).toThrow(/got "2.5"/);
    expect(() => wholeNumbers('--docs', '250,x', [250])).toThrow('--docs expects a whole number of at least 1, got "x"');
  });

  it('takes a month as YYYY-MM for --until and refuses anything else', () => {
    expect(yearMonth('--until', undefined, '2026-06')).toBe('2026-06');
    expect(yearMonth('--until', '2030-12', '2026-06')).toBe('2030-12');
    expect(() => yearMonth('--until', '2030-13', '2026-06')).toThrow(
      '--until expects a month as YYYY-MM (e.g. 2026-06), got "2030-13"',
    );
    expect(() => yearMonth('--until', 'juni 2026', '2026-06')).toThrow(/got "juni 2026"/);
    expect(() => yearMonth('--until', '2026-6', '2026-06')).toThrow(/YYYY-MM/);
  });
});
