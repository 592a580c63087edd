/**
 * The monitor data (data/taakstelling, data/monitor, data/gemeenten, …) are validated by
 * src/lib/monitor (its rules, its messages). Here we only turn its issues into Meldingen
 * with a line number, so `npm run check` shows them in the same format as content problems.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { leesMonitor, MonitorDataFout, type MonitorIssue } from '../monitor/index.ts';
import { regelVanPositie } from './json.ts';
import type { Melding } from './melding.ts';

/** Runs the monitor's own validation (the same call the build makes, without cache). */
export function valideerMonitor(root: string, vandaag?: string): Melding[] {
  // A root without any monitor data (a content-only fixture) has nothing to check here.
  const monitorData = ['data/provincies.json', 'data/gemeenten', 'data/taakstelling', 'data/monitor'];
  if (!monitorData.some((p) => existsSync(join(root, p)))) return [];
  try {
    leesMonitor(root, vandaag ? { vandaag } : {});
    return [];
  } catch (e) {
    if (e instanceof MonitorDataFout) return monitorMeldingen(root, e.issues);
    const bericht = e instanceof Error ? e.message : String(e);
    return [{ bestand: 'data', veld: '-', melding: `de monitorgegevens konden niet worden verwerkt (${bericht}); verwacht geldige bestanden in data/` }];
  }
}

/** Converts monitor issues to Meldingen: strips the `bestand, veld "x": ` prefix and adds the line. */
export function monitorMeldingen(root: string, issues: readonly MonitorIssue[]): Melding[] {
  const teksten = new Map<string, string | null>();
  const tekstVan = (bestand: string): string | null => {
    if (!teksten.has(bestand)) {
      try {
        teksten.set(bestand, readFileSync(join(root, bestand), 'utf8'));
      } catch {
        teksten.set(bestand, null);
      }
    }
    return teksten.get(bestand)!;
  };
  return issues.map((i) => {
    const tekst = tekstVan(i.bestand);
    const regel = tekst === null ? undefined : regelVanIssue(tekst, i);
    return { bestand: i.bestand, regel, veld: i.veld, melding: kernVan(i) };
  });
}

/** The monitor's melding repeats file and field; keep the gemeente and the message itself. */
function kernVan(i: MonitorIssue): string {
  const prefix = `${i.bestand}`;
  let m = i.melding;
  if (m.startsWith(prefix)) m = m.slice(prefix.length);
  const veldDeel = `veld "${i.veld}": `;
  const k = m.indexOf(veldDeel);
  if (k < 0) return i.melding;
  const wie = m.slice(0, k).replace(/^,\s*/, '').replace(/,\s*$/, '').trim();
  const rest = m.slice(k + veldDeel.length).replace(/\.$/, '');
  return wie ? `${wie}: ${rest}` : rest;
}

function regelVanIssue(tekst: string, i: MonitorIssue): number | undefined {
  if (i.gemeente) {
    const m = new RegExp(`"code"\\s*:\\s*"${i.gemeente}"`).exec(tekst);
    if (m) return regelVanPositie(tekst, m.index);
  }
  const veld = /^[A-Za-z]+$/.test(i.veld) ? i.veld : null;
  if (veld && veld !== 'bestandsnaam') {
    const m = new RegExp(`"${veld}"\\s*:`).exec(tekst);
    if (m) return regelVanPositie(tekst, m.index);
  }
  const geindexeerd = /^(?:gemeenten)?\[(\d+)\]/.exec(i.veld);
  if (geindexeerd) {
    // n-th object in the list: count opening braces after "gemeenten" (or from the start).
    const start = Math.max(0, tekst.indexOf('"gemeenten"'));
    let n = Number(geindexeerd[1]);
    const re = /\{/g;
    re.lastIndex = start === 0 ? 1 : start;
    let m: RegExpExecArray | null;
    while ((m = re.exec(tekst))) {
      if (n-- === 0) return regelVanPositie(tekst, m.index);
    }
  }
  return undefined;
}
