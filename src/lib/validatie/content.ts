/**
 * Validates every MDX file under content/ without building the site: encoding, file names,
 * duplicate slugs and route collisions, frontmatter against the schemas, the MDX body compiled
 * and inspected (src/lib/validatie/mdx.ts), and the freshness rules. Used by `npm run check` and
 * by the build, so they agree. Every file the build would publish is checked: the glob loader
 * publishes names starting with `_` too, so such names are refused here (and still checked).
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { CONTENT_TYPES, type ContentType } from '../../schemas/index.ts';
import { CONTROLE_TERMIJN_MAANDEN, type SchemaContext } from '../../schemas/velden.ts';
import { formatDatum } from '../format.ts';
import { SLUG_PATROON, slugify } from '../slug.ts';
import { leesFrontmatter } from './frontmatter.ts';
import type { Melding } from './melding.ts';
import { controleerMdx, type MdxLink } from './mdx.ts';
import { vertaalIssues, veldNaam, waardeOp } from './zod-nl.ts';

export interface ContentItem {
  type: ContentType;
  slug: string;
  bestand: string;
  data: Record<string, unknown>;
  body: string;
  bodyRegel: number;
  /** Internal links and images found in the body, with their line. */
  links: MdxLink[];
  /** Line in the file of a frontmatter field. */
  regelVan?: (pad: readonly PropertyKey[]) => number;
}

export interface ContentResultaat {
  items: ContentItem[];
  meldingen: Melding[];
}

/** The pages folder of this code base: fixed routes are code, whatever content root is checked. */
const PAGES = fileURLToPath(new URL('../../pages/', import.meta.url));

/**
 * Slugs a content item of this type may not take because a fixed page already has that
 * address: every file in src/pages/<type>/ that is not a [parameter] route, plus `index`.
 */
function vasteSlugs(type: ContentType): Set<string> {
  const vast = new Set(['index']);
  const map = join(PAGES, CONTENT_TYPES[type].pagina);
  if (existsSync(map)) {
    for (const naam of readdirSync(map)) {
      if (naam.startsWith('[')) continue;
      vast.add(naam.replace(/\.(astro|ts|js|md|mdx|html)$/i, '').toLowerCase());
    }
  }
  return vast;
}

/** A slug that collides with a fixed route: the address that is taken and a free name to use instead. */
export function routeBotsing(type: ContentType, slug: string): { adres: string; voorstel: string } | undefined {
  if (!vasteSlugs(type).has(slug.toLowerCase())) return undefined;
  return { adres: `${CONTENT_TYPES[type].pad}${slug}/`, voorstel: `${slug}-${slugify(CONTENT_TYPES[type].enkelvoud)}` };
}

/**
 * Decodes a file as UTF-8. Returns undefined with one message for any other encoding: UTF-16
 * (Excel's and Notepad's "Unicode") and Windows-1252 / Latin-1 (older Word and Notepad).
 */
function leesUtf8(bestand: string, bytes: Uint8Array, meldingen: Melding[]): string | undefined {
  const hoe =
    'sla het bestand op als UTF-8 (in Kladblok of Visual Studio Code: Opslaan als, codering "UTF-8"; in Word: Platte tekst, Unicode (UTF-8))';
  const utf16 =
    (bytes[0] === 0xff && bytes[1] === 0xfe) ||
    (bytes[0] === 0xfe && bytes[1] === 0xff) ||
    (bytes.length >= 4 && bytes.subarray(0, 200).filter((b) => b === 0).length > bytes.subarray(0, 200).length / 4);
  if (utf16) {
    meldingen.push({ bestand, veld: '-', melding: `het bestand is opgeslagen als UTF-16 ("Unicode"), niet als UTF-8; ${hoe}` });
    return undefined;
  }
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    meldingen.push({
      bestand,
      veld: '-',
      melding: `het bestand is niet opgeslagen als UTF-8 (waarschijnlijk Windows-1252 of ANSI: letters als ë en € worden dan onleesbaar); ${hoe}`,
    });
    return undefined;
  }
}

export interface ContentOpties {
  /** Today and the vocabularies, passed to the schema factories. */
  context: SchemaContext;
}

