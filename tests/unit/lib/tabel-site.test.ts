import { describe, expect, it } from 'vitest';
import { tabelLabel } from '../../../src/lib/tabel.ts';
import { aantalPublicaties, MELDEN_URL, REPOSITORY_URL } from '../../../src/lib/site.ts';

describe('tabelLabel', () => {
  it('names a table by its caption', () => {
    expect(tabelLabel('<caption>Kosten <em>per</em> woning</caption><thead><tr><th>A</th></tr></thead>')).toBe(
      'Tabel: Kosten per woning',
    );
  });
  it('names a table by its column headers when it has no caption', () => {
    expect(tabelLabel('<thead><tr><th>Stap</th><th>Wie &amp; wat</th></tr></thead><tbody><tr><td>1</td></tr></tbody>')).toBe(
      'Tabel: Stap, Wie & wat',
    );
  });
  it('falls back to "Tabel" and shortens long names', () => {
    expect(tabelLabel('<tbody><tr><td>1</td></tr></tbody>')).toBe('Tabel');
    expect(tabelLabel(`<caption>${'x'.repeat(300)}</caption>`).length).toBeLessThanOrEqual(120);
  });
});

describe('site settings', () => {
  it('has one contact route: the repository’s issue page', () => {
    expect(MELDEN_URL).toBe(`${REPOSITORY_URL}/issues`);
    expect(MELDEN_URL).toMatch(/^https:\/\//);
  });
  it('counts publicaties in Dutch', () => {
    expect(aantalPublicaties(1)).toBe('1 publicatie');
    expect(aantalPublicaties(0)).toBe('0 publicaties');
    expect(aantalPublicaties(12)).toBe('12 publicaties');
  });
});
