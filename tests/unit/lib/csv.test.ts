import { describe, expect, it } from 'vitest';
import { csvCel, naarCsv } from '../../../src/lib/land-in-beeld/csv.ts';

describe('CSV for Excel with Dutch settings', () => {
  const csv = naarCsv(
    ['gemeente', 'percentage', 'toelichting'],
    [
      ["'s-Gravenhage", 83.33, 'a; b "c"'],
      ['Utrecht', null, 'x'],
    ],
  );
  it('starts with a byte order mark and ends lines with CRLF', () => {
    expect(csv.charCodeAt(0)).toBe(0xfeff);
    expect(csv.endsWith('\r\n')).toBe(true);
    expect(csv.split('\r\n')).toHaveLength(4);
  });
  it('uses a semicolon, a decimal comma and quotes only where needed', () => {
    expect(csv.split('\r\n')[1]).toBe('\'s-Gravenhage;83,3;"a; b ""c"""');
    expect(csv.split('\r\n')[2]).toBe('Utrecht;;x');
  });
  it('neutralises text cells that a spreadsheet would run as a formula (OWASP CSV injection)', () => {
    const rij = naarCsv(
      ['a', 'b', 'c', 'd', 'e', 'f', 'g'],
      [['=HYPERLINK("https://x.example","klik")', '+31', '-1+2', '@SUM(A1)', '\tTab', '\rCR', -3]],
    ).split('\r\n')[1];
    expect(rij).toBe(`"'=HYPERLINK(""https://x.example"",""klik"")";"'+31";"'-1+2";"'@SUM(A1)";"'\tTab";"'\rCR";-3`);
    expect(csvCel("'s-Gravenhage")).toBe("'s-Gravenhage");
    expect(csvCel('Súdwest-Fryslân')).toBe('Súdwest-Fryslân');
  });
});