export function valideerContent(root: string, opties: ContentOpties): ContentResultaat {
  const items: ContentItem[] = [];
  const meldingen: Melding[] = [];
  const schemas = new Map<ContentType, ReturnType<(typeof CONTENT_TYPES)[ContentType]['schema']>>();
  for (const [type, def] of Object.entries(CONTENT_TYPES) as [ContentType, (typeof CONTENT_TYPES)[ContentType]][]) {
    const map = join(root, def.map);
    if (!existsSync(map)) continue;
    schemas.set(type, def.schema(opties.context));
    const gezien = new Map<string, string>();
    for (const naam of readdirSync(map).sort()) {
      const pad = join(map, naam);
      const bestand = relative(root, pad).split('\\').join('/');
      // The build's glob (tinyglobby, dot: false) skips dot files; everything else is published.
      if (naam.startsWith('.')) continue;
      if (!/\.mdx?$/i.test(naam)) {
        meldingen.push({ bestand, veld: '-', melding: 'onbekend bestandstype; verwacht een .mdx-bestand' });
        continue;
      }
      const slug = naam.replace(/\.mdx?$/i, '');
      if (!/\.mdx$/.test(naam))
        meldingen.push({ bestand, veld: '-', melding: 'verkeerde extensie; verwacht .mdx (kleine letters)' });
      if (slug.startsWith('_')) {
        meldingen.push({
          bestand,
          veld: '-',
          melding: `een bestandsnaam die met _ begint wordt toch gepubliceerd; verwacht een naam zonder _, zoals "${slugify(slug) || 'mijn-titel'}.mdx" (een pagina die nog niet af is krijgt concept: true)`,
        });
      } else if (!SLUG_PATROON.test(slug)) {
        meldingen.push({
          bestand,
          veld: '-',
          melding: `ongeldige bestandsnaam "${slug}"; verwacht kleine letters, cijfers en streepjes, bijvoorbeeld "${slugify(slug) || 'mijn-titel'}.mdx"`,
        });
      }
      const botsing = routeBotsing(type, slug);
      if (botsing) {
        meldingen.push({
          bestand,
          veld: '-',
          melding: `de naam "${slug}" is al in gebruik door een vaste pagina (${botsing.adres}), dus deze pagina zou nooit verschijnen; verwacht een andere bestandsnaam, bijvoorbeeld "${botsing.voorstel}.mdx"`,
        });
      }
      const sleutel = slug.toLowerCase();
      const eerder = gezien.get(sleutel);
      if (eerder) {
        // On both files, so that `npm run check -- <one of them>` shows it too.
        meldingen.push({
          bestand,
          veld: '-',
          melding: `dubbele slug "${sleutel}": ${eerder} heeft dezelfde naam; verwacht een unieke bestandsnaam`,
        });
        meldingen.push({
          bestand: eerder,
          veld: '-',
          melding: `dubbele slug "${sleutel}": ${bestand} heeft dezelfde naam; verwacht een unieke bestandsnaam`,
        });
        continue;
      }
      gezien.set(sleutel, bestand);
      const tekst = leesUtf8(bestand, readFileSync(pad), meldingen);
      if (tekst === undefined) continue;
      const item = valideerBestand(type, bestand, tekst, meldingen, opties.context, schemas.get(type));
      if (item) items.push({ ...item, slug: sleutel });
    }
  }
  return { items, meldingen };
}

/** JJJJ-MM-DD minus whole months (day clamped to the month's length). */
export function maandenTerug(datum: string, maanden: number): string {
  const [y, m, d] = datum.split('-').map(Number) as [number, number, number];
  const doel = new Date(Date.UTC(y, m - 1 - maanden, 1));
  const laatste = new Date(Date.UTC(doel.getUTCFullYear(), doel.getUTCMonth() + 1, 0)).getUTCDate();
  doel.setUTCDate(Math.min(d, laatste));
  return doel.toISOString().slice(0, 10);
}

