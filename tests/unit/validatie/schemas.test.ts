/**
 * The schema factories judge against the context they are given: today, the themas, the
 * gemeenten per indeling and the herindelingen. Nothing is read from files or the environment.
 */
import { describe, expect, it } from 'vitest';
import { gemeenteOpDatum, type SchemaContext } from '../../../src/schemas/context.ts';
import { vraagSchema } from '../../../src/schemas/vraag.ts';
import { voorbeeldSchema } from '../../../src/schemas/voorbeeld.ts';
import { leesSchemaContext } from '../../../src/lib/validatie/context.ts';
import { REPO } from './boom.ts';

/** gecontroleerd optional here, so each case shows only its own rule; the switch itself is tested below. */
const CTX: SchemaContext = { ...leesSchemaContext(REPO, '2026-12-06'), gecontroleerdVerplicht: false };
const vraag = (extra: Record<string, unknown> = {}) => ({
  title: 'Wie is verantwoordelijk?',
  publicatiedatum: '2016-02-01',
  themas: ['procesverbetering'],
  categorie: 'taakstelling',
  kortAntwoord: 'De gemeente.',
  bronnen: [{ titel: 'Rijksoverheid', url: 'https://www.rijksoverheid.nl/' }],
  ...extra,
});
const fouten = (
  schema: { safeParse: (d: unknown) => { success: boolean; error?: { issues: { path: PropertyKey[]; message: string }[] } } },
  d: unknown,
) => (schema.safeParse(d).error?.issues ?? []).map((i) => `${i.path.join('.')}: ${i.message}`);

describe('gemeenten op een datum (data/gemeenten en data/herindelingen.json)', () => {
  it('Bussum bestaat in 2015, niet meer vanaf 1 januari 2016: opvolger Gooise Meren', () => {
    expect(gemeenteOpDatum(CTX, 'GM0381', '2015-06')).toEqual({ geldig: true });
    expect(gemeenteOpDatum(CTX, 'GM0381', '2016-01-01')).toEqual({
      geldig: false,
      reden: 'opgeheven',
      sinds: '2016-01-01',
      opvolger: 'GM1942',
    });
    expect(gemeenteOpDatum(CTX, 'GM1942', '2024-04')).toEqual({ geldig: true });
  });
  it('Meierijstad (2017) bestaat nog niet in 2016; een onbekende code is onbekend', () => {
    expect(gemeenteOpDatum(CTX, 'GM1948', '2016-06-01')).toEqual({ geldig: false, reden: 'nog-niet', vanaf: '2017-01-01' });
    expect(gemeenteOpDatum(CTX, 'GM1948', '2017-01')).toEqual({ geldig: true });
    expect(gemeenteOpDatum(CTX, 'GM9999', '2020-01-01')).toEqual({ geldig: false, reden: 'onbekend' });
  });
});

describe('vandaag komt uit de context', () => {
  it('dezelfde datum is toekomst of verleden, afhankelijk van de context', () => {
    const d = vraag({ publicatiedatum: '2026-12-07' });
    expect(fouten(vraagSchema(CTX), d)).toEqual([
      'publicatiedatum: deze datum ligt in de toekomst; verwacht een datum tot en met vandaag',
    ]);
    expect(fouten(vraagSchema({ ...CTX, vandaag: '2026-12-07' }), d)).toEqual([]);
  });

  it('een regeling is open tot en met haar einddatum, de dag erna is stand "open" een fout', () => {
    const d = vraag({ regeling: { naam: 'Regeling grote gezinnen', eindigt: '2026-10-15', stand: 'open' } });
    expect(fouten(vraagSchema({ ...CTX, vandaag: '2026-10-15' }), d)).toEqual([]);
    expect(fouten(vraagSchema({ ...CTX, vandaag: '2026-10-16' }), d)).toEqual([
      'regeling.stand: de regeling is geëindigd op 15 oktober 2026, maar staat nog op "open"; verwacht stand: gesloten, een tekst die zegt dat de regeling sinds 15 oktober 2026 gesloten is, en bij verder: waar de lezer nu terecht kan',
    ]);
    const dicht = vraag({
      regeling: {
        naam: 'Regeling grote gezinnen',
        eindigt: '2026-10-15',
        stand: 'gesloten',
        verder: { titel: 'Rijksoverheid', url: 'https://www.rijksoverheid.nl/' },
      },
    });
    expect(fouten(vraagSchema({ ...CTX, vandaag: '2026-10-16' }), dicht)).toEqual([]);
    expect(fouten(vraagSchema({ ...CTX, vandaag: '2026-10-01' }), dicht)).toEqual([
      'regeling.eindigt: de regeling staat op gesloten, maar eindigt ligt in de toekomst (15 oktober 2026); verwacht bij eindigt de dag waarop de regeling sloot',
    ]);
  });

  it('gecontroleerd wordt verplicht met één schakelaar', () => {
    expect(fouten(vraagSchema(CTX), vraag())).toEqual([]);
    expect(fouten(vraagSchema({ ...CTX, gecontroleerdVerplicht: undefined }), vraag())).toEqual([
      'gecontroleerd: verwacht een datum als JJJJ-MM-DD',
    ]);
    expect(fouten(vraagSchema({ ...CTX, gecontroleerdVerplicht: true }), vraag())).toEqual([
      'gecontroleerd: verwacht een datum als JJJJ-MM-DD',
    ]);
    expect(fouten(vraagSchema({ ...CTX, gecontroleerdVerplicht: true }), vraag({ gecontroleerd: '2026-12-06' }))).toEqual([]);
  });
});

describe('goed voorbeeld: regels tussen velden', () => {
  const voorbeeld = (extra: Record<string, unknown>) => ({
    title: 'Startblok',
    publicatiedatum: '2016-06-01',
    samenvatting: 'Samen wonen.',
    gemeenten: ['GM0363'],
    typeOplossing: 'studentenhuisvesting',
    doelgroep: ['jongeren'],
    subsidie: ['onbekend'],
    startdatum: '2016-06',
    status: { fase: 'gerealiseerd', datum: '2016-06-01', toelichting: 'Bewoond.' },
    lessen: ['Een les.'],
    contact: { organisatie: 'Lieven de Key' },
    bronnen: [{ titel: 'Platform31', url: 'https://www.platform31.nl/' }],
    ...extra,
  });
  it('een geplande start in de toekomst mag alleen "in voorbereiding"', () => {
    const gepland = {
      startdatum: '2027-03',
      status: { fase: 'in voorbereiding', datum: '2026-11', toelichting: 'Vergunning aangevraagd.' },
    };
    expect(fouten(voorbeeldSchema(CTX), voorbeeld(gepland))).toEqual([]);
    expect(fouten(voorbeeldSchema(CTX), voorbeeld({ ...gepland, status: { ...gepland.status, fase: 'gerealiseerd' } }))).toEqual([
      'startdatum: deze datum ligt in de toekomst; verwacht een datum tot en met vandaag, of fase "in voorbereiding" voor een geplande start',
      'status.datum: de stand (november 2026) ligt vóór de startdatum (maart 2027); verwacht een datum op of na de start, of fase "in voorbereiding"',
    ]);
  });
  it('een maand en een dag in dezelfde maand botsen niet', () => {
    expect(
      fouten(
        voorbeeldSchema(CTX),
        voorbeeld({ startdatum: '2016-06-15', status: { fase: 'gerealiseerd', datum: '2016-06', toelichting: 'x' } }),
      ),
    ).toEqual([]);
  });
});
