import { describe, expect, it } from 'vitest';
import { comparisonChart } from '../../../src/lib/charts/comparison.ts';
import { assertId, escapeXml } from '../../../src/lib/charts/escape.ts';
import { assertWellFormed, texts } from './helpers.ts';

describe('escapeXml', () => {
  it('escapes the five XML special characters', () => {
    expect(escapeXml(`<a href="x">'s & co</a>`)).toBe('&lt;a href=&quot;x&quot;&gt;&#39;s &amp; co&lt;/a&gt;');
  });

  it('leaves ordinary Dutch text alone', () => {
    expect(escapeXml('Súdwest-Fryslân')).toBe('Súdwest-Fryslân');
    expect(escapeXml(3933)).toBe('3933');
  });

  it('does not double-escape only because text looks escaped', () => {
    expect(escapeXml('&amp;')).toBe('&amp;amp;');
  });
});

describe('escaping inside charts', () => {
  const nasty = `'s-Gravenhage <script>alert(1)</script> & "Co"`;
  const chart = comparisonChart({
    id: 'esc',
    title: `Titel met <b> & '`,
    items: [
      { label: nasty, value: 10, highlight: true },
      { label: 'Nederland', value: 8 },
    ],
  });

  it('keeps the markup well-formed', () => {
    expect(() => assertWellFormed(chart.svg)).not.toThrow();
  });

  it('never lets a name become markup', () => {
    expect(chart.svg).not.toContain('<script>');
    expect(chart.svg).not.toContain('<b>');
    expect(chart.svg).toContain('&#39;s-Gravenhage &lt;script&gt;');
  });

  it('shows the name exactly as written once decoded', () => {
    expect(texts(chart.svg)).toContain(nasty);
  });
});

describe('assertId', () => {
  it('accepts simple ids and rejects ids that would break url(#…) references', () => {
    expect(assertId('kaart-2015')).toBe('kaart-2015');
    expect(() => assertId('2015')).toThrow(/Ongeldige grafiek-id/);
    expect(() => assertId('a b')).toThrow(RangeError);
    expect(() => assertId('a"><script>')).toThrow(RangeError);
  });
});
