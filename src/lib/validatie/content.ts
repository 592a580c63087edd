/**
 * Validates every MDX file under content/ without building the site: frontmatter
 * against the schemas, file names, duplicate slugs, MDX syntax, internal links,
 * downloads and images. Used by `npm run check` and by the build, so they agree.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { mdxToMdast } from 'satteri';
import { CONTENT_TYPES, type ContentType } from '../../schemas/index.ts';
import { SLUG_PATROON, slugify } from '../slug.ts';
import { leesFrontmatter } from './frontmatter.ts';
import type { Melding } from './melding.ts';
import { vertaalIssues, veldNaam, waardeOp } from './zod-nl.ts';

export interface ContentItem {
  type: ContentType;
  slug: string;
  bestand: string;
  data: Record<string, unknown>;
  body: string;
  bodyRegel: number;
  /** Internal links and images found in the body, with their line. */
  links: { url: string; regel: number; soort: 'link' | 'afbeelding' | 'onderdeel'; alt?: string; naam?: string }[];
  /** Line in the file of a frontmatter field. */
  regelVan?: (pad: readonly PropertyKey[]) => number;
}

export interface ContentResultaat {
  items: ContentItem[];
  meldingen: Melding[];
}

export function valideerContent(root: string): ContentResultaat {
  const items: ContentItem[] = [];
  const meldingen: Melding[] = [];
  for (const [type, def] of Object.entries(CONTENT_TYPES) as [ContentType, (typeof CONTENT_TYPES)[ContentType]][]) {
    const map = join(root, def.map);
    if (!existsSync(map)) continue;
    const gezien = new Map<string, string>();
    for (const naam of readdirSync(map).sort()) {
      const pad = join(map, naam);
      const bestand = relative(root, pad).split('\\').join('/');
      if (naam.startsWith('.') || naam.startsWith('_')) continue;
      if (!/\.mdx?$/i.test(naam)) {
        meldingen.push({ bestand, veld: '-', melding: 'onbekend bestandstype; verwacht een .mdx-bestand' });
        continue;
      }
      const slug = naam.replace(/\.mdx?$/i, '');
      if (!/\.mdx$/.test(naam)) meldingen.push({ bestand, veld: '-', melding: 'verkeerde extensie; verwacht .mdx (kleine letters)' });
      if (!SLUG_PATROON.test(slug)) {
        meldingen.push({
          bestand,
          veld: '-',
          melding: `ongeldige bestandsnaam "${slug}"; verwacht kleine letters, cijfers en streepjes, bijvoorbeeld "${slugify(slug) || 'mijn-titel'}.mdx"`,
        });
      }
      const sleutel = slug.toLowerCase();
      const eerder = gezien.get(sleutel);
      if (eerder) {
        meldingen.push({ bestand, veld: '-', melding: `dubbele slug "${sleutel}": ${eerder} heeft dezelfde naam; verwacht een unieke bestandsnaam` });
        continue;
      }
      gezien.set(sleutel, bestand);
      const item = valideerBestand(type, bestand, readFileSync(pad, 'utf8'), meldingen);
      if (item) items.push({ ...item, slug: sleutel });
    }
  }
  return { items, meldingen };
}

export function valideerBestand(type: ContentType, bestand: string, tekst: string, meldingen: Melding[]): ContentItem | undefined {
  const fm = leesFrontmatter(tekst);
  if (!fm.ok) {
    meldingen.push({ bestand, regel: fm.regel, veld: '-', melding: fm.melding });
    return undefined;
  }
  const { data, regelVan, body, bodyRegel } = fm.frontmatter;
  const tekstRegels = tekst.replace(/^\uFEFF/, '').split(/\r\n?|\n/);
  const schema = CONTENT_TYPES[type].schema;
  if (data === null || typeof data !== 'object' || Array.isArray(data)) {
    meldingen.push({ bestand, regel: 2, veld: '-', melding: 'de frontmatter bevat geen velden; verwacht regels als "title: ..."' });
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
      const regel = regelVan(iss.pad);
      // `aantal: 1.200` is read as 1.2: point out the Dutch thousands separator.
      const bron = tekstRegels[regel - 1] ?? '';
      const duizendtal = /:\s*(\d{1,3}(?:\.\d{3})+)\s*(?:#.*)?$/.exec(bron)?.[1];
      const extra = duizendtal && typeof waardeOp(data, iss.pad) === 'number' ? `; schrijf ${duizendtal.replace(/\./g, '')} zonder punt` : '';
      meldingen.push({ bestand, regel, veld: veldNaam(iss.pad), melding: extra ? `${iss.melding.replace(/; gevonden: [\d.]+$/, '')}${extra}` : iss.melding });
    }
  }
  for (const p of plaatshouders) {
    const veld = veldNaam(p.pad);
    const kies = keuzes.get(veld);
    meldingen.push({
      bestand,
      regel: regelVan(p.pad),
      veld,
      melding: `nog niet ingevuld: vervang "${p.tekst}" door ${kies ? `de echte waarde; ${kies}` : 'de echte inhoud'}`,
    });
  }
  body.split('\n').forEach((regel, i) => {
    if (regel.includes(PLAATSHOUDER)) {
      meldingen.push({ bestand, regel: bodyRegel + i, veld: 'tekst', melding: `nog niet ingevuld: vervang "${regel.trim()}" door de echte tekst` });
    }
  });
  if (body.trim() === '') {
    meldingen.push({ bestand, regel: bodyRegel, veld: 'tekst', melding: 'de tekst is leeg; verwacht de tekst van de pagina onder de tweede regel met ---' });
  }
  const links: ContentItem['links'] = [];
  try {
    const boom = mdxToMdast(body) as MdastNode;
    verzamelLinks(boom, links, bodyRegel - 1);
  } catch (e) {
    const bericht = e instanceof Error ? e.message : String(e);
    const m = /^(\d+):(\d+):\s*(.*)$/s.exec(bericht);
    const regel = m ? Number(m[1]) + bodyRegel - 1 : bodyRegel;
    meldingen.push({
      bestand,
      regel,
      veld: 'tekst',
      melding: `de tekst is geen geldige MDX: ${mdxFoutNl((m?.[3] ?? bericht).split('\n')[0]!)}; verwacht gewone tekst: schrijf \\{ of \\< als u het teken zelf bedoelt`,
    });
  }
  return { type, slug: '', bestand, data: (r.success ? r.data : data) as Record<string, unknown>, body, bodyRegel, links, regelVan };
}

