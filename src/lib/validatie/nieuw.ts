/**
 * `npm run nieuw -- <type> "<titel>"`: writes a new MDX file with every frontmatter field,
 * the required ones marked, the allowed values listed, and "VUL IN" where the editor still
 * has to write something. `npm run check` rejects every "VUL IN" until it is replaced.
 */
import { closeSync, existsSync, mkdirSync, openSync, readdirSync, writeSync } from 'node:fs';
import { join } from 'node:path';
import { CONTENT_TYPES, type ContentType } from '../../schemas/index.ts';
import { datumVan } from '../../schemas/context.ts';
import { DOELGROEPEN_ORGANISATIE, GECONTROLEERD_VERPLICHT } from '../../schemas/velden.ts';
import { DOELGROEPEN_VOORBEELD, STATUS_FASEN, SUBSIDIES } from '../../schemas/voorbeeld.ts';
import { KORT_ANTWOORD_MAX, VRAAG_CATEGORIEEN } from '../../schemas/vraag.ts';
import { SLUG_PATROON, slugify } from '../slug.ts';
import { routeBotsing } from './content.ts';
import { leesSchemaContext } from './context.ts';

/** What an editor may type as <type>, mapped to the content type. */
const TYPE_NAMEN: Record<string, ContentType> = {
  handreiking: 'handreikingen',
  handreikingen: 'handreikingen',
  factsheet: 'factsheets',
  factsheets: 'factsheets',
  vraag: 'vragen',
  vragen: 'vragen',
  voorbeeld: 'voorbeelden',
  voorbeelden: 'voorbeelden',
  'goed-voorbeeld': 'voorbeelden',
  'goede-voorbeelden': 'voorbeelden',
};

export interface NieuwOpties {
  root: string;
  type: string;
  titel: string;
  /** JJJJ-MM-DD; default today. */
  vandaag?: string;
  /** Own file name (without .mdx) instead of the one made from the title. */
  slug?: string;
}

export type NieuwResultaat =
  { ok: true; bestand: string; slug: string; type: ContentType; waarschuwingen: string[] } | { ok: false; melding: string };

const lijst = (xs: readonly string[]) => xs.join(', ');
const q = (s: string) => JSON.stringify(s);

function kop(enkelvoud: string): string {
  return [
    `# Nieuw: ${enkelvoud}. Vervang elke "VUL IN" en controleer daarna met: npm run check`,
    '# (verplicht) moet ingevuld zijn. (optioneel) mag weg. Regels die met # beginnen tellen niet mee:',
    '# haal de # weg om een optioneel veld te gebruiken. Uitleg: docs/redactie.md',
  ].join('\n');
}

function basisVelden(titel: string, datum: string, metThemas: boolean, THEMA_IDS: readonly string[]): string[] {
  return [
    `title: ${q(titel)} # (verplicht) de titel zoals bezoekers hem zien`,
    `publicatiedatum: ${datum} # (verplicht) JJJJ-MM-DD, niet in de toekomst`,
    `# laatstBijgewerkt: ${datum} # (optioneel) JJJJ-MM-DD, op of na de publicatiedatum`,
    GECONTROLEERD_VERPLICHT
      ? `gecontroleerd: ${datum} # (verplicht) JJJJ-MM-DD: wanneer u de feiten voor het laatst naliep tegen openbare bronnen`
      : `# gecontroleerd: ${datum} # (optioneel) JJJJ-MM-DD: wanneer u de feiten voor het laatst naliep tegen openbare bronnen`,
    '# wijziging: "Wat er veranderde, in één zin" # (optioneel) hoogstens 200 tekens, geschreven voor de lezer',
    '# regeling: # (optioneel) alleen bij een pagina over één regeling of regel die eindigt',
    '#   naam: "Naam van de regeling"',
    '#   eindigt: 2027-12-31 # laatste dag dat de regeling open is of geldt; mag in de toekomst liggen',
    '#   stand: open # open of gesloten: hoe de tekst de regeling beschrijft; open na de einddatum is een fout',
    '#   verder: # verplicht bij gesloten: waar de lezer nu terecht kan',
    '#     titel: "Titel van de pagina"',
    '#     url: https://www.rijksoverheid.nl/',
    '# concept: true # (optioneel) true = nog niet op de site tonen',
    ...(metThemas
      ? [`themas: # (verplicht) minstens één; kies uit: ${lijst(THEMA_IDS)}`, '  - VUL IN']
      : [`# themas: # (optioneel) extra thema's; kies uit: ${lijst(THEMA_IDS)}`, '#   - woningdelen']),
  ];
}

