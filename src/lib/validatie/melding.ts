/** One problem found in content or data, phrased for an editor (in Dutch). */
export interface Melding {
  /** Path relative to the project root, with forward slashes. */
  bestand: string;
  /** 1-based line number, when known. */
  regel?: number | undefined;
  /** 1-based column, when the parser reports it. */
  kolom?: number | undefined;
  /** The field, e.g. `bronnen[0].url`, or `-` for the file as a whole. */
  veld: string;
  /** What is wrong and what was expected. */
  melding: string;
  /** What was expected, when it is not already part of `melding`. */
  verwacht?: string | undefined;
  /** `waarschuwing` does not fail the check or the build; default `fout`. */
  ernst?: 'fout' | 'waarschuwing' | undefined;
}

export function formatMelding(m: Melding): string {
  const plek = m.regel ? `${m.bestand}:${m.regel}${m.kolom ? `:${m.kolom}` : ''}` : m.bestand;
  const soort = m.ernst === 'waarschuwing' ? 'waarschuwing: ' : '';
  return `${plek} — ${m.veld}: ${soort}${m.melding}${m.verwacht ? `; verwacht ${m.verwacht}` : ''}`;
}

export function formatMeldingen(meldingen: readonly Melding[]): string {
  const n = meldingen.length;
  const kop = n === 1 ? '1 probleem gevonden:' : `${n} problemen gevonden:`;
  return [kop, ...sorteer(meldingen).map((m) => `  ${formatMelding(m)}`)].join('\n');
}

export function sorteer(meldingen: readonly Melding[]): Melding[] {
  return [...meldingen].sort(
    (a, b) => a.bestand.localeCompare(b.bestand) || (a.regel ?? 0) - (b.regel ?? 0) || a.veld.localeCompare(b.veld),
  );
}

/** Thrown by the build when validation fails; carries every problem, not only the first. */
export class ValidatieFout extends Error {
  readonly meldingen: readonly Melding[];
  constructor(meldingen: readonly Melding[]) {
    super(formatMeldingen(meldingen));
    this.name = 'ValidatieFout';
    this.meldingen = meldingen;
  }
}
