/** `npm run bench` options: a wrong value stops the run and says which option and what it expects. */
import { describe, expect, it } from 'vitest';
import { wholeNumber, wholeNumbers } from '../../../scripts/bench/args.ts';

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
});
