/** The monthly snapshot file `data/monitor/JJJJ-MM.json`: writing it, comparing two versions. */
import { closeSync, fsyncSync, openSync, renameSync, unlinkSync, writeSync } from 'node:fs';
import { basename, dirname, join } from 'node:path';
import { getal } from './getallen.ts';

export interface SnapshotRegel {
  code: string;
  realisatie: number;
  nareizigers?: number;
}

export interface SnapshotJson {
  peildatum: string;
  periode: string;
  indeling: string;
  bron: string;
  status: 'illustratief' | 'officieel';
  toelichting: string;
  /** Implausible figures the editor confirmed (docs/redactie.md, "Ongewone getallen"). */
  bevestigd?: { code: string; reden: string }[];
  gemeenten: SnapshotRegel[];
}

/** Same layout as the files in data/monitor/: one gemeente per line, so a pull request shows each change. */
export function serialiseer(s: SnapshotJson): string {
  const kop = (['peildatum', 'periode', 'indeling', 'bron', 'status', 'toelichting'] as const).map(
    (k) => `  ${JSON.stringify(k)}: ${JSON.stringify(s[k])},`,
  );
  const bevestigd = s.bevestigd?.length
    ? [
        '  "bevestigd": [',
        ...s.bevestigd.map(
          (b, i, alle) => `    ${JSON.stringify({ code: b.code, reden: b.reden })}${i < alle.length - 1 ? ',' : ''}`,
        ),
        '  ],',
      ]
    : [];
  const rijen = [...s.gemeenten]
    .sort((a, b) => (a.code < b.code ? -1 : a.code > b.code ? 1 : 0))
    .map(
      (r, i, alle) =>
        `    ${JSON.stringify(r.nareizigers === undefined ? { code: r.code, realisatie: r.realisatie } : { code: r.code, realisatie: r.realisatie, nareizigers: r.nareizigers })}${i < alle.length - 1 ? ',' : ''}`,
    );
  return ['{', ...kop, ...bevestigd, '  "gemeenten": [', ...rijen, '  ]', '}', ''].join('\n');
}

export interface Verschil {
  code?: string;
  tekst: string;
}

const waarde = (n: number | undefined) => (n === undefined ? '(leeg)' : getal(n));

/** Differences between the published file and the new one, per gemeente. */
export function verschillen(oud: Partial<SnapshotJson>, nieuw: SnapshotJson, naam: (code: string) => string): Verschil[] {
  const uit: Verschil[] = [];
  for (const k of ['peildatum', 'periode', 'indeling', 'bron', 'status', 'toelichting'] as const) {
    if (oud[k] !== nieuw[k]) uit.push({ tekst: `${k}: ${JSON.stringify(oud[k] ?? '')} → ${JSON.stringify(nieuw[k])}` });
  }
  const oudeRijen = new Map((Array.isArray(oud.gemeenten) ? oud.gemeenten : []).map((r) => [r.code, r]));
  const nieuweRijen = new Map(nieuw.gemeenten.map((r) => [r.code, r]));
  const codes = [...new Set([...oudeRijen.keys(), ...nieuweRijen.keys()])].sort();
  for (const code of codes) {
    const o = oudeRijen.get(code);
    const n = nieuweRijen.get(code);
    const wie = `${code} ${naam(code)}`;
    if (!o) uit.push({ code, tekst: `${wie}: nieuw in de lijst (realisatie ${waarde(n!.realisatie)})` });
    else if (!n) uit.push({ code, tekst: `${wie}: staat niet meer in de lijst (was realisatie ${waarde(o.realisatie)})` });
    else {
      const delen: string[] = [];
      if (o.realisatie !== n.realisatie) delen.push(`realisatie ${waarde(o.realisatie)} → ${waarde(n.realisatie)}`);
      if (o.nareizigers !== n.nareizigers) delen.push(`nareizigers ${waarde(o.nareizigers)} → ${waarde(n.nareizigers)}`);
      if (delen.length) uit.push({ code, tekst: `${wie}: ${delen.join('; ')}` });
    }
  }
  return uit;
}

/**
 * Writes atomically: a temporary file in the same folder, flushed, then renamed over the
 * target. A failure at any point leaves the target as it was and removes the temporary file.
 */
export function schrijfAtomair(pad: string, inhoud: string, test?: { voorHernoemen?: (tijdelijk: string) => void }): void {
  const tijdelijk = join(dirname(pad), `.${basename(pad)}.${process.pid}.${Date.now()}.tmp`);
  let fd: number | undefined;
  try {
    fd = openSync(tijdelijk, 'wx');
    writeSync(fd, inhoud);
    fsyncSync(fd);
    closeSync(fd);
    fd = undefined;
    test?.voorHernoemen?.(tijdelijk);
    renameSync(tijdelijk, pad);
  } catch (e) {
    if (fd !== undefined) {
      try {
        closeSync(fd);
      } catch {
        /* already closed */
      }
    }
    try {
      unlinkSync(tijdelijk);
    } catch {
      /* never created */
    }
    throw e;
  }
}
