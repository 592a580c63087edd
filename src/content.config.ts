/** Wiring only: the schemas live in src/schemas/, one module per type. */
import { defineCollection } from 'astro:content';
import { file, glob } from 'astro/loaders';
import { z } from 'astro/zod';
import { CONTENT_TYPES } from './schemas/index.ts';

const mdx = (map: string) => glob({ base: `./${map}`, pattern: '*.mdx' });

export const collections = {
  handreikingen: defineCollection({ loader: mdx(CONTENT_TYPES.handreikingen.map), schema: CONTENT_TYPES.handreikingen.schema }),
  factsheets: defineCollection({ loader: mdx(CONTENT_TYPES.factsheets.map), schema: CONTENT_TYPES.factsheets.schema }),
  vragen: defineCollection({ loader: mdx(CONTENT_TYPES.vragen.map), schema: CONTENT_TYPES.vragen.schema }),
  voorbeelden: defineCollection({ loader: mdx(CONTENT_TYPES.voorbeelden.map), schema: CONTENT_TYPES.voorbeelden.schema }),
  themas: defineCollection({
    loader: file('./data/themas.json'),
    schema: z.object({ id: z.string(), naam: z.string(), kort: z.string(), synoniemen: z.array(z.string()) }),
  }),
};
