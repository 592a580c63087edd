import { describe, expect, it } from 'vitest';
import { kostenRegels, rijkssubsidie } from '../../../src/lib/voorbeelden.ts';

describe('voorbeelden helpers', () => {
  it('shows missing costs as "onbekend", never as empty', () => {
    expect(kostenRegels(undefined).map((r) => r.waarde)).toEqual(['onbekend', 'onbekend', 'onbekend']);
    expect(kostenRegels({ stichting: '€ 4 miljoen' }).map((r) => r.waarde)).toEqual(['€ 4 miljoen', 'onbekend', 'onbekend']);
  });
  it('classifies the rijkssubsidie column of the matrix', () => {
    expect(rijkssubsidie(['huisvestingsvoorziening', 'gemeentelijk'])).toBe('ja');
    expect(rijkssubsidie(['taskforce-tijdelijke-huisvesting'])).toBe('ja');
    expect(rijkssubsidie(['gemeentelijk'])).toBe('nee');
    expect(rijkssubsidie(['geen'])).toBe('nee');
    expect(rijkssubsidie(['onbekend'])).toBe('onbekend');
  });
});
