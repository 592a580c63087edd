/** The one place that names each content type's schema factory and folder. */
import { handreikingSchema } from './handreiking.ts';
import { factsheetSchema } from './factsheet.ts';
import { vraagSchema } from './vraag.ts';
import { voorbeeldSchema } from './voorbeeld.ts';

export const CONTENT_TYPES = {
  handreikingen: {
    schema: handreikingSchema,
    map: 'content/handreikingen',
    enkelvoud: 'handreiking',
    pad: '/handreikingen/',
    pagina: 'handreikingen',
  },
  factsheets: {
    schema: factsheetSchema,
    map: 'content/factsheets',
    enkelvoud: 'factsheet',
    pad: '/factsheets/',
    pagina: 'factsheets',
  },
  vragen: { schema: vraagSchema, map: 'content/vragen', enkelvoud: 'vraag', pad: '/vragen/', pagina: 'vragen' },
  voorbeelden: {
    schema: voorbeeldSchema,
    map: 'content/voorbeelden',
    enkelvoud: 'goed voorbeeld',
    pad: '/goede-voorbeelden/',
    pagina: 'goede-voorbeelden',
  },
} as const;

export type ContentType = keyof typeof CONTENT_TYPES;