const BRONNEN_VERPLICHT = [
  'bronnen: # (verplicht) minstens één openbare bron',
  '  - titel: "VUL IN: titel van de bron, bijvoorbeeld: VNG, Handreiking huisvesting"',
  '    url: "VUL IN: volledig webadres dat begint met https://"',
  '    # datum: 2016-03-17 # (optioneel) datum van de bron, JJJJ-MM-DD',
];

const DOWNLOADS = [
  '# downloads: # (optioneel) bestanden om te downloaden; zet het bestand in public/downloads/',
  '#   - titel: "Stappenplan (pdf)"',
  '#     bestand: /downloads/stappenplan.pdf # kleine letters; pdf, xlsx, docx, odt, ods of csv',
];

function organisatieVelden(): string[] {
  return [
    'samenvatting: "VUL IN: waar gaat het over? Hoogstens 400 tekens" # (verplicht)',
    `doelgroep: # (verplicht) minstens één; kies uit: ${lijst(DOELGROEPEN_ORGANISATIE)}`,
    '  - VUL IN',
    'organisatie: "VUL IN: naam van de organisatie die dit uitgeeft" # (verplicht)',
  ];
}

const BODY_UITLEG = [
  '{/* Schrijf hieronder de tekst. Korte zinnen, taalniveau B1. Tussenkoppen met ## .',
  '    Link naar een pagina: [Woningdelen](/themas/woningdelen/) of [Amsterdam](/land-in-beeld/gemeente/gm0363/).',
  '    Afbeelding (bestand in public/afbeeldingen/): ![Korte beschrijving](/afbeeldingen/naam.jpg)',
  '    Dit commentaar mag blijven staan: bezoekers zien het niet. */}',
  '',
];

/** The full file text for a new item of this type. */
export function sjabloon(type: ContentType, titel: string, datum: string, THEMA_IDS: readonly string[]): string {
  const regels: string[] = ['---', kop(CONTENT_TYPES[type].enkelvoud)];
  let body: string[];
  switch (type) {
    case 'handreikingen':
      regels.push(
        ...basisVelden(titel, datum, true, THEMA_IDS),
        ...organisatieVelden(),
        ...DOWNLOADS,
        '# bronnen: # (optioneel) openbare bronnen',
        '#   - titel: "VNG, Handreiking huisvesting"',
        '#     url: https://vng.nl/',
      );
      body = ['## VUL IN: eerste tussenkop', '', 'VUL IN: de tekst van de handreiking.'];
      break;
    case 'factsheets':
      regels.push(
        ...basisVelden(titel, datum, true, THEMA_IDS),
        ...organisatieVelden(),
        'kerncijfers: # (verplicht) minstens één cijfer met omschrijving en bron',
        '  - label: "VUL IN: wat telt dit cijfer?"',
        '    waarde: "VUL IN: het cijfer, bijvoorbeeld 6.250 of € 6.250"',
        '    bron: "VUL IN: waar komt het cijfer vandaan?"',
        ...DOWNLOADS,
        ...BRONNEN_VERPLICHT,
      );
      body = ['## VUL IN: eerste tussenkop', '', 'VUL IN: de uitleg bij de cijfers.'];
      break;
    case 'vragen':
      regels.push(
        ...basisVelden(titel, datum, true, THEMA_IDS),
        `categorie: VUL IN # (verplicht) kies uit: ${lijst(VRAAG_CATEGORIEEN)}`,
        `kortAntwoord: "VUL IN: het antwoord in één of twee zinnen, hoogstens ${KORT_ANTWOORD_MAX} tekens" # (verplicht) te zien in lijsten en zoekresultaten`,
        ...BRONNEN_VERPLICHT,
      );
      body = ['VUL IN: het volledige antwoord.'];
      break;
    case 'voorbeelden':
      regels.push(
        ...basisVelden(titel, datum, false, THEMA_IDS),
        'samenvatting: "VUL IN: wat is er gedaan, waar en voor wie? Hoogstens 400 tekens" # (verplicht)',
        'gemeenten: # (verplicht) minstens één CBS-gemeentecode, zoals GM0363 voor Amsterdam (zie data/gemeenten/2026.json)',
        '  - VUL IN',
        `typeOplossing: VUL IN # (verplicht) het belangrijkste thema; kies uit: ${lijst(THEMA_IDS)}`,
        `doelgroep: # (verplicht) minstens één; kies uit: ${lijst(DOELGROEPEN_VOORBEELD)}`,
        '  - VUL IN',
        '# aantalWooneenheden: 24 # (optioneel) heel getal, zonder punt of aanhalingstekens',
        '# aantalVergunninghouders: 40 # (optioneel) heel getal, zonder punt of aanhalingstekens',
        '# eigenaar: "Naam van de eigenaar" # (optioneel)',
        '# beheerder: "Naam van de beheerder" # (optioneel)',
        '# partners: # (optioneel) organisaties die meewerken',
        '#   - "Naam van een partner"',
        '# kosten: # (optioneel) alle drie de regels zijn optioneel',
        '#   stichting: "€ 1,2 miljoen"',
        '#   exploitatie: "Sluitend binnen tien jaar"',
        '#   dekking: "Huur en subsidie"',
        `subsidie: # (verplicht) minstens één; kies uit: ${lijst(SUBSIDIES)}`,
        '  - VUL IN',
        'startdatum: "VUL IN: JJJJ-MM of JJJJ-MM-DD" # (verplicht) wanneer het project begon',
        'status: # (verplicht) de laatste stand van het project',
        `  fase: VUL IN # (verplicht) kies uit: ${lijst(STATUS_FASEN)}`,
        `  datum: ${datum} # (verplicht) datum van deze stand, JJJJ-MM-DD`,
        '  toelichting: "VUL IN: hoe staat het project er nu voor?" # (verplicht)',
        'lessen: # (verplicht) minstens één les voor andere gemeenten',
        '  - "VUL IN: een les"',
        'contact: # (verplicht) een organisatie, nooit de naam van een persoon',
        '  organisatie: "VUL IN: naam van de organisatie"',
        '  # website: https://www.voorbeeld.nl/ # (optioneel)',
        ...BRONNEN_VERPLICHT,
      );
      body = ['## VUL IN: eerste tussenkop', '', 'VUL IN: de beschrijving van het project.'];
      break;
  }
  return [...regels, '---', '', ...BODY_UITLEG, ...body, ''].join('\n');
}

