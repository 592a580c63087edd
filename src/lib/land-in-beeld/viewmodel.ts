/**
 * The view model of Land in beeld: everything a monitor page shows, computed once per build
 * from the validated monitor model and the Land in beeld data (national series, public reports,
 * vrijstellingen, toezicht, uitruil). Pages and components only render it. Pure: `vandaag` is
 * passed in; no Astro, no file access (see `src/data/monitor.ts` for the memoised build).
 */
import { formatDatum, formatGetal, formatMaand } from '../format.ts';
import { periodeLabel, periodeVanDatum, vergelijkPerioden, vorigePeriode } from '../monitor/periode.ts';
import type { MonitorModel, SnapshotOverzicht } from '../monitor/model.ts';
import { slugify } from '../slug.ts';
import { pad } from '../routes.ts';
import type { LandInBeeldData } from './laden.ts';
import { berekenAandelen } from './aandeel.ts';
import { maandreeks, type MaandreeksVM } from './maandreeks.ts';
import type { ReeksBron, ReeksCijfer, ReeksPeriode } from '../../schemas/data/landelijke-reeks.ts';
import type { BronVerwijzing } from '../../schemas/data/meldingen.ts';

/** First period for which we compute shares per gemeente (current indeling, CBS 1 January 2024). */
const EERSTE_BEREKENDE_PERIODE = '2024-I';
const HUIDIGE_INDELING = '2026';
const INWONERS_JAAR = '2024';
/** Below this computed share, one household more or less changes the picture. */
export const KLEIN_AANTAL = 10;

const ZEKERHEID_TEKST: Record<ReeksPeriode['zekerheid'], string> = {
  officieel: 'officiële bron',
  pers: 'uit de pers',
  onzeker: 'onzeker: rust op één secundaire bron',
  onbekend: 'onbekend',
};

export interface BronVM {
  /** "NRC, 3 juni 2016" — what a visitor reads as link text. */
  readonly label: string;
  readonly titel: string | null;
  readonly url: string | null;
}

export interface CijferVM {
  readonly aantal: number;
  /** "ruim 17.000" */
  readonly tekst: string;
  readonly bron: BronVM;
  /** Date the figure was announced or holds for, formatted; null when not known. */
  readonly datum: string | null;
  /** "stand op 1 juni 2016" when the figure is not the end of the period. */
  readonly peildatum: string | null;
}

export interface ReeksRegelVM {
  readonly periode: string;
  readonly label: string;
  readonly prognose: CijferVM | null;
  readonly vastgesteld: CijferVM | null;
  readonly bijgesteld: CijferVM | null;
  /** The netto taakstelling that applies: bijgesteld, else vastgesteld. */
  readonly netto: CijferVM | null;
  readonly achterstandBegin: CijferVM | null;
  readonly opgave: CijferVM | null;
  readonly realisatie: CijferVM | null;
  readonly gemeentenVoldaan: { readonly tekst: string; readonly bron: BronVM } | null;
  readonly zekerheid: ReeksPeriode['zekerheid'];
  readonly zekerheidTekst: string;
  readonly toelichting: string;
  readonly huidig: boolean;
}

export interface AandeelVM {
  readonly periode: string;
  readonly label: string;
  /** The national netto figure the share is computed from. */
  readonly landelijk: CijferVM | null;
  /** Computed share (berekend, indicatie); null when the national figure is not known. */
  readonly aandeel: number | null;
  readonly zekerheid: ReeksPeriode['zekerheid'];
  readonly vrijgesteld: boolean;
  /** Taken over (+) or given up (−) through a regional uitruil; included in `aandeel`; 0 when none. */
  readonly uitruil: number;
}

export interface PubliekeMeldingVM {
  readonly code: string;
  readonly naam: string;
  readonly periodeLabel: string;
  readonly taak: number | null;
  readonly basis: string | null;
  readonly realisatie: number | null;
  readonly peildatum: string | null;
  /** "gemeld door NU.nl, op juli 2022" parts. */
  readonly door: string;
  readonly op: string | null;
  readonly url: string;
  readonly toelichting: string | null;
}

interface ToezichtVM {
  readonly periodeLabel: string;
  readonly oordeel: string;
  readonly trede: string | null;
  readonly bron: BronVM;
  readonly toelichting: string | null;
}

interface VrijstellingVM {
  readonly periode: string;
  readonly periodeLabel: string;
  readonly reden: string;
  readonly bron: BronVM;
}

