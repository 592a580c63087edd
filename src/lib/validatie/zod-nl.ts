/** Turn zod issues into Dutch messages that name the field and what was expected. */
import type { z } from 'astro/zod';

export function veldNaam(pad: readonly PropertyKey[]): string {
  if (pad.length === 0) return '-';
  return pad.map((p, i) => (typeof p === 'number' ? `[${p}]` : `${i === 0 ? '' : '.'}${String(p)}`)).join('');
}

/** Levenshtein distance, for "did you mean" suggestions on misspelled field names. */
export function afstand(a: string, b: string): number {
  const d = Array.from({ length: a.length + 1 }, (_, i) => [i, ...Array<number>(b.length).fill(0)]);
  for (let j = 1; j <= b.length; j++) d[0]![j] = j;
  for (let i = 1; i <= a.length; i++)
    for (let j = 1; j <= b.length; j++)
      d[i]![j] = Math.min(d[i - 1]![j]! + 1, d[i]![j - 1]! + 1, d[i - 1]![j - 1]! + (a[i - 1] === b[j - 1] ? 0 : 1));
  return d[a.length]![b.length]!;
}

export function dichtstbij(woord: string, kandidaten: readonly string[]): string | undefined {
  let beste: string | undefined;
  let besteAfstand = Infinity;
  for (const k of kandidaten) {
    const a = afstand(woord.toLowerCase(), k.toLowerCase());
    if (a < besteAfstand) [beste, besteAfstand] = [k, a];
  }
  return besteAfstand <= Math.max(2, Math.floor(woord.length / 3)) ? beste : undefined;
}

export interface NlIssue {
  pad: PropertyKey[];
  melding: string;
}

/**
 * @param data the parsed input, to tell a missing field from a wrong one
 * @param bekendeVelden known field names per object path, for unknown-key suggestions
 */
export function vertaalIssues(
  issues: readonly z.core.$ZodIssue[],
  data: unknown,
  bekendeVelden: (pad: PropertyKey[]) => string[],
): NlIssue[] {
  const uit: NlIssue[] = [];
  for (const iss of issues) {
    const pad = [...iss.path];
    if (iss.code === 'unrecognized_keys') {
      const bekend = bekendeVelden(pad);
      for (const key of iss.keys) {
        const suggestie = dichtstbij(key, bekend);
        uit.push({
          pad: [...pad, key],
          melding: suggestie
            ? `onbekend veld "${key}"; bedoelt u "${suggestie}"?`
            : `onbekend veld "${key}"; toegestane velden: ${bekend.join(', ')}`,
        });
      }
      continue;
    }
    const waarde = waardeOp(data, pad);
    if (waarde === undefined && pad.length > 0 && (iss.code === 'invalid_type' || iss.code === 'invalid_value')) {
      const verwacht =
        iss.code === 'invalid_value' ? `kies uit: ${iss.values.map(String).join(', ')}` : startMetVerwacht(iss.message);
      uit.push({ pad, melding: `verplicht veld ontbreekt; ${verwacht}` });
      continue;
    }
    uit.push({ pad, melding: metGevonden(nederlands(iss), waarde, iss.code) });
  }
  return uit;
}

/** Adds what was found for a wrong scalar, so "text in a number field" shows the text. */
function metGevonden(melding: string, waarde: unknown, code: string): string {
  if (!['invalid_type', 'invalid_format', 'custom'].includes(code)) return melding;
  if (!['string', 'number', 'boolean'].includes(typeof waarde)) return melding;
  const tekst = typeof waarde === 'string' ? `"${waarde}"` : String(waarde);
  if (tekst.length > 60 || melding.includes(tekst)) return melding;
  return `${melding}; gevonden: ${tekst}`;
}

function startMetVerwacht(m: string): string {
  return m.startsWith('verwacht') ? m : `verwacht: ${m}`;
}

function nederlands(iss: z.core.$ZodIssue): string {
  // Our schemas carry Dutch messages; zod's English defaults are translated here as a fallback.
  if (!/^(Invalid|Too|Unrecognized|Expected)/.test(iss.message)) return iss.message;
  switch (iss.code) {
    case 'invalid_type':
      return `verkeerd soort waarde; verwacht ${typeNl(iss.expected)}`;
    case 'too_small':
      return `te klein of te kort; verwacht minstens ${String(iss.minimum)}`;
    case 'too_big':
      return `te groot of te lang; verwacht hoogstens ${String(iss.maximum)}`;
    case 'invalid_value':
      return `ongeldige waarde; kies uit: ${iss.values.map(String).join(', ')}`;
    default:
      return `ongeldige waarde (${iss.message})`;
  }
}

function typeNl(t: string): string {
  return (
    (
      {
        string: 'tekst',
        number: 'een getal',
        boolean: 'true of false',
        array: 'een lijst',
        object: 'een groep velden',
        date: 'een datum',
      } as Record<string, string>
    )[t] ?? t
  );
}

export function waardeOp(data: unknown, pad: readonly PropertyKey[]): unknown {
  let cur: unknown = data;
  for (const p of pad) {
    if (cur === null || typeof cur !== 'object') return undefined;
    cur = (cur as Record<PropertyKey, unknown>)[p];
  }
  return cur;
}
