/** Schemas of the search lists, the import's name variants and the map geometry. */
import { z } from 'astro/zod';
import { alleGemeenten, basisnaam, beschrijf, gemeenteCode, provincieCode, uitleg, type DataContext } from './context.ts';

const woorden = (wat: string) => z.array(z.string().trim().min(1, { error: `verwacht ${wat}, geen lege tekst` }), { error: `verwacht een lijst van ${wat}` });

/** data/zoeken/naamvarianten.json: other names people type, per CBS code. */
export const zoekNaamvariantenSchema = (ctx: DataContext) => {
  const bekend = alleGemeenten(ctx);
  return z.strictObject({
    /** Explanation for editors. */
    _uitleg: uitleg(),
    /** Gemeente code → extra names. */
    gemeenten: z.record(
      gemeenteCode().refine((c) => bekend.size === 0 || bekend.has(c), { error: (iss) => `onbekende gemeentecode ${beschrijf(iss.input)}; verwacht een code uit data/gemeenten/` }),
      woorden('namen'),
    ),
    /** Provincie code → extra names. */
    provincies: z.record(
      provincieCode().refine((c) => ctx.provincieCodes.size === 0 || ctx.provincieCodes.has(c), { error: 'verwacht een provinciecode uit data/provincies.json' }),
      woorden('namen'),
    ),
  });
};

/** data/zoeken/synoniemen.json: groups of words that find each other. */
export const synoniemenSchema = (_ctx: DataContext) =>
  z.strictObject({
    /** Explanation for editors. */
    _uitleg: uitleg(),
    /** Each group: words or phrases that mean the same. */
    groepen: z.array(woorden('woorden').min(2, { error: 'verwacht minstens twee woorden per groep' })),
  });

const ZOEKSOORTEN = ['vraag', 'plaats+onderwerp', 'onderwerp', 'synoniem', 'term', 'typfout', 'naam'] as const;
const zoekPad = z
  .string({ error: 'verwacht een pad van deze site, zoals /vragen/wat-is-de-brp-straat/' })
  .regex(/^\/[a-z0-9/_-]*$/, { error: 'verwacht een pad van deze site dat met / begint en eindigt, zoals /vragen/wat-is-de-brp-straat/' });

/** data/zoeken/relevantie.json: the relevance set of search (tests/site/zoeken/relevantie.test.ts, npm run bench). */
export const relevantieSchema = (_ctx: DataContext) =>
  z.strictObject({
    /** Explanation for editors. */
    _uitleg: uitleg(),
    vragen: z
      .array(
        z.strictObject({
          /** What a visitor types. */
          q: z.string({ error: 'verwacht de zoekvraag als tekst' }).trim().min(1, { error: 'verwacht een zoekvraag, dit veld is leeg' }),
          /** The page that must come back; with a list, any of them counts; an empty list: only kennisEerst counts. */
          url: z.union([zoekPad, z.array(zoekPad)], { error: 'verwacht een pad of een lijst van paden' }),
          /** Instead of listing pages: any page whose title contains one of these words counts. */
          titelBevat: z.array(z.string().trim().min(1)).min(1).optional(),
          /** The place the page must reach at the latest (default 3). */
          top: z.number({ error: 'verwacht een heel getal' }).int().min(1).max(10).optional(),
          /** No Land in beeld page among the first 3. */
          kennisEerst: z.boolean({ error: 'verwacht true of false' }).optional(),
          /** A query named in issue 12. */
          issue: z.boolean({ error: 'verwacht true of false' }).optional(),
          /** Kind of query, for the report. */
          soort: z.enum(ZOEKSOORTEN, { error: (iss) => `onbekende soort "${String(iss.input)}"; kies uit: ${ZOEKSOORTEN.join(', ')}` }),
        }),
      )
      .min(60, { error: 'verwacht minstens 60 zoekvragen' }),
  });

/** src/lib/import/naamvarianten.json: official name → other spellings found in exports. */
export const importNaamvariantenSchema = (ctx: DataContext) => {
  const namen = new Set([...ctx.indelingen.values()].flatMap((i) => [...i.values()].map((g) => g.naam)));
  return z
    .record(z.string(), z.union([z.string(), woorden('namen')]))
    .superRefine((r, c) => {
      for (const [k, v] of Object.entries(r)) {
        if (k === '_uitleg') {
          if (typeof v !== 'string') c.addIssue({ code: 'custom', path: [k], message: 'verwacht een tekst met uitleg voor de redactie' });
          continue;
        }
        if (typeof v === 'string') c.addIssue({ code: 'custom', path: [k], message: 'verwacht een lijst van namen, zoals ["Den Haag"]' });
        if (namen.size > 0 && !namen.has(k)) c.addIssue({ code: 'custom', path: [k], message: `"${k}" is geen officiële gemeentenaam uit data/gemeenten/; verwacht de naam zoals die daar staat` });
      }
    });
};

/** data/geo/<gemeenten|provincies>-<jaar>.topo.json: TopoJSON from CBS/PDOK; only the parts the site reads are checked. */
export const geoSchema = (ctx: DataContext) => {
  const [soort, jaar] = basisnaam(ctx.bestand).split('-') as [string, string | undefined];
  const code = soort === 'provincies' ? provincieCode() : gemeenteCode();
  const indeling = soort === 'gemeenten' && jaar ? ctx.indelingen.get(jaar) : undefined;
  return z.strictObject({
    /** Always `Topology`. */
    type: z.literal('Topology', { error: 'verwacht "type": "Topology" (een TopoJSON-bestand)' }),
    /** Shared arcs (not checked one by one). */
    arcs: z.array(z.unknown(), { error: 'verwacht een lijst "arcs"' }),
    /** Quantisation. */
    transform: z
      .strictObject({
        /** x and y scale. */
        scale: z.array(z.number()).length(2),
        /** x and y offset. */
        translate: z.array(z.number()).length(2),
      })
      .optional(),
    /** Optional bounding box. */
    bbox: z.array(z.number()).optional(),
    /** One collection, named after the kind of area. */
    objects: z.record(
      z.literal(soort === 'provincies' ? 'provincies' : 'gemeenten', { error: `verwacht één object "${soort}"` }),
      z.strictObject({
        /** Always `GeometryCollection`. */
        type: z.literal('GeometryCollection'),
        /** Optional bounding box. */
        bbox: z.array(z.number()).optional(),
        /** One geometry per gemeente or provincie. */
        geometries: z.array(
          z.strictObject({
            /** Polygon or MultiPolygon. */
            type: z.enum(['Polygon', 'MultiPolygon']),
            /** Arc indexes (not checked one by one). */
            arcs: z.array(z.unknown()),
            /** CBS code of the area, a code of the indeling of the same year. */
            id: code.refine((c) => !indeling || indeling.has(c), { error: `deze code staat niet in data/gemeenten/${jaar}.json` }),
            /** CBS statcode and statnaam. */
            properties: z
              .strictObject({
                /** The same code as `id`. */
                statcode: z.string(),
                /** Name at the time of the map. */
                statnaam: z.string(),
              })
              .optional(),
          }),
        ),
      }),
    ),
  });
};