/** What a gemeente page shows of the example data 2015–2016, computed once. */
interface GemeenteVoorbeeldVM {
  /** Monthly series per periode with at least two known months. */
  readonly maandreeksen: readonly MaandreeksVM[];
  /** Achterstand (> 0) or voorsprong (< 0) at the start and the end of each periode. */
  readonly achterstandPunten: readonly { readonly label: string; readonly achterstand: number | null }[];
  /** Housed per 100.000 inhabitants at the last stand: gemeente, its provincie and the nation. */
  readonly vergelijk: {
    readonly peildatum: string;
    readonly gemeente: number;
    readonly provincie: number | null;
    readonly nederland: number | null;
  } | null;
}

export interface GemeenteVM {
  readonly code: string;
  readonly naam: string;
  readonly provincie: string;
  /** In the current indeling (2026)? Only then are shares computed. */
  readonly huidig: boolean;
  readonly inwoners2024: number | null;
  /** From 2024-I to the current period, oldest first (empty when not in the current indeling). */
  readonly aandelen: readonly AandeelVM[];
  /** The newest computed share with a known national figure. */
  readonly nieuwsteAandeel: AandeelVM | null;
  /** One sentence answering "how many must we house?"; null outside the current indeling. */
  readonly openingszin: string | null;
  readonly kleinAantal: boolean;
  readonly meldingen: readonly PubliekeMeldingVM[];
  readonly toezicht: readonly ToezichtVM[];
  readonly vrijstellingen: readonly VrijstellingVM[];
  /** Example data 2015–2016, when this code had a taakstelling then. */
  readonly voorbeeld: GemeenteVoorbeeldVM | null;
}

export interface ProvincieVM {
  readonly code: string;
  readonly naam: string;
  readonly slug: string;
  /** Gemeenten of the current indeling in this provincie, by name. */
  readonly gemeenten: readonly string[];
  /** Sum of the computed shares per period (same periods as a gemeente). */
  readonly aandelen: readonly AandeelVM[];
  readonly meldingen: readonly PubliekeMeldingVM[];
  /** Example data 2015–2016 at the last stand of the example period with monthly figures. */
  readonly voorbeeld: MaandreeksVM | null;
}

export interface LandInBeeldVM {
  readonly vandaag: string;
  readonly huidigePeriode: string;
  readonly huidigeLabel: string;
  /** 2015-I … current period, oldest first. */
  readonly reeks: readonly ReeksRegelVM[];
  readonly huidig: ReeksRegelVM | null;
  /** Newest period with a known national netto figure. */
  readonly nieuwsteBekend: ReeksRegelVM | null;
  /** Periods with computed shares (2024-I … current). */
  readonly berekendePerioden: readonly string[];
  readonly gemeenten: ReadonlyMap<string, GemeenteVM>;
  readonly provincies: ReadonlyMap<string, ProvincieVM>;
  readonly landelijkVoorbeeld: MaandreeksVM | null;
  /** Herindelingen with their sources and parts, for the sentences on gemeente pages. */
  readonly herindelingen: LandInBeeldData['herindelingen'];
  /** The map of the current indeling: a link, a name and a provincie per gemeente code (stable objects, so map caches work). */
  readonly kaart: {
    readonly links: Readonly<Record<string, string>>;
    readonly namen: Readonly<Record<string, string>>;
    readonly groepen: Readonly<Record<string, string>>;
  };
  /** Monthly series of every example stand (national and per provincie), by snapshot key `YYYY-MM`. */
  readonly voorbeeldStanden: ReadonlyMap<
    string,
    { readonly landelijk: MaandreeksVM; readonly perProvincie: ReadonlyMap<string, MaandreeksVM>; readonly bron: BronVM | null }
  >;
}

// ---------------------------------------------------------------------------------------------

/** "2016-06-03" → "3 juni 2016"; "2017-04" → "april 2017"; "2018" → "2018". */
function deelDatumTekst(d: string | null | undefined): string | null {
  if (!d) return null;
  if (/^\d{4}$/.test(d)) return d;
  if (/^\d{4}-\d{2}$/.test(d)) return formatMaand(`${d}-01`);
  return formatDatum(d);
}

function bronVM(b: { uitgever: string; datum: string | null; url: string | null; titel?: string }): BronVM {
  const datum = deelDatumTekst(b.datum);
  return { label: datum ? `${b.uitgever}, ${datum}` : b.uitgever, titel: b.titel ?? null, url: b.url };
}