/** Creates the file; never overwrites. */
export function maakNieuw(opties: NieuwOpties): NieuwResultaat {
  const type = TYPE_NAMEN[opties.type.trim().toLowerCase()];
  if (!type) {
    return { ok: false, melding: `onbekend type "${opties.type}"; kies uit: handreiking, factsheet, vraag, voorbeeld` };
  }
  const titel = opties.titel.trim().replace(/\s+/g, ' ');
  if (titel === '')
    return {
      ok: false,
      melding: 'de titel is leeg; verwacht een titel tussen aanhalingstekens, zoals "Woningdelen in de praktijk"',
    };
  if (titel.includes('VUL IN')) return { ok: false, melding: 'de titel bevat "VUL IN"; verwacht de echte titel' };
  if (opties.slug !== undefined && !SLUG_PATROON.test(opties.slug)) {
    return {
      ok: false,
      melding: `ongeldige bestandsnaam "${opties.slug}"; verwacht kleine letters, cijfers en streepjes, zoals "${slugify(opties.slug) || 'mijn-titel'}"`,
    };
  }
  const slug = opties.slug ?? slugify(titel);
  if (slug === '')
    return {
      ok: false,
      melding: `van de titel "${titel}" kan geen bestandsnaam worden gemaakt; verwacht letters of cijfers in de titel`,
    };
  const botsing = routeBotsing(type, slug);
  if (botsing) {
    return {
      ok: false,
      melding: `de naam "${slug}" is al in gebruik door een vaste pagina (${botsing.adres}); kies een andere titel, of een eigen bestandsnaam met --slug ${botsing.voorstel}`,
    };
  }
  const datum = opties.vandaag ?? datumVan();
  const map = join(opties.root, CONTENT_TYPES[type].map);
  const bezet = (s: string) =>
    existsSync(map) && readdirSync(map).some((f) => f.toLowerCase() === `${s}.mdx` || f.toLowerCase() === `${s}.md`);
  const bestand = `${CONTENT_TYPES[type].map}/${slug}.mdx`;
  if (bezet(slug)) {
    let n = 2;
    while (bezet(`${slug}-${n}`)) n++;
    return {
      ok: false,
      melding: `${bestand} bestaat al en wordt niet overschreven; kies een andere titel, of een andere bestandsnaam met --slug ${slug}-${n}`,
    };
  }
  mkdirSync(map, { recursive: true });
  // 'wx' fails if the file appeared in the meantime: never overwrite.
  const fd = openSync(join(opties.root, bestand), 'wx');
  try {
    writeSync(fd, sjabloon(type, titel, datum, leesSchemaContext(opties.root, datum).themaIds));
  } finally {
    closeSync(fd);
  }
  const waarschuwingen: string[] = [];
  if (type === 'vragen' && !titel.endsWith('?'))
    waarschuwingen.push('de titel van een vraag moet eindigen op een vraagteken; pas de title aan in het bestand');
  return { ok: true, bestand, slug, type, waarschuwingen };
}
