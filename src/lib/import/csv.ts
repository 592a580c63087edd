/**
 * Reading a spreadsheet export as editors get it: CSV with `;`, `,` or tab, UTF-8 with or
 * without BOM (or Windows-1252 from older Excel; UTF-16 "Unicode-tekst" is recognised and refused), CRLF or LF line ends, quoted fields.
 * Every row keeps the line number it starts on, so messages can point at it.
 */

import { decodeerUtf8 } from '../validatie/json.ts';

export interface CsvRij {
  /** 1-based line in the file where this row starts. */
  regel: number;
  velden: string[];
}

export interface CsvBestand {
  scheidingsteken: ';' | ',' | '\t';
  /** `utf-16`: not read at all (rijen is empty); the import refuses it with one message. */
  codering: 'utf-8' | 'windows-1252' | 'utf-16';
  rijen: CsvRij[];
}

/** Decodes bytes: UTF-8 (BOM stripped) when valid, else Windows-1252; UTF-16 is recognised, not decoded. */
function decodeer(bytes: Uint8Array): { tekst: string; codering: CsvBestand['codering'] } {
  const d = decodeerUtf8(bytes);
  if (!d.ok && d.codering === 'utf-16') return { tekst: '', codering: 'utf-16' };
  try {
    const tekst = new TextDecoder('utf-8', { fatal: true }).decode(bytes);
    return { tekst: tekst.replace(/^\uFEFF/, ''), codering: 'utf-8' };
  } catch {
    return { tekst: new TextDecoder('windows-1252').decode(bytes), codering: 'windows-1252' };
  }
}

/** Picks the separator that occurs most in the first non-empty line (outside quotes); `;` wins ties. */
export function snuffelScheidingsteken(tekst: string): CsvBestand['scheidingsteken'] {
  const eerste = tekst.split(/\r\n|\r|\n/).find((r) => r.trim() !== '') ?? '';
  const tel = { ';': 0, ',': 0, '\t': 0 } as Record<CsvBestand['scheidingsteken'], number>;
  let binnen = false;
  for (const c of eerste) {
    if (c === '"') binnen = !binnen;
    else if (!binnen && (c === ';' || c === ',' || c === '\t')) tel[c]++;
  }
  const volgorde: CsvBestand['scheidingsteken'][] = [';', '\t', ','];
  return volgorde.reduce((beste, s) => (tel[s] > tel[beste] ? s : beste), ';');
}

/** RFC 4180-style parser; blank lines are skipped. */
export function parseCsv(tekst: string, scheidingsteken: string): CsvRij[] {
  const rijen: CsvRij[] = [];
  let regel = 1;
  let rijStart = 1;
  let veld = '';
  let velden: string[] = [];
  let binnen = false;
  let wasGeciteerd = false;
  const sluitRij = () => {
    velden.push(wasGeciteerd ? veld : veld.trim());
    if (!(velden.length === 1 && velden[0] === '' && !wasGeciteerd)) rijen.push({ regel: rijStart, velden });
    velden = [];
    veld = '';
    wasGeciteerd = false;
  };
  for (let i = 0; i < tekst.length; i++) {
    const c = tekst[i]!;
    if (binnen) {
      if (c === '"') {
        if (tekst[i + 1] === '"') {
          veld += '"';
          i++;
        } else binnen = false;
      } else {
        if (c === '\n') regel++;
        veld += c;
      }
      continue;
    }
    if (c === '"' && veld.trim() === '') {
      binnen = true;
      wasGeciteerd = true;
      veld = '';
    } else if (c === scheidingsteken) {
      velden.push(wasGeciteerd ? veld : veld.trim());
      veld = '';
      wasGeciteerd = false;
    } else if (c === '\r' || c === '\n') {
      if (c === '\r' && tekst[i + 1] === '\n') i++;
      sluitRij();
      regel++;
      rijStart = regel;
    } else veld += c;
  }
  if (veld !== '' || velden.length > 0 || wasGeciteerd) sluitRij();
  return rijen;
}

export function leesCsv(bytes: Uint8Array): CsvBestand {
  const { tekst, codering } = decodeer(bytes);
  const scheidingsteken = snuffelScheidingsteken(tekst);
  return { scheidingsteken, codering, rijen: parseCsv(tekst, scheidingsteken) };
}
