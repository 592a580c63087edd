/**
 * `npm run nieuw`: a new file has every field, never overwrites, fails the check while
 * "VUL IN" is left in it (with a clear message per field) and passes once it is filled in.
 */
import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parse } from 'yaml';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { CONTENT_TYPES, type ContentType } from '../../../src/schemas/index.ts';
import { maakNieuw, sjabloon } from '../../../src/lib/validatie/nieuw.ts';
import { formatMelding, valideerAlles } from '../../../src/lib/validatie/index.ts';
import { REPO } from '../validatie/boom.ts';
import { THEMA_IDS } from '../../../src/schemas/referenties.ts';
import { leesSchemaContext } from '../../../src/lib/validatie/context.ts';

const VANDAAG = '2026-06-01';
let root: string;
beforeEach(() => {
  root = mkdtempSync(join(tmpdir(), 'ot-nieuw-'));
});
afterEach(() => {
  rmSync(root, { recursive: true, force: true });
});

/** What an editor would type in place of each "VUL IN", by field (last key on the path). */
const INVULLING: Record<string, string> = {
  themas: 'woningdelen',
  typeOplossing: 'woningdelen',
  gemeenten: 'GM0363',
  subsidie: 'geen',
  fase: 'gerealiseerd',
  categorie: 'taakstelling',
  startdatum: '2016-07',
  url: 'https://vng.nl/',
  waarde: '"6.250"',
};
const DOELGROEP: Record<ContentType, string> = {
  handreikingen: 'gemeente',
  factsheets: 'gemeente',
  vragen: '',
  voorbeelden: 'gezinnen',
};

/** Replaces every "VUL IN" the way an editor would: per field, keeping the YAML shape. */
function vulIn(tekst: string, type: ContentType): string {
  let sleutel = '';
  return tekst
    .split('\n')
    .map((regel) => {
      const k = /^\s*(?:- )?([A-Za-z]+):/.exec(regel);
      if (k) sleutel = k[1]!;
      if (!regel.includes('VUL IN') || regel.startsWith('# ')) return regel;
      if (regel.startsWith('## ')) return '## Aanpak';
      if (!/^\s|^[A-Za-z]+:/.test(regel)) return 'De tekst van de pagina.';
      const waarde = sleutel === 'doelgroep' ? DOELGROEP[type] : (INVULLING[sleutel] ?? '"Echte tekst"');
      return regel.replace(/"VUL IN[^"]*"|VUL IN/, waarde);
    })
    .join('\n');
}

const TYPES: [string, ContentType, string][] = [
  ['handreiking', 'handreikingen', 'Woningdelen in de praktijk'],
  ['factsheet', 'factsheets', 'Flexwonen in cijfers'],
  ['vraag', 'vragen', 'Wie betaalt de inrichting?'],
  ['voorbeeld', 'voorbeelden', "Tijdelijke woningen in 's-Hertogenbosch"],
];

