import { describe, expect, it } from 'vitest';
import { contrastRatio } from '../../../src/lib/charts/contrast.ts';
import { PATTERN_INK, statusPatternDefs, STATUS_LABELS, STATUS_ORDER, STATUS_STYLES } from '../../../src/lib/charts/status.ts';
import { assertWellFormed } from './helpers.ts';

const COLOURED = STATUS_ORDER.filter((s) => s !== 'onbekend');

describe('contrastRatio', () => {
  it('matches the WCAG reference values', () => {
    expect(contrastRatio('#000000', '#ffffff')).toBeCloseTo(21, 5);
    expect(contrastRatio('#767676', '#ffffff')).toBeCloseTo(4.54, 2);
    expect(contrastRatio('#ffffff', '#ffffff')).toBe(1);
  });
});

describe('status palette (WCAG 1.4.11, documented in src/lib/charts/status.ts)', () => {
  it('has Dutch labels for all six statuses', () => {
    expect(STATUS_LABELS).toEqual({
      goed: 'Goed op schema',
      enigszins: 'Enigszins achter op schema',
      achter: 'Achter op schema',
      gehaald: 'Taakstelling gehaald',
      nieuw: 'Nieuwe periode',
      onbekend: 'Geen gegevens',
    });
  });

  it('gives every status colour at least 3:1 against the white page and the white borders', () => {
    for (const s of COLOURED) expect(contrastRatio(STATUS_STYLES[s].color, '#ffffff'), s).toBeGreaterThanOrEqual(3);
  });

  it('gives "Geen gegevens" at least 3:1 against every status colour it can border', () => {
    for (const s of COLOURED)
      expect(contrastRatio(STATUS_STYLES[s].color, STATUS_STYLES.onbekend.color), s).toBeGreaterThanOrEqual(3);
  });

  it('keeps pattern lines and dots visible on their own base colour', () => {
    for (const s of COLOURED) expect(contrastRatio(STATUS_STYLES[s].color, PATTERN_INK), s).toBeGreaterThanOrEqual(3);
  });

  it('matches the ratios written in the palette comment', () => {
    const documented: Record<string, [number, number]> = {
      gehaald: [13.34, 10.11],
      goed: [5.9, 4.47],
      enigszins: [4.87, 3.69],
      achter: [6.87, 5.2],
      nieuw: [5.43, 4.11],
    };
    for (const [s, [white, grey]] of Object.entries(documented)) {
      const color = STATUS_STYLES[s as keyof typeof STATUS_STYLES].color;
      expect(contrastRatio(color, '#ffffff')).toBeCloseTo(white, 2);
      expect(contrastRatio(color, STATUS_STYLES.onbekend.color)).toBeCloseTo(grey, 2);
    }
  });
});

describe('status patterns: never colour alone', () => {
  it('gives each status a different pattern kind', () => {
    const kinds = STATUS_ORDER.map((s) => STATUS_STYLES[s].pattern);
    expect(new Set(kinds).size).toBe(STATUS_ORDER.length);
  });

  it('writes one <pattern> per status with a distinct id and distinct drawing', () => {
    const defs = statusPatternDefs('k', STATUS_ORDER);
    assertWellFormed(defs);
    const patterns = [...defs.matchAll(/<pattern id="([^"]+)"[^>]*>(.*?)<\/pattern>/g)];
    expect(patterns.map((p) => p[1])).toEqual(STATUS_ORDER.map((s) => `k-pat-${s}`));
    // Without their base colour, the drawings differ per status, except the two plain fills
    // (goed: solid blue, onbekend: plain light grey) ...
    const shapes = patterns.map((p) => p[2]!.replace(/fill="#[0-9a-f]{6}"/, ''));
    const same = STATUS_ORDER.filter((_, i) => shapes.indexOf(shapes[i]!) !== i || shapes.lastIndexOf(shapes[i]!) !== i);
    expect(same).toEqual(['goed', 'onbekend']);
    // ... which differ by more than 3:1 in lightness, so they stay apart in greyscale print too.
    expect(contrastRatio(STATUS_STYLES.goed.color, STATUS_STYLES.onbekend.color)).toBeGreaterThanOrEqual(3);
  });
});