function cijferVM(c: ReeksCijfer | null, bronnen: Readonly<Record<string, ReeksBron>>): CijferVM | null {
  if (!c) return null;
  const bron = bronnen[c.bron]!;
  return {
    aantal: c.aantal,
    tekst: `${c.benadering ? `${c.benadering} ` : ''}${formatGetal(c.aantal)}`,
    bron: bronVM(bron),
    datum: deelDatumTekst(c.datum ?? bron.datum),
    peildatum: c.peildatum ? `stand ${/^\d{4}-\d{2}-\d{2}$/.test(c.peildatum) ? 'op ' : ''}${deelDatumTekst(c.peildatum)}` : null,
  };
}

function meldingVM(m: LandInBeeldData['meldingen'][number], naam: string): PubliekeMeldingVM {
  const jaar = /^\d{4}$/.test(m.periode);
  return {
    code: m.code,
    naam,
    periodeLabel: jaar ? `heel ${m.periode}` : periodeLabel(m.periode),
    taak: m.taak,
    basis: m.basis,
    realisatie: m.realisatie,
    peildatum: deelDatumTekst(m.peildatum),
    door: m.bron.uitgever,
    op: deelDatumTekst(m.bron.datum),
    url: m.bron.url,
    toelichting: m.toelichting,
  };
}

const verwijzing = (b: BronVerwijzing): BronVM => bronVM(b);

/** The sentence that opens a gemeente page of the current indeling. */
export function openingszin(naam: string, huidigLabel: string, huidigBekend: boolean, a: AandeelVM | null): string {
  if (!a || a.aandeel === null || !a.landelijk) {
    return `Voor ${naam} kunnen wij nog geen taakstelling berekenen: het landelijke aantal is voor geen enkele periode sinds 2024 bekend.`;
  }
  const onzeker = a.zekerheid === 'onzeker' ? ' (dat landelijke getal is onzeker)' : '';
  const nu = a.label === huidigLabel || huidigBekend ? '' : `; het cijfer voor de ${huidigLabel} is nog niet bekend`;
  return `${naam} ${a.label === huidigLabel ? 'moet' : 'moest'} in de ${a.label} ongeveer ${formatGetal(a.aandeel)} ${a.aandeel === 1 ? 'vergunninghouder' : 'vergunninghouders'} huisvesten: berekend (indicatie) als deel van de landelijke ${a.landelijk.tekst}${onzeker}, naar het aantal inwoners${nu}.`;
}

export interface BouwInvoer {
  readonly monitor: MonitorModel;
  readonly data: LandInBeeldData;
  /** Today, JJJJ-MM-DD; decides the current period. */
  readonly vandaag: string;
}

