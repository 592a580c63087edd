/**
 * The search page's controller (/zoeken/): wires the DOM to the pure search logic in
 * src/lib/zoeken/ (query rewriting, ordering, URL state), which vitest tests without a browser.
 *
 * Why our own controller and not Pagefind's Component UI (tried first, Pagefind 1.6):
 * - The Component UI sends the typed query straight to Pagefind; it has no hook to rewrite it
 *   or to re-order results, and questions, synonyms, spelling slips and "place + topic" need
 *   both (src/lib/zoeken/vraag.ts, ordening.ts).
 * - Its script and stylesheet add about 48 KB (gzip) to the 150 KB budget of a first search.
 * - Our filters are checkboxes with counts that ignore their own selection, in the URL, and the
 *   live region announces the count; the site's e2e and axe tests cover that markup.
 * What we keep is small: state in the URL (push on submit/filter change, replace while typing,
 * popstate re-runs), one polite live region, filters as checkboxes in fieldsets. Pagefind's
 * files load only here: content pages ship no JavaScript (SearchForm.astro is a plain form).
 */
import {
  aankondiging,
  aantalFilters,
  FILTERS,
  formatDatum,
  gevondenAls,
  hoofdletter,
  INSTANTIE_OPTIES,
  laad,
  leesStaat,
  META,
  PAGEFIND_URL,
  PER_KEER,
  pagefindFilters,
  schrijfStaat,
  sorteerWaarden,
  telFilters,
  zoek as zoekOrdening,
  plaatsnamen,
  zoekterm,
  zoektermZonderNamen,
  ZOEK_OPTIES,
  type FilterSleutel,
  type PagefindResultaat,
  type PagefindResultaatData,
  type PagefindInstantie,
} from '../lib/zoeken/index.ts';

let laden: Promise<PagefindInstantie> | undefined;

/** Load Pagefind once and create one instance. The URL is built at runtime so Vite leaves it alone. */
function laadPagefind(): Promise<PagefindInstantie> {
  laden ??= (async () => {
    const mod = (await import(/* @vite-ignore */ PAGEFIND_URL)) as { createInstance: (o: object) => PagefindInstantie };
    const pf = mod.createInstance(INSTANTIE_OPTIES);
    await pf.options(ZOEK_OPTIES);
    await pf.init();
    return pf;
  })();
  // A failed load (offline for a moment) may be retried by the next search.
  laden.catch(() => (laden = undefined));
  return laden;
}

// ---------------------------------------------------------------------------
// The search page
// ---------------------------------------------------------------------------

function el<K extends keyof HTMLElementTagNameMap>(
  tag: K,
  props: Partial<Record<string, string>> = {},
  ...kinderen: (Node | string)[]
): HTMLElementTagNameMap[K] {
  const e = document.createElement(tag);
  for (const [k, v] of Object.entries(props)) if (v !== undefined) e.setAttribute(k, v);
  e.append(...kinderen);
  return e;
}

