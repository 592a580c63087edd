/**
 * Freshness on the page: what an item shows about its last fact check, its last
 * change and the regeling it is about, and the "Nieuw en bijgewerkt" list.
 * Pure: "today" is always passed in (YYYY-MM-DD), never read here.
 */

export interface Regeling {
  naam: string;
  /** Last day the regeling is open or the rule applies (YYYY-MM-DD). */
  eindigt: string;
  stand: 'open' | 'gesloten';
  verder?: { titel: string; url: string } | undefined;
}

/** The freshness fields of an item, as the content schema delivers them (all optional). */
export interface Versheid {
  publicatiedatum: string;
  laatstBijgewerkt?: string | undefined;
  gecontroleerd?: string | undefined;
  wijziging?: string | undefined;
  regeling?: Regeling | undefined;
}

/** What the item page shows about the regeling it is about. */
export type RegelingMelding =
  | { soort: 'beeindigd'; naam: string; laatsteDag: string; sinds: string; verder?: { titel: string; url: string } | undefined }
  | { soort: 'loopt'; naam: string; laatsteDag: string };

/** "2026-10-15" → "2026-10-16": the first day a regeling that ended on `iso` is closed. */
export function volgendeDag(iso: string): string {
  const [y, m, d] = iso.split('-').map(Number) as [number, number, number];
  return new Date(Date.UTC(y, m - 1, d + 1)).toISOString().slice(0, 10);
}

/**
 * Has the regeling ended on `vandaag`? `eindigt` is the last day it was open, so it
 * has ended once that day lies before today. A running regeling says until when it is
 * open, but only while the text presents it as open. Nothing to show without a regeling.
 */
export function regelingMelding(regeling: Regeling | undefined, vandaag: string): RegelingMelding | undefined {
  if (!regeling) return undefined;
  if (regeling.eindigt < vandaag) {
    return {
      soort: 'beeindigd',
      naam: regeling.naam,
      laatsteDag: regeling.eindigt,
      sinds: volgendeDag(regeling.eindigt),
      verder: regeling.verder,
    };
  }
  // An editor who marked it 'gesloten' before its end date knows better than the date: claim nothing.
  if (regeling.stand !== 'open') return undefined;
  return { soort: 'loopt', naam: regeling.naam, laatsteDag: regeling.eindigt };
}

/** The lines under an item's title: published, updated (with what changed), checked. */
export interface PublicatieRegels {
  gepubliceerd: string;
  /** Only when the item changed after publication. */
  bijgewerkt?: string | undefined;
  /** The one-line change note; only shown with a date it belongs to. */
  wijziging?: string | undefined;
  gecontroleerd?: string | undefined;
}

export function publicatieRegels(v: Versheid): PublicatieRegels {
  const bijgewerkt = v.laatstBijgewerkt && v.laatstBijgewerkt !== v.publicatiedatum ? v.laatstBijgewerkt : undefined;
  const wijziging = v.wijziging?.trim() || undefined;
  return { gepubliceerd: v.publicatiedatum, bijgewerkt, wijziging, gecontroleerd: v.gecontroleerd };
}

/** One entry of "Nieuw en bijgewerkt": new or updated, on which date, and what changed. */
export interface Nieuwtje<T> {
  item: T;
  soort: 'nieuw' | 'bijgewerkt';
  datum: string;
  wijziging?: string | undefined;
}

export interface MetVersheid extends Versheid {
  title: string;
}

/**
 * The `max` most recently published or changed items, newest first (ties: title
 * in Dutch order). An item whose last change is its publication is "nieuw".
 */
export function nieuwEnBijgewerkt<T extends MetVersheid>(items: readonly T[], max: number): Nieuwtje<T>[] {
  return items
    .map((item): Nieuwtje<T> => {
      const datum = item.laatstBijgewerkt ?? item.publicatiedatum;
      const soort = datum === item.publicatiedatum ? 'nieuw' : 'bijgewerkt';
      return { item, soort, datum, wijziging: item.wijziging?.trim() || undefined };
    })
    .sort((a, b) => b.datum.localeCompare(a.datum) || a.item.title.localeCompare(b.item.title, 'nl'))
    .slice(0, max);
}

/** The RSS description of an item: the change note first when there is one, then the summary. */
export function rssBeschrijving(samenvatting: string, wijziging: string | undefined): string {
  const w = wijziging?.trim();
  return w ? `Bijgewerkt: ${w} — ${samenvatting}` : samenvatting;
}
