import { describe, expect, it } from 'vitest';
import { naarCsv } from '../../../src/lib/land-in-beeld/csv.ts';

describe('CSV for Excel with Dutch settings', () => {
  const csv = naarCsv(['gemeente', 'percentage', 'toelichting'], [["'s-Gravenhage", 83.33, 'a; b "c"'], ['Utrecht', null, 'x']]);
  it('starts with a byte order mark and ends lines with CRLF', () => {
    expect(csv.charCodeAt(0)).toBe(0xfeff);
    expect(csv.endsWith('\r\n')).toBe(true);
    expect(csv.split('\r\n')).toHaveLength(4);
  });
  it('uses a semicolon, a decimal comma and quotes only where needed', () => {
    expect(csv.split('\r\n')[1]).toBe("'s-Gravenhage;83,3;\"a; b \"\"c\"\"\"");
    expect(csv.split('\r\n')[2]).toBe('Utrecht;;x');
  });
});
