/** The JSON reader of the data pipeline: encodings, positions, duplicate keys, numbers with a point. */
import { describe, expect, it } from 'vitest';
import { decodeerUtf8, parseJson } from '../../../src/lib/validatie/json.ts';

const fouten = (tekst: string) => {
  const r = parseJson('data/x.json', tekst);
  return r.ok ? [] : r.meldingen.map((m) => `${m.regel}:${m.kolom} ${m.veld} ${m.melding}`);
};

describe('encodings', () => {
  it('accepts UTF-8 with and without a byte order mark', () => {
    const tekst = '{"naam": "Súdwest-Fryslân"}';
    for (const bytes of [Buffer.from(tekst), Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(tekst)])]) {
      const d = decodeerUtf8(bytes);
      expect(d.ok).toBe(true);
      const r = parseJson('data/x.json', d.ok ? d.tekst : '');
      expect(r.ok && r.json.data).toEqual({ naam: 'Súdwest-Fryslân' });
    }
  });
  it('refuses UTF-16 (with or without BOM, either byte order) and Windows-1252 with one message each', () => {
    const tekst = '{"naam": "Súdwest-Fryslân"}';
    const le = Buffer.from(tekst, 'utf16le');
    const be = Buffer.from(le).swap16();
    for (const bytes of [Buffer.concat([Buffer.from([0xff, 0xfe]), le]), le, Buffer.concat([Buffer.from([0xfe, 0xff]), be]), be]) {
      const d = decodeerUtf8(bytes);
      expect(d.ok).toBe(false);
      expect(!d.ok && d.codering).toBe('utf-16');
    }
    const d = decodeerUtf8(Buffer.from(tekst, 'latin1'));
    expect(!d.ok && d.melding).toMatch(/^het bestand is niet opgeslagen als UTF-8 \(waarschijnlijk Windows-1252/);
  });
});

describe('positions and duplicate keys', () => {
  it('a syntax error names the line and column the parser found', () => {
    expect(fouten('{\n  "a": 1\n  "b": 2\n}')).toEqual([
      "3:3 - het bestand is geen geldige JSON (er ontbreekt een komma of een haakje); controleer komma's, aanhalingstekens en haakjes op of vlak vóór regel 3",
    ]);
  });
  it('a duplicate key is refused at the second one, with the path and the line of the first', () => {
    expect(fouten('{\n "gemeenten": [\n  {"code": "GM0003", "realisatie": 1,\n   "realisatie": 2}\n ]\n}')).toEqual([
      '4:4 gemeenten[0].realisatie het veld "realisatie" staat twee keer in hetzelfde blok (ook op regel 3); verwacht elk veld één keer: verwijder een van de twee',
    ]);
  });
  it('the same key in two different objects is fine, and so is a key-like text inside a string', () => {
    expect(fouten('[{"code": "a"}, {"code": "b", "t": "\\"code\\": 1"}]')).toEqual([]);
  });
  it('a whole number written with a point is refused; a real fraction is not', () => {
    expect(fouten('{"realisatie": 15.000, "aandeel": 0.25, "tekst": "15.000"}')).toEqual([
      '1:16 realisatie het getal 15.000 heeft een punt of e: JSON leest dat als 15, niet als 15000; verwacht een heel getal zonder punt, zoals 15 of 15000',
    ]);
  });
  it('looks up the line and column of any value, and of a key', () => {
    const r = parseJson('data/x.json', '{\n "gemeenten": [\n  {"code": "GM0003", "nareizgers": 1}\n ]\n}');
    expect(r.ok).toBe(true);
    if (!r.ok) return;
    expect(r.json.plek(['gemeenten', 0, 'nareizgers'], true)).toEqual({ regel: 3, kolom: 22 });
    expect(r.json.plek(['gemeenten', 0, 'code'])).toEqual({ regel: 3, kolom: 12 });
    expect(r.json.plek(['gemeenten', 5, 'code'])).toEqual({ regel: 2, kolom: 15 });
  });
});
