/** Search, the pure part: query rewriting, ordering, state. The DOM controller is src/scripts/zoeken.ts. */
export * from './meta.ts';
export * from './vraag.ts';
export * from './ordening.ts';
export * from './staat.ts';
