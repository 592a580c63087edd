/**
 * MDX is content, not code. The body of every content file is compiled with the compiler the
 * build uses (Sätteri's `mdxToJs`, with the options @astrojs/mdx passes), so a file the check
 * accepts also compiles in the build. Then its tree (mdast with MDX nodes, from the same parser)
 * is walked: no import/export, no JavaScript expressions except comments, only the components
 * the layout provides, and raw HTML only from an allow-list of harmless elements and attributes
 * without anything that runs or loads something.
 */
import { mdxToJs, mdxToMdast } from 'satteri';

/**
 * Components editors may use in MDX. The layouts pass none to `<Content />` today, so the list
 * is empty; a component added to the layout is added here too (and documented in docs/redactie.md).
 */
export const TOEGESTANE_ONDERDELEN: readonly string[] = [];

const TEKST = ['lang', 'title'] as const;

/** Raw HTML elements an editor may write, with the attributes each may carry (besides lang and title). */
export const TOEGESTANE_HTML: Readonly<Record<string, readonly string[]>> = {
  p: [],
  br: [],
  hr: [],
  strong: [],
  em: [],
  b: [],
  i: [],
  s: [],
  u: [],
  sub: [],
  sup: [],
  small: [],
  mark: [],
  abbr: [],
  q: [],
  cite: [],
  code: [],
  kbd: [],
  span: [],
  time: ['datetime'],
  h2: [],
  h3: [],
  h4: [],
  h5: [],
  h6: [],
  ul: [],
  ol: ['start', 'reversed'],
  li: [],
  dl: [],
  dt: [],
  dd: [],
  blockquote: [],
  table: [],
  caption: [],
  thead: [],
  tbody: [],
  tfoot: [],
  tr: [],
  th: ['scope', 'colspan', 'rowspan'],
  td: ['colspan', 'rowspan'],
  figure: [],
  figcaption: [],
  details: [],
  summary: [],
  a: ['href', 'hreflang'],
  img: ['src', 'alt', 'width', 'height'],
};

/** Why a dangerous element is refused, in a few words an editor understands. */
const WAAROM: Record<string, string> = {
  script: 'het voert code uit',
  style: 'opmaak hoort in de stylesheet van de site',
  iframe: 'het laadt een pagina van een andere site',
  frame: 'het laadt een pagina van een andere site',
  embed: 'het laadt inhoud van buiten de site',
  object: 'het laadt inhoud van buiten de site',
  form: 'het stuurt gegevens van bezoekers weg',
  input: 'het vraagt gegevens van bezoekers',
  button: 'het hoort bij een formulier',
  meta: 'het verandert hoe de browser de pagina behandelt, bijvoorbeeld een doorverwijzing',
  base: 'het verandert waar alle links van de pagina heen gaan',
  link: 'het laadt een bestand van buiten de tekst',
  video: 'het laadt media',
  audio: 'het laadt media',
  svg: 'het kan code en externe bestanden bevatten',
};

/** Options @astrojs/mdx passes to the compiler (features as in astro.config.mjs: gfm and smart punctuation on). */
const COMPILE_OPTIES = {
  features: { gfm: true, smartPunctuation: true },
  jsxImportSource: 'astro',
  elementAttributeNameCase: 'html',
} as const;

interface MdxProbleem {
  regel: number;
  kolom?: number | undefined;
  melding: string;
}

export interface MdxLink {
  url: string;
  regel: number;
  kolom?: number | undefined;
  soort: 'link' | 'afbeelding';
  alt?: string;
}

interface MdxResultaat {
  problemen: MdxProbleem[];
  links: MdxLink[];
}

interface Punt {
  line: number;
  column: number;
}
interface Knoop {
  type: string;
  name?: string | null;
  value?: unknown;
  url?: string;
  identifier?: string;
  alt?: string | null;
  attributes?: { type: string; name?: string; value?: unknown }[];
  position?: { start: Punt };
  children?: Knoop[];
}

const kort = (s: string, n = 60) => {
  const een = s.replace(/\s+/g, ' ').trim();
  return een.length > n ? `${een.slice(0, n - 1)}…` : een;
};

