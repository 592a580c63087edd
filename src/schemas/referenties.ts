/**
 * The shared vocabularies that content refers to: thema ids and gemeente codes.
 * Read from data/ so that editors extend them as data, not code.
 */
import themas from '../../data/themas.json' with { type: 'json' };
import gemeenten2015 from '../../data/gemeenten/2015.json' with { type: 'json' };
import gemeenten2016 from '../../data/gemeenten/2016.json' with { type: 'json' };
import gemeenten2026 from '../../data/gemeenten/2026.json' with { type: 'json' };

export interface Thema {
  id: string;
  naam: string;
  kort: string;
  synoniemen: string[];
}

export const THEMAS: readonly Thema[] = themas;
export const THEMA_IDS: readonly string[] = THEMAS.map((t) => t.id);

/** Every gemeente code that exists in any indeling in data/gemeenten/. */
export const GEMEENTE_CODES: ReadonlySet<string> = new Set(
  [...gemeenten2015, ...gemeenten2016, ...gemeenten2026].map((g) => g.code),
);

/** Latest known name per gemeente code (newest indeling wins). */
export const GEMEENTE_NAMEN: ReadonlyMap<string, string> = new Map(
  [...gemeenten2015, ...gemeenten2016, ...gemeenten2026].map((g) => [g.code, g.naam]),
);