describe('npm run nieuw', () => {
  for (const [invoer, type, titel] of TYPES) {
    describe(invoer, () => {
      it('maakt het bestand met een veilige naam, de titel en de datum van vandaag', () => {
        const r = maakNieuw({ root, type: invoer, titel, vandaag: VANDAAG });
        expect(r.ok).toBe(true);
        if (!r.ok) return;
        expect(r.bestand).toMatch(new RegExp(`^${CONTENT_TYPES[type].map}/[a-z0-9-]+\\.mdx$`));
        const tekst = readFileSync(join(root, r.bestand), 'utf8');
        const fm = parse(tekst.split('---\n')[1]!) as Record<string, unknown>;
        expect(fm.title).toBe(titel);
        expect(fm.publicatiedatum).toBe(VANDAAG);
      });

      it('noemt elk veld van het schema, met verplicht/optioneel en de keuzes', () => {
        const tekst = sjabloon(type, titel, VANDAAG, THEMA_IDS);
        const shape = (
          CONTENT_TYPES[type].schema(leesSchemaContext(REPO, VANDAAG)) as unknown as {
            def: { in?: { shape: object }; shape?: object };
          }
        ).def;
        const velden = Object.keys((shape.in ?? shape).shape ?? {});
        expect(velden.length).toBeGreaterThan(4);
        for (const veld of velden) expect(tekst, veld).toMatch(new RegExp(`^(# )?${veld}:`, 'm'));
        expect(tekst).toMatch(/^title: .*# \(verplicht\)/m);
        expect(tekst).toMatch(/^# laatstBijgewerkt: .*# \(optioneel\)/m);
      });

      it('faalt in de controle zolang er "VUL IN" in staat, met een melding per veld', () => {
        const r = maakNieuw({ root, type: invoer, titel, vandaag: VANDAAG });
        if (!r.ok) throw new Error(r.melding);
        const meldingen = valideerAlles(root, { vandaag: VANDAAG }).meldingen;
        const aantal = readFileSync(join(root, r.bestand), 'utf8')
          .split('\n')
          .filter((l) => l.includes('VUL IN') && !l.startsWith('# ')).length;
        expect(meldingen).toHaveLength(aantal);
        for (const m of meldingen) {
          expect(m.bestand).toBe(r.bestand);
          expect(m.regel).toBeGreaterThan(1);
          expect(m.melding).toMatch(/^nog niet ingevuld: vervang "(## )?VUL IN[^"]*" door de echte (waarde|inhoud|tekst)/);
        }
      });

      it('slaagt in de controle als de redacteur alles heeft ingevuld', () => {
        const r = maakNieuw({ root, type: invoer, titel, vandaag: VANDAAG });
        if (!r.ok) throw new Error(r.melding);
        const pad = join(root, r.bestand);
        writeFileSync(pad, vulIn(readFileSync(pad, 'utf8'), type));
        expect(valideerAlles(root, { vandaag: VANDAAG }).meldingen.map(formatMelding)).toEqual([]);
      });
    });
  }

  it('geeft per soort plaatshouder een duidelijke melding', () => {
    const r = maakNieuw({ root, type: 'voorbeeld', titel: 'Flexwoningen in Zwolle', vandaag: VANDAAG });
    if (!r.ok) throw new Error(r.melding);
    const m = valideerAlles(root, { vandaag: VANDAAG }).meldingen.map(formatMelding);
    const f = 'content/voorbeelden/flexwoningen-in-zwolle.mdx';
    expect(m).toContain(
      `${f}:22:5 — gemeenten[0]: nog niet ingevuld: vervang "VUL IN" door de echte waarde; verwacht een CBS-gemeentecode als GM gevolgd door vier cijfers, zoals GM0363`,
    );
    expect(m).toContain(
      `${f}:46:3 — contact.organisatie: nog niet ingevuld: vervang "VUL IN: naam van de organisatie" door de echte inhoud`,
    );
    expect(
      m.some((x) =>
        x.startsWith(
          `${f}:40:3 — status.fase: nog niet ingevuld: vervang "VUL IN" door de echte waarde; kies uit: in voorbereiding, gerealiseerd`,
        ),
      ),
    ).toBe(true);
  });

  it('weigert een naam die al van een vaste pagina is, zoals "Overzicht", en maakt niets', () => {
    const r = maakNieuw({ root, type: 'voorbeeld', titel: 'Overzicht', vandaag: VANDAAG });
    expect(r).toEqual({
      ok: false,
      melding:
        'de naam "overzicht" is al in gebruik door een vaste pagina (/goede-voorbeelden/overzicht/); kies een andere titel, of een eigen bestandsnaam met --slug overzicht-goed-voorbeeld',
    });
    const index = maakNieuw({ root, type: 'vraag', titel: 'Index', vandaag: VANDAAG });
    expect(!index.ok && index.melding).toContain('(/vragen/index/)');
    expect(readdirSync(root)).toEqual([]);
  });

  it('maakt een veilige bestandsnaam: accenten, apostroffen, leestekens', () => {
    const r = maakNieuw({
      root,
      type: 'vraag',
      titel: "Wat kost een café-woning in 's-Gravenhage & Súdwest-Fryslân?",
      vandaag: VANDAAG,
    });
    expect(r.ok && r.bestand).toBe('content/vragen/wat-kost-een-cafe-woning-in-s-gravenhage-en-sudwest-fryslan.mdx');
  });

  it('overschrijft nooit een bestaand bestand en stelt <slug>-2 voor', () => {
    mkdirSync(join(root, 'content/vragen'), { recursive: true });
    writeFileSync(join(root, 'content/vragen/wie-betaalt.mdx'), 'bestaand');
    const r = maakNieuw({ root, type: 'vraag', titel: 'Wie betaalt?', vandaag: VANDAAG });
    expect(r).toEqual({
      ok: false,
      melding:
        'content/vragen/wie-betaalt.mdx bestaat al en wordt niet overschreven; kies een andere titel, of een andere bestandsnaam met --slug wie-betaalt-2',
    });
    expect(readFileSync(join(root, 'content/vragen/wie-betaalt.mdx'), 'utf8')).toBe('bestaand');
    writeFileSync(join(root, 'content/vragen/wie-betaalt-2.mdx'), 'ook bestaand');
    const r3 = maakNieuw({ root, type: 'vraag', titel: 'Wie betaalt?', vandaag: VANDAAG });
    expect(!r3.ok && r3.melding).toContain('--slug wie-betaalt-3');
    const eigen = maakNieuw({ root, type: 'vraag', titel: 'Wie betaalt?', slug: 'wie-betaalt-de-inrichting', vandaag: VANDAAG });
    expect(eigen.ok && eigen.bestand).toBe('content/vragen/wie-betaalt-de-inrichting.mdx');
  });

  it('weigert een onbekend type, een lege titel en een ongeldige --slug', () => {
    expect(maakNieuw({ root, type: 'nieuwsbericht', titel: 'X' })).toEqual({
      ok: false,
      melding: 'onbekend type "nieuwsbericht"; kies uit: handreiking, factsheet, vraag, voorbeeld',
    });
    expect(maakNieuw({ root, type: 'vraag', titel: '  ' })).toEqual({
      ok: false,
      melding: 'de titel is leeg; verwacht een titel tussen aanhalingstekens, zoals "Woningdelen in de praktijk"',
    });
    expect(maakNieuw({ root, type: 'vraag', titel: 'Wie?', slug: 'Wie Betaalt' })).toEqual({
      ok: false,
      melding: 'ongeldige bestandsnaam "Wie Betaalt"; verwacht kleine letters, cijfers en streepjes, zoals "wie-betaalt"',
    });
  });

  it('waarschuwt als de titel van een vraag geen vraagteken heeft', () => {
    const r = maakNieuw({ root, type: 'vraag', titel: 'Wie betaalt de inrichting', vandaag: VANDAAG });
    expect(r.ok && r.waarschuwingen).toEqual([
      'de titel van een vraag moet eindigen op een vraagteken; pas de title aan in het bestand',
    ]);
  });

  it('werkt als opdracht: exitcode 0 bij succes, 1 met uitleg als het bestand al bestaat', () => {
    const env = { ...process.env, GITHUB_ACTIONS: '' };
    const args = ['scripts/nieuw.ts', '--root', root, 'handreiking', 'Woningdelen in de praktijk'];
    const eerste = spawnSync(process.execPath, args, { cwd: REPO, env, encoding: 'utf8' });
    expect(eerste.status).toBe(0);
    expect(eerste.stdout).toContain('Gemaakt: content/handreikingen/woningdelen-in-de-praktijk.mdx');
    const tweede = spawnSync(process.execPath, args, { cwd: REPO, env, encoding: 'utf8' });
    expect(tweede.status).toBe(1);
    expect(tweede.stderr).toContain(
      'Niet gemaakt: content/handreikingen/woningdelen-in-de-praktijk.mdx bestaat al en wordt niet overschreven',
    );
    const botsing = spawnSync(process.execPath, ['scripts/nieuw.ts', '--root', root, 'voorbeeld', 'Overzicht'], {
      cwd: REPO,
      env,
      encoding: 'utf8',
    });
    expect(botsing.status).toBe(1);
    expect(botsing.stderr).toContain(
      'Niet gemaakt: de naam "overzicht" is al in gebruik door een vaste pagina (/goede-voorbeelden/overzicht/)',
    );
  });
});