/** The marker `npm run nieuw` writes where an editor still has to fill something in. */
export const PLAATSHOUDER = 'VUL IN';

function vindPlaatshouders(data: unknown, pad: PropertyKey[] = []): { pad: PropertyKey[]; tekst: string }[] {
  if (typeof data === 'string') return data.includes(PLAATSHOUDER) ? [{ pad, tekst: data.length > 80 ? `${data.slice(0, 77)}...` : data }] : [];
  if (Array.isArray(data)) return data.flatMap((d, i) => vindPlaatshouders(d, [...pad, i]));
  if (data !== null && typeof data === 'object') {
    return Object.entries(data as Record<string, unknown>).flatMap(([k, v]) => vindPlaatshouders(v, [...pad, k]));
  }
  return [];
}

/** The MDX parser's English errors, in Dutch for editors. */
export function mdxFoutNl(bericht: string): string {
  const tag = /closing tag for `<([^>`]+)>`/.exec(bericht);
  if (tag) return `de tag <${tag[1]}> wordt niet afgesloten`;
  const los = /Unexpected closing tag `<\/([^>`]+)>`/.exec(bericht);
  if (los) return `er staat een losse </${los[1]}> zonder begin`;
  if (/closing brace for `\{`/.test(bericht)) return 'er staat een { zonder bijbehorende }';
  if (/after `<`/.test(bericht)) return 'er staat een losse <';
  if (/parse expression/.test(bericht)) return 'de tekst tussen { en } is ongeldig';
  return `onverwachte opbouw (${bericht.replace(/\s*\(mdx[^)]*\)\s*$/, '')})`;
}

interface MdastNode {
  type: string;
  name?: string | null;
  attributes?: { type: string; name?: string; value?: unknown }[];
  url?: string;
  alt?: string | null;
  position?: { start: { line: number } };
  children?: MdastNode[];
}

function verzamelLinks(node: MdastNode, uit: ContentItem['links'], offset: number): void {
  if ((node.type === 'link' || node.type === 'image') && node.url) {
    uit.push({
      url: node.url,
      regel: (node.position?.start.line ?? 1) + offset,
      soort: node.type === 'image' ? 'afbeelding' : 'link',
      ...(node.type === 'image' ? { alt: node.alt ?? '' } : {}),
    });
  }
  if ((node.type === 'mdxJsxFlowElement' || node.type === 'mdxJsxTextElement') && node.name) {
    const regel = (node.position?.start.line ?? 1) + offset;
    if (/^[A-Z]/.test(node.name)) uit.push({ url: '', regel, soort: 'onderdeel', naam: node.name });
    for (const a of node.attributes ?? []) {
      if ((a.name === 'href' || a.name === 'src') && typeof a.value === 'string') {
        uit.push({ url: a.value, regel, soort: a.name === 'src' ? 'afbeelding' : 'link' });
      }
    }
  }
  for (const c of node.children ?? []) verzamelLinks(c, uit, offset);
}

/** Field names an object schema allows at a path, for "did you mean" suggestions. */
function veldenOp(schema: unknown, pad: PropertyKey[]): string[] {
  let s = schema as { shape?: Record<string, unknown>; def?: Record<string, unknown>; element?: unknown; unwrap?: () => unknown };
  const ontpak = (x: typeof s) => {
    for (let i = 0; i < 5 && x; i++) {
      if (x.shape) return x;
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
