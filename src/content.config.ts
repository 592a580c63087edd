/** Wiring only: the schemas live in src/schemas/, one factory per type, given one context built here. */
import { defineCollection } from 'astro:content';
import { file, glob } from 'astro/loaders';
import { z } from 'astro/zod';
import { fileURLToPath } from 'node:url';
import { CONTENT_TYPES } from './schemas/index.ts';
import { leesSchemaContext } from './lib/validatie/context.ts';

/** Thema ids, gemeenten per indeling and today's date, read once for every collection. */
const context = leesSchemaContext(fileURLToPath(new URL('../', import.meta.url)));

const mdx = (map: string) => glob({ base: `./${map}`, pattern: '*.mdx' });

export const collections = {
  handreikingen: defineCollection({
    loader: mdx(CONTENT_TYPES.handreikingen.map),
    schema: CONTENT_TYPES.handreikingen.schema(context),
  }),
  factsheets: defineCollection({ loader: mdx(CONTENT_TYPES.factsheets.map), schema: CONTENT_TYPES.factsheets.schema(context) }),
  vragen: defineCollection({ loader: mdx(CONTENT_TYPES.vragen.map), schema: CONTENT_TYPES.vragen.schema(context) }),
  voorbeelden: defineCollection({
    loader: mdx(CONTENT_TYPES.voorbeelden.map),
    schema: CONTENT_TYPES.voorbeelden.schema(context),
  }),
  themas: defineCollection({
    loader: file('./data/themas.json'),
    schema: z.object({ id: z.string(), naam: z.string(), kort: z.string(), synoniemen: z.array(z.string()) }),
  }),
};