export function bouwLandInBeeld({ monitor, data, vandaag }: BouwInvoer): LandInBeeldVM {
  const huidigePeriode = periodeVanDatum(vandaag);
  const bronnen = data.reeks.bronnen;
  const reeks: ReeksRegelVM[] = data.reeks.perioden
    .filter((p) => vergelijkPerioden(p.periode, huidigePeriode) <= 0)
    .map((p) => {
      const bijgesteld = cijferVM(p.bijgesteld, bronnen);
      const vastgesteld = cijferVM(p.vastgesteld, bronnen);
      return {
        periode: p.periode,
        label: periodeLabel(p.periode),
        prognose: cijferVM(p.prognose, bronnen),
        vastgesteld,
        bijgesteld,
        netto: bijgesteld ?? vastgesteld,
        achterstandBegin: cijferVM(p.achterstandBegin, bronnen),
        opgave: cijferVM(p.opgave, bronnen),
        realisatie: cijferVM(p.realisatie, bronnen),
        gemeentenVoldaan: p.gemeentenVoldaan
          ? { tekst: p.gemeentenVoldaan.tekst, bron: bronVM(bronnen[p.gemeentenVoldaan.bron]!) }
          : null,
        zekerheid: p.zekerheid,
        zekerheidTekst: ZEKERHEID_TEKST[p.zekerheid],
        toelichting: p.toelichting,
        huidig: p.periode === huidigePeriode,
      };
    });
  const huidig = reeks.find((r) => r.huidig) ?? null;
  const nieuwsteBekend = [...reeks].reverse().find((r) => r.netto !== null) ?? null;
  const huidigeLabel = periodeLabel(huidigePeriode);

  // Computed shares, current indeling, CBS 1-1-2024.
  const indeling = monitor.indelingen.get(HUIDIGE_INDELING);
  const huidigeGemeenten = indeling?.gemeenten ?? [];
  const inwoners = huidigeGemeenten.map((g) => ({
    code: g.code,
    inwoners: monitor.gemeenten.get(g.code)?.inwoners[INWONERS_JAAR] ?? 0,
  }));
  const berekend = reeks.filter((r) => vergelijkPerioden(r.periode, EERSTE_BEREKENDE_PERIODE) >= 0);
  const vrijPerPeriode = new Map<string, Set<string>>();
  for (const v of data.vrijstellingen)
    (vrijPerPeriode.get(v.periode) ?? vrijPerPeriode.set(v.periode, new Set()).get(v.periode)!).add(v.code);
  // Regional uitruil: what one gemeente takes over another gives up (validated: the sum per agreement is 0).
  const uitruilPerPeriode = new Map<string, Map<string, number>>();
  for (const u of data.uitruil) {
    const per = uitruilPerPeriode.get(u.periode) ?? uitruilPerPeriode.set(u.periode, new Map()).get(u.periode)!;
    for (const m of u.mutaties) per.set(m.code, (per.get(m.code) ?? 0) + m.aantal);
  }
  const uitruilVan = (periode: string, code: string) => uitruilPerPeriode.get(periode)?.get(code) ?? 0;
  const aandelenPerPeriode = new Map<string, Map<string, number> | null>(
    berekend.map((r) => {
      if (!r.netto || !inwoners.every((i) => i.inwoners > 0)) return [r.periode, null];
      const basis = berekenAandelen(r.netto.aantal, inwoners, vrijPerPeriode.get(r.periode));
      return [r.periode, new Map([...basis].map(([code, n]) => [code, n + uitruilVan(r.periode, code)]))];
    }),
  );

  const naamVan = (code: string) => monitor.gemeenten.get(code)?.naam ?? monitor.provincies.get(code)?.naam ?? code;
  const huidigeCodes = new Set(huidigeGemeenten.map((g) => g.code));
  const gemeenten = new Map<string, GemeenteVM>();
  for (const g of monitor.gemeenten.values()) {
    const isHuidig = huidigeCodes.has(g.code);
    const aandelen: AandeelVM[] = isHuidig
      ? berekend.map((r) => ({
          periode: r.periode,
          label: r.label,
          landelijk: r.netto,
          aandeel: aandelenPerPeriode.get(r.periode)?.get(g.code) ?? null,
          zekerheid: r.zekerheid,
          vrijgesteld: vrijPerPeriode.get(r.periode)?.has(g.code) ?? false,
          uitruil: uitruilVan(r.periode, g.code),
        }))
      : [];
    const nieuwste = [...aandelen].reverse().find((a) => a.aandeel !== null) ?? null;
    gemeenten.set(g.code, {
      code: g.code,
      naam: g.naam,
      provincie: g.provincie,
      huidig: isHuidig,
      inwoners2024: g.inwoners[INWONERS_JAAR] ?? null,
      aandelen,
      nieuwsteAandeel: nieuwste,
      openingszin: isHuidig ? openingszin(g.naam, huidigeLabel, huidig?.netto != null, nieuwste) : null,
      kleinAantal: nieuwste?.aandeel != null && nieuwste.aandeel < KLEIN_AANTAL,
      meldingen: data.meldingen.filter((m) => m.code === g.code).map((m) => meldingVM(m, g.naam)),
      toezicht: data.toezicht
        .filter((t) => t.code === g.code)
        .map((t) => ({
          periodeLabel: periodeLabel(t.periode),
          oordeel: t.oordeel,
          trede: t.trede,
          bron: verwijzing(t.bron),
          toelichting: t.toelichting,
        })),
      vrijstellingen: data.vrijstellingen
        .filter((v) => v.code === g.code)
        .map((v) => ({ periode: v.periode, periodeLabel: periodeLabel(v.periode), reden: v.reden, bron: verwijzing(v.bron) })),
      voorbeeld: gemeenteVoorbeeld(monitor, g.code),
    });
  }

  // Example data 2015–2016: the monthly series of every stand, nationally and per provincie.
  const voorbeeldStanden = new Map<
    string,
    { landelijk: MaandreeksVM; perProvincie: Map<string, MaandreeksVM>; bron: BronVM | null }
  >();
  // The national totals of the example data are real: their source is the realisatie of the national series.
  for (const s of monitor.snapshots)
    voorbeeldStanden.set(s.peildatum.slice(0, 7), {
      ...voorbeeldVan(monitor, s),
      bron: reeks.find((r) => r.periode === s.periode)?.realisatie?.bron ?? null,
    });
  const metMaanden =
    [...monitor.snapshots].reverse().find((s) => voorbeeldStanden.get(s.peildatum.slice(0, 7))!.landelijk.bekendeMaanden >= 2) ??
    null;
  const voorbeeldSleutel = metMaanden?.peildatum.slice(0, 7);

  const provincies = new Map<string, ProvincieVM>();
  for (const p of monitor.provincies.values()) {
    const codes = huidigeGemeenten.filter((g) => g.provincie === p.code).map((g) => g.code);
    const aandelen = berekend.map((r) => {
      const per = aandelenPerPeriode.get(r.periode);
      return {
        periode: r.periode,
        label: r.label,
        landelijk: r.netto,
        aandeel: per ? codes.reduce((t, c) => t + (per.get(c) ?? 0), 0) : null,
        zekerheid: r.zekerheid,
        vrijgesteld: false,
        uitruil: 0,
      };
    });
    const inProvincie = (code: string) => code === p.code || monitor.gemeenten.get(code)?.provincie === p.code;
    provincies.set(p.code, {
      code: p.code,
      naam: p.naam,
      slug: slugify(p.naam),
      gemeenten: [...codes].sort((a, b) => naamVan(a).localeCompare(naamVan(b), 'nl')),
      aandelen,
      meldingen: data.meldingen.filter((m) => inProvincie(m.code)).map((m) => meldingVM(m, naamVan(m.code))),
      voorbeeld: voorbeeldSleutel ? (voorbeeldStanden.get(voorbeeldSleutel)!.perProvincie.get(p.code) ?? null) : null,
    });
  }

  return {
    vandaag,
    huidigePeriode,
    huidigeLabel,
    reeks,
    huidig,
    nieuwsteBekend,
    berekendePerioden: berekend.map((r) => r.periode),
    gemeenten,
    provincies,
    kaart: {
      links: Object.fromEntries(huidigeGemeenten.map((g) => [g.code, pad.gemeente(g.code)])),
      namen: Object.fromEntries(huidigeGemeenten.map((g) => [g.code, g.naam])),
      groepen: Object.fromEntries(huidigeGemeenten.map((g) => [g.code, g.provincie])),
    },
    herindelingen: data.herindelingen,
    landelijkVoorbeeld: voorbeeldSleutel ? voorbeeldStanden.get(voorbeeldSleutel)!.landelijk : null,
    voorbeeldStanden,
  };
}

