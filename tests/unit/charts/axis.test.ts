import { describe, expect, it } from 'vitest';
import { labelEvery, showLabel, valueScale } from '../../../src/lib/charts/axis.ts';

describe('valueScale', () => {
  it('always includes zero and rounds to nice whole-number ticks', () => {
    const { scale, ticks } = valueScale([1850, 3933, 3358], [200, 0], 4);
    expect(scale.domain()[0]).toBe(0);
    expect(scale.domain()[1]).toBeGreaterThanOrEqual(3933);
    expect(ticks).toContain(0);
    expect(ticks.every(Number.isInteger)).toBe(true);
  });

  it('gives all-zero and empty data a usable domain instead of dividing by zero', () => {
    for (const values of [[0, 0, 0], []]) {
      const { scale } = valueScale(values, [100, 0], 4);
      expect(scale.domain()).toEqual([0, 1]);
      expect(scale(0)).toBe(100);
    }
  });

  it('extends below zero for negative values', () => {
    const { scale, ticks } = valueScale([-450, 3400], [200, 0], 5);
    expect(scale.domain()[0]).toBeLessThanOrEqual(-450);
    expect(ticks.some((t) => t < 0)).toBe(true);
  });

  it('does not invent fractional ticks for small counts', () => {
    expect(valueScale([1, 2], [100, 0], 5).ticks.every(Number.isInteger)).toBe(true);
  });
});

describe('label thinning', () => {
  it('shows every label when there is room', () => {
    expect(labelEvery(6, 50, 30)).toBe(1);
  });

  it('skips labels when they would overlap, always keeping the newest', () => {
    const every = labelEvery(24, 10, 45);
    expect(every).toBeGreaterThan(1);
    expect(showLabel(23, 24, every)).toBe(true);
    const shown = Array.from({ length: 24 }, (_, i) => i).filter((i) => showLabel(i, 24, every));
    for (let k = 1; k < shown.length; k++) expect((shown[k]! - shown[k - 1]!) * 10).toBeGreaterThanOrEqual(45);
  });
});