export function startZoekpagina(): void {
  const wortel = document.querySelector<HTMLElement>('[data-zoekpagina]');
  if (!wortel) return;
  const form = wortel.querySelector<HTMLFormElement>('[data-zoekformulier-pagina]')!;
  const invoer = form.querySelector<HTMLInputElement>('input[name="q"]')!;
  const filterVak = wortel.querySelector<HTMLElement>('[data-zoekfilters]')!;
  const status = wortel.querySelector<HTMLElement>('[data-zoekstatus]')!;
  const lijst = wortel.querySelector<HTMLOListElement>('[data-zoekresultaten]')!;
  const meer = wortel.querySelector<HTMLButtonElement>('[data-meer]')!;

  wortel.hidden = false;
  document.querySelector('[data-zoeken-zonder-js]')?.remove();

  let staat = leesStaat(location.search);
  let volgnummer = 0;
  let resultaten: PagefindResultaat[] = [];
  let getoond = 0;
  let typTimer: ReturnType<typeof setTimeout> | undefined;
  // On narrow screens all filter groups start folded, so the space they take is known in advance
  // (zoeken.css reserves it) and the results do not jump down when the filters arrive.
  const openGroepen = new Set<string>(window.matchMedia('(min-width: 52rem)').matches ? ['type'] : []);

  const zetInvoer = () => {
    invoer.value = staat.q;
  };

  const naarUrl = (manier: 'push' | 'replace') => {
    const url = `${location.pathname}${schrijfStaat(staat)}`;
    if (url === `${location.pathname}${location.search}`) return;
    if (manier === 'push') history.pushState(null, '', url);
    else history.replaceState(null, '', url);
  };

  const toonFilters = (tellingen: Partial<Record<FilterSleutel, Record<string, number>>>) => {
    const actief =
      document.activeElement instanceof HTMLInputElement && filterVak.contains(document.activeElement)
        ? document.activeElement
        : null;
    const focusSleutel = actief ? `${actief.name}=${actief.value}` : undefined;
    filterVak.replaceChildren();
    for (const { sleutel, label } of FILTERS) {
      const telling = tellingen[sleutel] ?? {};
      const gekozen = staat.filters[sleutel] ?? [];
      const waarden = sorteerWaarden(sleutel, [
        ...new Set([...Object.keys(telling).filter((w) => (telling[w] ?? 0) > 0), ...gekozen]),
      ]);
      if (waarden.length === 0) continue;
      const fieldset = el('fieldset', { class: 'zoekfilter' }, el('legend', { class: 'visually-hidden' }, label));
      for (const w of waarden) {
        const id = `filter-${sleutel}-${w.replace(/[^a-zA-Z0-9]+/g, '-')}`;
        const vak = el('input', { type: 'checkbox', name: sleutel, value: w, id });
        vak.checked = gekozen.includes(w);
        const aantal = telling[w] ?? 0;
        fieldset.append(
          el(
            'div',
            { class: 'zoekfilter-optie' },
            vak,
            el(
              'label',
              { for: id },
              `${sleutel === 'type' ? hoofdletter(w) : w} `,
              el('span', { class: 'zoekfilter-aantal' }, `(${aantal})`),
            ),
          ),
        );
      }
      // Long lists fold away, so keyboard users do not tab through every provincie first.
      const details = el(
        'details',
        { class: 'zoekfilter-groep', 'data-filter': sleutel },
        el('summary', {}, gekozen.length ? `${label} (${gekozen.length} gekozen)` : label),
        fieldset,
      );
      details.open = gekozen.length > 0 || openGroepen.has(sleutel);
      details.addEventListener('toggle', () => (details.open ? openGroepen.add(sleutel) : openGroepen.delete(sleutel)));
      filterVak.append(details);
    }
    if (focusSleutel) {
      const [naam, waarde] = focusSleutel.split('=') as [string, string];
      [...filterVak.querySelectorAll<HTMLInputElement>('input')].find((i) => i.name === naam && i.value === waarde)?.focus();
    }
  };

  const toonItems = (data: PagefindResultaatData[]): HTMLAnchorElement | undefined => {
    let eersteLink: HTMLAnchorElement | undefined;
    for (const d of data) {
      const titel = d.meta.title ?? d.url;
      const type = d.filters.type?.[0] ?? d.meta.type;
      const datum = d.meta.date;
      const link = el('a', { href: d.url }, titel);
      eersteLink ??= link;
      const meta = el('p', { class: 'zoekresultaat-meta' });
      if (type) meta.append(el('span', { class: 'nl-data-badge' }, hoofdletter(type)));
      const datumTekst = formatDatum(datum);
      if (datumTekst)
        meta.append(' ', el('span', { class: 'visually-hidden' }, 'bijgewerkt '), el('time', { datetime: datum }, datumTekst));
      const uittreksel = el('p', { class: 'zoekresultaat-uittreksel' });
      // Pagefind escapes the page text and only adds <mark>: safe as HTML.
      uittreksel.innerHTML = d.excerpt;
      const item = el('li', { class: 'zoekresultaat' }, el('h3', { class: 'zoekresultaat-titel' }, link), meta, uittreksel);
      const alias = gevondenAls(staat.q, titel, d.meta[META.namen] ?? d.meta[META.provincienamen]);
      if (alias) item.append(el('p', { class: 'zoekresultaat-alias' }, `Gevonden als: ${alias}`));
      lijst.append(item);
    }
    getoond += data.length;
    meer.hidden = getoond >= resultaten.length;
    return eersteLink;
  };

  const toonMeer = async (): Promise<HTMLAnchorElement | undefined> => {
    const nummer = volgnummer;
    const data = await Promise.all(resultaten.slice(getoond, getoond + PER_KEER).map(laad));
    return nummer === volgnummer ? toonItems(data) : undefined;
  };

  const zoek = async () => {
    const nummer = ++volgnummer;
    const heeftFilters = aantalFilters(staat) > 0;
    document.title = staat.q ? `Zoeken: ${staat.q} | Opnieuw Thuis` : 'Zoeken | Opnieuw Thuis';
    if (!staat.q && !heeftFilters) {
      lijst.replaceChildren();
      meer.hidden = true;
      resultaten = [];
      status.textContent = 'Typ een zoekterm, bijvoorbeeld woningdelen of de naam van uw gemeente.';
      let totaal: Record<string, Record<string, number>> = {};
      try {
        totaal = await (await laadPagefind()).filters();
      } catch {
        /* shown by the next search */
      }
      if (nummer === volgnummer) toonFilters(totaal);
      return;
    }
    let pf: PagefindInstantie;
    try {
      pf = await laadPagefind();
    } catch {
      status.textContent = 'Zoeken lukt nu niet. Probeer het later opnieuw, of kies een onderwerp bij de thema’s.';
      return;
    }
    // The filter index loads alongside the first search; the results do not wait for it.
    const filterIndex = pf.filters();
    const uitkomst = await zoekOrdening(pf, staat.q, pagefindFilters(staat), PER_KEER);
    if (nummer !== volgnummer) return;
    resultaten = uitkomst.resultaten;
    getoond = 0;
    lijst.replaceChildren();
    toonItems(uitkomst.eerste);
    status.textContent = aankondiging(resultaten.length, staat);
    await filterIndex;
    const tellingen = await telFilters(pf, staat, uitkomst.telTekst, uitkomst.telFilter);
    if (nummer === volgnummer) toonFilters(tellingen);
  };

  form.addEventListener('submit', (e) => {
    e.preventDefault();
    clearTimeout(typTimer);
    staat = { ...staat, q: invoer.value.trim() };
    naarUrl('push');
    void zoek();
  });

  invoer.addEventListener('input', () => {
    clearTimeout(typTimer);
    // Preload the index chunks of the words Pagefind will get (stopwords and place names out),
    // not of every typed word.
    const getypt = invoer.value;
    if (zoekterm(getypt))
      void laadPagefind()
        .then(async (pf) => pf.preload(zoektermZonderNamen(getypt, await plaatsnamen(pf))))
        .catch(() => undefined);
    typTimer = setTimeout(() => {
      const q = invoer.value.trim();
      if (q === staat.q) return;
      staat = { ...staat, q };
      naarUrl('replace');
      void zoek();
    }, 350);
  });

  filterVak.addEventListener('change', (e) => {
    const vak = e.target;
    if (!(vak instanceof HTMLInputElement) || vak.type !== 'checkbox') return;
    const sleutel = vak.name as FilterSleutel;
    const huidig = new Set(staat.filters[sleutel] ?? []);
    if (vak.checked) huidig.add(vak.value);
    else huidig.delete(vak.value);
    staat = { q: invoer.value.trim(), filters: { ...staat.filters, [sleutel]: [...huidig] } };
    if (!huidig.size) delete staat.filters[sleutel];
    naarUrl('push');
    void zoek();
  });

  meer.addEventListener('click', async () => {
    const eerste = await toonMeer();
    // Keyboard users continue at the first new result, not at the end of the page.
    eerste?.focus();
  });

  window.addEventListener('popstate', () => {
    staat = leesStaat(location.search);
    zetInvoer();
    void zoek();
  });

  zetInvoer();
  void zoek();
}