/** The monthly series up to and including stand `s`, nationally and per provincie. */
function voorbeeldVan(monitor: MonitorModel, s: SnapshotOverzicht) {
  const periode = monitor.perioden.get(s.periode)!;
  const standen = periode.standen.filter((x) => x.peildatum <= s.peildatum);
  const landelijk = maandreeks(
    s.periode,
    standen.map((x) => ({ maanden: x.maanden, realisatie: x.landelijk.realisatie })),
    s.landelijk.gecorrigeerd,
  );
  const perProvincie = new Map<string, MaandreeksVM>();
  for (const [code, groep] of s.perProvincie) {
    perProvincie.set(
      code,
      maandreeks(
        s.periode,
        standen.map((x) => ({ maanden: x.maanden, realisatie: x.perProvincie.get(code)?.realisatie ?? null })),
        groep.gecorrigeerd,
      ),
    );
  }
  return { landelijk, perProvincie };
}

/** The example data of one gemeente: monthly series, achterstand over time, comparison per 100.000. */
function gemeenteVoorbeeld(monitor: MonitorModel, code: string): GemeenteVoorbeeldVM | null {
  const reeks = monitor.reeksen.get(code);
  const perioden = reeks?.perioden ?? [];
  if (perioden.length === 0) return null;
  const maandreeksen = perioden.map((p) => maandreeks(p.periode, p.standen, p.gecorrigeerd)).filter((r) => r.bekendeMaanden >= 2);
  const achterstandPunten = [
    { label: periodeLabel(vorigePeriode(perioden[0]!.periode)), achterstand: perioden[0]!.achterstand },
    ...perioden.filter((p) => p.overdracht !== null).map((p) => ({ label: periodeLabel(p.periode), achterstand: p.overdracht })),
  ];
  const stand = perioden.at(-1)!.standen.at(-1);
  const snapshot = stand
    ? monitor.snapshots.find((s) => s.peildatum === stand.peildatum && s.periode === stand.periode)
    : undefined;
  const vergelijk =
    stand && snapshot && stand.perHonderdduizend !== null
      ? {
          peildatum: stand.peildatum,
          gemeente: stand.perHonderdduizend,
          provincie: snapshot.perProvincie.get(stand.provincie)?.perHonderdduizend ?? null,
          nederland: snapshot.landelijk.perHonderdduizend,
        }
      : null;
  return { maandreeksen, achterstandPunten, vergelijk };
}
