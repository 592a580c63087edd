/**
 * Finding a gemeente from what an export says: a CBS code in any usual form
 * (`GM0363`, `gm0363`, `0363`, `363`) or a name, ignoring case, accents, apostrophes
 * and hyphens, with the usual variants (Den Haag = 's-Gravenhage, Den Bosch = 's-Hertogenbosch).
 */
import { afstand } from '../validatie/zod-nl.ts';
import { vouw } from '../slug.ts';

export interface IndelingGemeente {
  code: string;
  naam: string;
  provincie: string;
}

/** `GM0363`, `gm363`, `0363`, `363` → `GM0363`; anything else → null. */
export function normaliseerCode(ruw: string): string | null {
  const m = /^(?:gm)?\s*0*(\d{1,4})$/i.exec(ruw.trim());
  return m ? `GM${m[1]!.padStart(4, '0')}` : null;
}

/** Lowercase, no accents, no apostrophes, punctuation as spaces; `'s-Gravenhage` → `s gravenhage`. */
export function normaliseerNaam(ruw: string): string {
  return vouw(ruw)
    .replace(/^gemeente\s+/, '')
    .replace(/[^a-z0-9]+/g, ' ')
    .trim();
}

export type Varianten = Record<string, readonly string[]>;

/**
 * Reads a variants file tolerantly: `{ naam|code: [varianten] }`, `{ naam: variant }`,
 * `[{ naam|code, varianten }]`, or any of these under a `gemeenten` key
 * (data/zoeken/naamvarianten.json: `{ gemeenten: { GM0518: ["Den Haag"] }, provincies: … }`).
 */
export function leesVarianten(data: unknown): Varianten {
  if (data && typeof data === 'object' && !Array.isArray(data) && 'gemeenten' in data) {
    return leesVarianten((data as { gemeenten: unknown }).gemeenten);
  }
  const uit: Record<string, string[]> = {};
  const voeg = (naam: unknown, v: unknown) => {
    if (typeof naam !== 'string' || naam.startsWith('_')) return;
    const lijst = (Array.isArray(v) ? v : [v]).filter((x): x is string => typeof x === 'string');
    if (lijst.length) uit[naam] = [...(uit[naam] ?? []), ...lijst];
  };
  if (Array.isArray(data)) {
    for (const d of data)
      if (d && typeof d === 'object')
        voeg(
          (d as Record<string, unknown>).naam ?? (d as Record<string, unknown>).code,
          (d as Record<string, unknown>).varianten,
        );
  } else if (data && typeof data === 'object') {
    for (const [k, v] of Object.entries(data)) voeg(k, v);
  }
  return uit;
}

export type Zoekresultaat =
  | { ok: true; gemeente: IndelingGemeente }
  | {
      ok: false;
      soort: 'onbekende-code' | 'andere-indeling' | 'onbekende-naam';
      suggestie?: IndelingGemeente;
      anders?: { naam: string; indeling: string };
    };

export class GemeenteZoeker {
  private readonly opCode = new Map<string, IndelingGemeente>();
  private readonly opNaam = new Map<string, IndelingGemeente>();
  private readonly elders = new Map<string, { naam: string; indeling: string }>();

  readonly gemeenten: readonly IndelingGemeente[];

  constructor(
    gemeenten: readonly IndelingGemeente[],
    varianten: Varianten,
    /** Gemeenten of other indelingen, for "exists, but not in this indeling". */
    andere: readonly { indeling: string; gemeenten: readonly IndelingGemeente[] }[] = [],
  ) {
    this.gemeenten = gemeenten;
    for (const g of gemeenten) {
      this.opCode.set(g.code, g);
      this.opNaam.set(normaliseerNaam(g.naam), g);
    }
    for (const [naam, lijst] of Object.entries(varianten)) {
      const doel =
        this.opNaam.get(normaliseerNaam(naam)) ?? (normaliseerCode(naam) ? this.opCode.get(normaliseerCode(naam)!) : undefined);
      if (!doel) continue;
      for (const v of lijst) if (!this.opNaam.has(normaliseerNaam(v))) this.opNaam.set(normaliseerNaam(v), doel);
    }
    for (const a of andere) {
      for (const g of a.gemeenten) {
        if (!this.opCode.has(g.code)) this.elders.set(g.code, { naam: g.naam, indeling: a.indeling });
        const n = normaliseerNaam(g.naam);
        if (!this.opNaam.has(n)) this.elders.set(n, { naam: g.naam, indeling: a.indeling });
      }
    }
  }

  zoekCode(code: string): Zoekresultaat {
    const g = this.opCode.get(code);
    if (g) return { ok: true, gemeente: g };
    const anders = this.elders.get(code);
    return anders ? { ok: false, soort: 'andere-indeling', anders } : { ok: false, soort: 'onbekende-code' };
  }

  zoekNaam(naam: string): Zoekresultaat {
    const n = normaliseerNaam(naam);
    const g = this.opNaam.get(n);
    if (g) return { ok: true, gemeente: g };
    const anders = this.elders.get(n);
    if (anders) return { ok: false, soort: 'andere-indeling', anders };
    const suggestie = this.dichtstbij(n);
    return suggestie ? { ok: false, soort: 'onbekende-naam', suggestie } : { ok: false, soort: 'onbekende-naam' };
  }

  /** True when `naam` is this gemeente's name or one of its variants. */
  naamPast(g: IndelingGemeente, naam: string): boolean {
    return this.opNaam.get(normaliseerNaam(naam))?.code === g.code;
  }

  private dichtstbij(n: string): IndelingGemeente | undefined {
    let beste: IndelingGemeente | undefined;
    let besteAfstand = Infinity;
    for (const [kandidaat, g] of this.opNaam) {
      const a = afstand(n, kandidaat);
      if (a < besteAfstand) [beste, besteAfstand] = [g, a];
    }
    return besteAfstand <= Math.max(2, Math.floor(n.length / 3)) ? beste : undefined;
  }
}