/** Only comments (`{/* … *\/}`) are allowed inside braces. */
function alleenCommentaar(expressie: string): boolean {
  return (
    expressie
      .replace(/\/\*[\s\S]*?\*\//g, '')
      .replace(/\/\/[^\n]*/g, '')
      .trim() === ''
  );
}

/** javascript:, vbscript: and data: URLs run code or hide content. */
function gevaarlijkAdres(url: string): boolean {
  // Browsers ignore whitespace and control characters inside a scheme ("java\tscript:").
  // eslint-disable-next-line no-control-regex -- matching control characters is the point here
  const schoon = url.replace(/[\u0000-\u0020]/g, '').toLowerCase();
  return /^(javascript|vbscript|data):/.test(schoon);
}

const extern = (url: string) => /^([a-z][a-z0-9+.-]*:)?\/\//i.test(url.trim());

/** The compiler's English error, in Dutch for editors. */
function mdxFoutNl(bericht: string): string {
  const tag = /closing tag for `<([^>`]+)>`/.exec(bericht);
  if (tag) return `de tag <${tag[1]}> wordt niet afgesloten`;
  const los = /Unexpected closing tag `<\/([^>`]+)>`/.exec(bericht);
  if (los) return `er staat een losse </${los[1]}> zonder begin`;
  if (/closing brace for `\{`/.test(bericht)) return 'er staat een { zonder bijbehorende }';
  if (/after `<`/.test(bericht)) return 'er staat een losse <';
  if (/parse expression/.test(bericht)) return 'de tekst tussen { en } is ongeldig';
  return `onverwachte opbouw (${bericht.replace(/\s*\(mdx[^)]*\)\s*$/, '')})`;
}

/**
 * Compiles and inspects one MDX body. `offset` is the number of file lines before the body,
 * so every line reported is the editor's own line in the file.
 */
export function controleerMdx(body: string, offset: number): MdxResultaat {
  const problemen: MdxProbleem[] = [];
  const links: MdxLink[] = [];
  try {
    mdxToJs(body, COMPILE_OPTIES);
  } catch (e) {
    const bericht = e instanceof Error ? e.message : String(e);
    const m = /^(\d+):(\d+):\s*(.*)$/s.exec(bericht);
    problemen.push({
      regel: m ? Number(m[1]) + offset : offset + 1,
      kolom: m ? Number(m[2]) : undefined,
      melding: `de tekst is geen geldige MDX: ${mdxFoutNl((m?.[3] ?? bericht).split('\n')[0]!)}; verwacht gewone tekst: schrijf \\{ of \\< als u het teken zelf bedoelt`,
    });
    return { problemen, links };
  }
  const boom = mdxToMdast(body, { features: COMPILE_OPTIES.features }) as Knoop;
  const plek = (k: Knoop) => ({ regel: (k.position?.start.line ?? 1) + offset, kolom: k.position?.start.column });
  const meld = (k: Knoop, melding: string) => problemen.push({ ...plek(k), melding });

  const adres = (k: Knoop, tag: string, attr: string, url: string) => {
    if (gevaarlijkAdres(url)) {
      meld(
        k,
        `het adres "${kort(url, 40)}" bij ${attr} van <${tag}> is niet toegestaan: javascript:- en data:-adressen voeren code uit of verbergen inhoud; verwacht een adres dat begint met https:// of met /`,
      );
      return false;
    }
    if (tag === 'img' && extern(url)) {
      meld(
        k,
        `de afbeelding "${kort(url, 60)}" staat op een andere site: de site laadt niets van andere sites; verwacht een afbeelding in public/afbeeldingen/, zoals /afbeeldingen/naam.jpg`,
      );
      return false;
    }
    return true;
  };

  const definities = new Map<string, string>();
  const verzamel = (k: Knoop): void => {
    if (k.type === 'definition' && typeof k.url === 'string') definities.set(String(k.identifier ?? '').toLowerCase(), k.url);
    for (const c of k.children ?? []) verzamel(c);
  };
  verzamel(boom);
  const loop = (k: Knoop): void => {
    switch (k.type) {
      case 'mdxjsEsm': {
        const code = String(k.value ?? '');
        const soort = /^\s*export\b/.test(code) ? 'export' : 'import';
        meld(
          k,
          `${soort} is niet toegestaan ("${kort(code)}"): een pagina is tekst, geen code; verwacht gewone tekst, koppen, lijsten, links en afbeeldingen`,
        );
        return;
      }
      case 'mdxFlowExpression':
      case 'mdxTextExpression': {
        const code = String(k.value ?? '');
        if (!alleenCommentaar(code)) {
          meld(
            k,
            `code tussen accolades is niet toegestaan ("{${kort(code, 40)}}"): een pagina is tekst, geen code; verwacht gewone tekst (schrijf \\{ als u het teken zelf bedoelt; commentaar {/* … */} mag wel)`,
          );
        }
        return;
      }
      case 'mdxJsxFlowElement':
      case 'mdxJsxTextElement': {
        const naam = k.name ?? '';
        if (naam === '') {
          meld(k, 'een leeg element <>…</> is niet toegestaan; verwacht gewone tekst');
        } else if (/^[A-Z]|\./.test(naam)) {
          if (!TOEGESTANE_ONDERDELEN.includes(naam)) {
            meld(
              k,
              `onbekend onderdeel <${naam}>: toegestane onderdelen: ${TOEGESTANE_ONDERDELEN.length ? TOEGESTANE_ONDERDELEN.join(', ') : 'geen (de opmaak biedt geen onderdelen aan)'}; verwacht gewone tekst, koppen, lijsten, links en afbeeldingen`,
            );
            return;
          }
        } else if (!(naam in TOEGESTANE_HTML)) {
          const waarom = WAAROM[naam.toLowerCase()];
          meld(
            k,
            `het HTML-element <${naam}> is niet toegestaan${waarom ? ` (${waarom})` : ''}; verwacht gewone tekst, of een van deze elementen: ${Object.keys(TOEGESTANE_HTML).join(', ')}`,
          );
          return;
        } else {
          const mag = [...TEKST, ...TOEGESTANE_HTML[naam]!];
          for (const a of k.attributes ?? []) {
            if (a.type !== 'mdxJsxAttribute') {
              meld(
                k,
                `code tussen accolades in <${naam}> is niet toegestaan; verwacht alleen gewone attributen zoals ${mag.join(', ')}`,
              );
              continue;
            }
            const attr = a.name ?? '';
            if (a.value !== null && a.value !== undefined && typeof a.value === 'object') {
              meld(
                k,
                `code tussen accolades bij ${attr} van <${naam}> is niet toegestaan; verwacht een waarde tussen aanhalingstekens`,
              );
              continue;
            }
            if (/^on/i.test(attr)) {
              meld(
                k,
                `het attribuut ${attr} op <${naam}> is niet toegestaan: on…-attributen voeren code uit; verwacht ${mag.length ? `alleen ${mag.join(', ')}` : 'geen attributen'}`,
              );
              continue;
            }
            if (!mag.includes(attr)) {
              const reden = attr.toLowerCase() === 'style' ? ': opmaak hoort in de stylesheet van de site' : '';
              meld(
                k,
                `het attribuut ${attr} op <${naam}> is niet toegestaan${reden}; verwacht ${mag.length ? `alleen ${mag.join(', ')}` : 'geen attributen'}`,
              );
              continue;
            }
            const waarde = typeof a.value === 'string' ? a.value : '';
            if ((attr === 'href' || attr === 'src') && adres(k, naam, attr, waarde)) {
              links.push({
                url: waarde,
                ...plek(k),
                soort: attr === 'src' ? 'afbeelding' : 'link',
                ...(naam === 'img' ? { alt: String((k.attributes ?? []).find((x) => x.name === 'alt')?.value ?? '') } : {}),
              });
            }
          }
        }
        break;
      }
      case 'definition': {
        // `[naam]: https://…` under the text: the target of [tekst][naam]; checked as a link.
        const url = typeof k.url === 'string' ? k.url : '';
        if (adres(k, 'a', 'href', url)) links.push({ url, ...plek(k), soort: 'link' });
        break;
      }
      case 'imageReference': {
        const url = definities.get(String(k.identifier ?? '').toLowerCase());
        if (url !== undefined) adres(k, 'img', 'src', url);
        break;
      }
      case 'link':
      case 'image': {
        const url = typeof k.url === 'string' ? k.url : '';
        const tag = k.type === 'image' ? 'img' : 'a';
        if (adres(k, tag, k.type === 'image' ? 'src' : 'href', url)) {
          links.push({
            url,
            ...plek(k),
            soort: k.type === 'image' ? 'afbeelding' : 'link',
            ...(k.type === 'image' ? { alt: k.alt ?? '' } : {}),
          });
        }
        break;
      }
    }
    for (const c of k.children ?? []) loop(c);
  };
  loop(boom);
  return { problemen, links };
}