function valideerBestand(
  type: ContentType,
  bestand: string,
  tekst: string,
  meldingen: Melding[],
  context: SchemaContext,
  schema = CONTENT_TYPES[type].schema(context),
): ContentItem | undefined {
  const fm = leesFrontmatter(tekst);
  if (!fm.ok) {
    meldingen.push({ bestand, regel: fm.regel, kolom: fm.kolom, veld: '-', melding: fm.melding });
    return undefined;
  }
  const { data, regelVan, plekVan, body, bodyRegel } = fm.frontmatter;
  const tekstRegels = tekst.replace(/^\uFEFF/, '').split(/\r\n?|\n/);
  if (data === null || typeof data !== 'object' || Array.isArray(data)) {
    meldingen.push({
      bestand,
      regel: 2,
      veld: '-',
      melding: 'de frontmatter bevat geen velden; verwacht regels als "title: ..."',
    });
    return undefined;
  }
  const r = schema.safeParse(data);
  const plaatshouders = vindPlaatshouders(data);
  const isPlaatshouder = (pad: readonly PropertyKey[]) =>
    plaatshouders.some((p) => p.pad.length <= pad.length && p.pad.every((deel, i) => deel === pad[i]));
  const keuzes = new Map<string, string>();
  if (!r.success) {
    for (const iss of vertaalIssues(r.error.issues, data, (p) => veldenOp(schema, p))) {
      if (isPlaatshouder(iss.pad)) {
        const zonder = iss.melding.replace(/; gevonden: .*$/, '');
        const kies = /kies uit: .*/.exec(zonder)?.[0] ?? /(?:^|; )(verwacht .*)/.exec(zonder)?.[1];
        if (kies && !keuzes.has(veldNaam(iss.pad))) keuzes.set(veldNaam(iss.pad), kies);
        continue;
      }
      const { regel, kolom } = plekVan(iss.pad);
      // `aantal: 1.200` is read as 1.2: point out the Dutch thousands separator.
      const bron = tekstRegels[regel - 1] ?? '';
      const duizendtal = /:\s*(\d{1,3}(?:\.\d{3})+)\s*(?:#.*)?$/.exec(bron)?.[1];
      const extra =
        duizendtal && typeof waardeOp(data, iss.pad) === 'number' ? `; schrijf ${duizendtal.replace(/\./g, '')} zonder punt` : '';
      meldingen.push({
        bestand,
        regel,
        kolom,
        veld: veldNaam(iss.pad),
        melding: extra ? `${iss.melding.replace(/; gevonden: [\d.]+$/, '')}${extra}` : iss.melding,
      });
    }
  }
  for (const p of plaatshouders) {
    const veld = veldNaam(p.pad);
    const kies = keuzes.get(veld);
    meldingen.push({
      bestand,
      ...plekVan(p.pad),
      veld,
      melding: `nog niet ingevuld: vervang "${p.tekst}" door ${kies ? `de echte waarde; ${kies}` : 'de echte inhoud'}`,
    });
  }
  body.split('\n').forEach((regel, i) => {
    const k = regel.indexOf(PLAATSHOUDER);
    if (k >= 0) {
      meldingen.push({
        bestand,
        regel: bodyRegel + i,
        kolom: k + 1,
        veld: 'tekst',
        melding: `nog niet ingevuld: vervang "${regel.trim()}" door de echte tekst`,
      });
    }
  });
  if (body.trim() === '') {
    meldingen.push({
      bestand,
      regel: bodyRegel,
      veld: 'tekst',
      melding: 'de tekst is leeg; verwacht de tekst van de pagina onder de tweede regel met ---',
    });
  }
  const mdx = controleerMdx(body, bodyRegel - 1);
  for (const p of mdx.problemen) meldingen.push({ bestand, regel: p.regel, kolom: p.kolom, veld: 'tekst', melding: p.melding });
  if (r.success) meldingen.push(...versheid(bestand, r.data as Record<string, unknown>, plekVan, context));
  return {
    type,
    slug: '',
    bestand,
    data: (r.success ? r.data : data) as Record<string, unknown>,
    body,
    bodyRegel,
    links: mdx.links,
    regelVan,
  };
}

/** Warning (never an error) for an item whose last fact check is older than the term. */
function versheid(
  bestand: string,
  data: Record<string, unknown>,
  plekVan: (pad: readonly PropertyKey[]) => { regel: number; kolom: number },
  context: SchemaContext,
): Melding[] {
  const gecontroleerd = data.gecontroleerd;
  if (typeof gecontroleerd !== 'string') return [];
  const grens = maandenTerug(context.vandaag, CONTROLE_TERMIJN_MAANDEN);
  if (gecontroleerd >= grens) return [];
  return [
    {
      bestand,
      ...plekVan(['gecontroleerd']),
      veld: 'gecontroleerd',
      ernst: 'waarschuwing',
      melding: `laatst gecontroleerd op ${formatDatum(gecontroleerd)}, meer dan ${CONTROLE_TERMIJN_MAANDEN} maanden geleden; verwacht een nieuwe controle van de feiten tegen openbare bronnen, en daarna de datum van die controle bij gecontroleerd`,
    },
  ];
}

/** The marker `npm run nieuw` writes where an editor still has to fill something in. */
const PLAATSHOUDER = 'VUL IN';

function vindPlaatshouders(data: unknown, pad: PropertyKey[] = []): { pad: PropertyKey[]; tekst: string }[] {
  if (typeof data === 'string')
    return data.includes(PLAATSHOUDER) ? [{ pad, tekst: data.length > 80 ? `${data.slice(0, 77)}...` : data }] : [];
  if (Array.isArray(data)) return data.flatMap((d, i) => vindPlaatshouders(d, [...pad, i]));
  if (data !== null && typeof data === 'object') {
    return Object.entries(data as Record<string, unknown>).flatMap(([k, v]) => vindPlaatshouders(v, [...pad, k]));
  }
  return [];
}

/** Field names an object schema allows at a path, for "did you mean" suggestions. */
function veldenOp(schema: unknown, pad: PropertyKey[]): string[] {
  let s = schema as { shape?: Record<string, unknown>; def?: Record<string, unknown>; element?: unknown; unwrap?: () => unknown };
  const ontpak = (x: typeof s) => {
    for (let i = 0; i < 5 && x; i++) {
      if (x.shape || x.element) return x;
      if (x.unwrap) x = x.unwrap() as typeof s;
      else if (x.def && 'in' in x.def) x = x.def.out as typeof s;
      else break;
    }
    return x;
  };
  for (const p of pad) {
    s = ontpak(s);
    if (typeof p === 'number') s = (s?.element ?? (s?.def as { element?: unknown })?.element) as typeof s;
    else s = s?.shape?.[String(p)] as typeof s;
  }
  s = ontpak(s);
  return s?.shape ? Object.keys(s.shape) : [];
}
