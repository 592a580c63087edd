/**
 * data/advies/regels.json: the schema (with the known themas and voorbeeld doelgroepen as context)
 * plus the rules across the table (src/lib/advies: known answers, unique ids, every combination answered).
 */
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { adviesSchema, type AdviesContext, type AdviesTabel } from '../../schemas/data/advies.ts';
import { controleerTabel } from '../advies/index.ts';
import { leesJson } from './json.ts';
import type { Melding } from './melding.ts';
import { veldNaam, vertaalIssues } from './zod-nl.ts';

export const ADVIES_BESTAND = 'data/advies/regels.json';

/** A project root without the rule table (a partial fixture root) has nothing to check here. */
export function valideerAdvies(root: string, ctx: AdviesContext): Melding[] {
  if (!existsSync(join(root, ADVIES_BESTAND))) return [];
  const json = leesJson(root, ADVIES_BESTAND);
  if (!json.ok) return [json.melding];
  return valideerAdviesData(json.data, ctx);
}

export function valideerAdviesData(data: unknown, ctx: AdviesContext, bestand = ADVIES_BESTAND): Melding[] {
  const schema = adviesSchema(ctx);
  const r = schema.safeParse(data);
  if (!r.success) {
    const velden = (pad: PropertyKey[]) => bekendeVelden(pad);
    return vertaalIssues(r.error.issues, data, velden).map((i) => ({ bestand, veld: veldNaam(i.pad), melding: i.melding }));
  }
  return controleerTabel(r.data as AdviesTabel).map((p) => ({ bestand, veld: veldNaam(p.pad), melding: p.melding }));
}

/** Field names per object, for "bedoelt u …?" on a misspelled key. */
function bekendeVelden(pad: PropertyKey[]): string[] {
  const soort = pad.filter((p) => typeof p === 'string');
  if (soort.length === 0) return ['doelgroepen', 'knelpunten', 'termijnen', 'regels', 'hulp'];
  if (soort[0] === 'regels' && soort[1] === 'als') return ['voor', 'knelpunt', 'termijn'];
  if (soort[0] === 'regels') return ['id', 'thema', 'als', 'gewicht', 'waarom', 'tijd', 'kosten', 'wie', 'bron', 'onderbouwing'];
  if (soort[0] === 'hulp' && soort[1] === 'bron') return ['titel', 'url'];
  if (soort[0] === 'hulp') return ['naam', 'wat', 'knelpunten', 'bron'];
  if (soort[0] === 'doelgroepen') return ['id', 'label', 'voorbeeldDoelgroepen'];
  return ['id', 'label'];
}
