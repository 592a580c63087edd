/**
 * A large, generated corpus inside a throw-away project copy (never in the work tree):
 *
 * - `generateDocs(root, n)`: n MDX documents of about 700 words each, in our
 *   frontmatter. Each copies the frontmatter of a real content file (so it
 *   validates: themas, gemeenten, bronnen, verwante items) with a new slug and
 *   title, keeps the real body and adds generated Dutch paragraphs built from the
 *   site's own vocabulary plus a few new words per document, so the search index
 *   grows the way a bigger library would.
 * - `generateSnapshots(root, toMonth)`: the monitor continued month by month with
 *   taakstelling files per half year, consistent with the validation (overdracht of
 *   the achterstand, realisatie that only goes up within a periode).
 *
 * Deterministic: a seeded PRNG, so two runs give the same corpus.
 */
import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { mulberry32 as prng } from '../lib/prng.ts';

const TYPES = ['handreikingen', 'factsheets', 'vragen', 'voorbeelden'] as const;

interface Template {
  type: (typeof TYPES)[number];
  slug: string;
  frontmatter: string;
  body: string;
  words: number;
}

function readTemplates(root: string): Template[] {
  const out: Template[] = [];
  for (const type of TYPES) {
    const dir = join(root, 'content', type);
    if (!existsSync(dir)) continue;
    for (const f of readdirSync(dir)
      .filter((x) => x.endsWith('.mdx'))
      .sort()) {
      const src = readFileSync(join(dir, f), 'utf8');
      const m = /^---\n([\s\S]*?)\n---\n([\s\S]*)$/.exec(src);
      if (!m) continue;
      out.push({ type, slug: f.slice(0, -4), frontmatter: m[1]!, body: m[2]!, words: m[2]!.split(/\s+/).filter(Boolean).length });
    }
  }
  return out;
}

function vocabulary(templates: readonly Template[]): string[] {
  const words = new Set<string>();
  for (const t of templates) {
    for (const w of t.body.replace(/\[[^\]]*\]\([^)]*\)/g, ' ').split(/\s+/)) {
      const clean = w.replace(/[^A-Za-zÀ-ÿ'-]/g, '').toLowerCase();
      if (clean.length >= 3 && clean.length <= 16 && !clean.startsWith('-') && !clean.endsWith('-')) words.add(clean);
    }
  }
  return [...words].sort();
}

function sentence(rand: () => number, vocab: readonly string[], extra: readonly string[]): string {
  const n = 8 + Math.floor(rand() * 9);
  const ws: string[] = [];
  for (let i = 0; i < n; i++)
    ws.push(rand() < 0.06 ? extra[Math.floor(rand() * extra.length)]! : vocab[Math.floor(rand() * vocab.length)]!);
  const s = ws.join(' ');
  return `${s[0]!.toUpperCase()}${s.slice(1)}.`;
}

/** Write n generated documents into content/ of `root`; returns the number of words written. */
export function generateDocs(root: string, n: number, targetWords = 700, seed = 20261123): { files: number; words: number } {
  const templates = readTemplates(root);
  if (templates.length === 0) throw new Error(`no content templates in ${root}/content`);
  const vocab = vocabulary(templates);
  const rand = prng(seed);
  let words = 0;
  for (let i = 0; i < n; i++) {
    const t = templates[i % templates.length]!;
    const nr = i + 1;
    const slug = `${t.slug}-b${nr}`;
    // Titles get a number; a question keeps its question mark at the end.
    const fm = t.frontmatter.replace(/^title: (["']?)(.*?)\1\s*$/m, (_all, q: string, title: string) =>
      title.endsWith('?') ? `title: ${q}${title.slice(0, -1)} (${nr})?${q}` : `title: ${q}${title} (${nr})${q}`,
    );
    // A few words that only this document has (project names, places), so the index vocabulary grows.
    const extra = Array.from(
      { length: 6 },
      (_, k) => `${['woonhof', 'startpunt', 'thuisbasis', 'buurtplan', 'koppelweek', 'pandruil'][k]}${nr}`,
    );
    const parts: string[] = [t.body.trim()];
    let count = t.words;
    let para = 0;
    while (count < targetWords) {
      if (para % 3 === 0) parts.push(`## ${sentence(rand, vocab, extra).replace(/\.$/, '').split(' ').slice(0, 5).join(' ')}`);
      const sentences = Array.from({ length: 4 + Math.floor(rand() * 3) }, () => sentence(rand, vocab, extra));
      const p = sentences.join(' ');
      parts.push(p);
      count += p.split(/\s+/).length;
      para++;
    }
    words += count;
    writeFileSync(join(root, 'content', t.type, `${slug}.mdx`), `---\n${fm}\n---\n\n${parts.join('\n\n')}\n`);
  }
  return { files: n, words };
}

/** The generated corpus must pass the same validation as real content (no pruning here). */
export async function assertValid(root: string): Promise<void> {
  const mod = (await import(pathToFileURL(join(root, 'src/lib/validatie/index.ts')).href)) as {
    valideerAlles: (root: string) => { meldingen: { bestand: string; regel?: number; melding: string }[] };
  };
  const { meldingen } = mod.valideerAlles(root);
  if (meldingen.length) {
    throw new Error(
      `generated corpus does not validate (${meldingen.length}):\n${meldingen
        .slice(0, 20)
        .map((m) => `${m.bestand}:${m.regel ?? ''} ${m.melding}`)
        .join('\n')}`,
    );
  }
}

// ---------------------------------------------------------------------------
// Monitor snapshots
// ---------------------------------------------------------------------------

interface TaakRegel {
  code: string;
  netto: number;
  achterstand: number;
  gecorrigeerd: number;
}
interface TaakBestand {
  periode: string;
  indeling: string;
  bron: string;
  illustratief: boolean;
  toelichting: string;
  gemeenten: TaakRegel[];
}
interface Snapshot {
  peildatum: string;
  periode: string;
  indeling: string;
  bron: string;
  status: string;
  toelichting: string;
  gemeenten: { code: string; realisatie: number }[];
}

const readJson = <T>(p: string): T => JSON.parse(readFileSync(p, 'utf8')) as T;
const month = (y: number, m: number) => `${y}-${String(m).padStart(2, '0')}`;
const nextPeriode = (p: string) => {
  const [y, h] = p.split('-') as [string, string];
  return h === 'I' ? `${y}-II` : `${Number(y) + 1}-I`;
};
/** First month (1–12) of the periode: I → January, II → July. */
const startMonth = (p: string) => (p.endsWith('-II') ? 7 : 1);

const BRON = 'Gegenereerd door scripts/bench/corpus.ts voor de benchmark; geen echte cijfers.';
const TOELICHTING =
  'Benchmarkgegevens: gemaakt om te meten hoe de bouwtijd groeit met tien jaar maandstanden. Niet gepubliceerd.';

/**
 * Continue the monitor data from the last snapshot in data/monitor up to and including
 * `until` (YYYY-MM). Returns the number of snapshot files written.
 */
export function generateSnapshots(
  root: string,
  until: string,
  seed = 7,
): { snapshots: number; periodes: number; first: string; last: string } {
  const rand = prng(seed);
  const monitorDir = join(root, 'data/monitor');
  const taakDir = join(root, 'data/taakstelling');
  const existing = readdirSync(monitorDir)
    .filter((f) => /^\d{4}-\d{2}\.json$/.test(f))
    .sort();
  const lastFile = existing.at(-1)!;
  const last = readJson<Snapshot>(join(monitorDir, lastFile));
  let periode = last.periode;
  let taak = readJson<TaakBestand>(join(taakDir, `${periode}.json`));
  const indeling = taak.indeling;
  let real = new Map(last.gemeenten.map((g) => [g.code, g.realisatie]));
  let [y, m] = lastFile.slice(0, 7).split('-').map(Number) as [number, number];
  // Months elapsed in the current periode at the last snapshot.
  let elapsed = (m - startMonth(periode) + 12) % 12;
  const netto = new Map(taak.gemeenten.map((g) => [g.code, g.netto]));
  let written = 0;
  let periodes = 0;
  const first = month(m === 12 ? y + 1 : y, m === 12 ? 1 : m + 1);
  const write = (name: string, data: unknown) => writeFileSync(name, `${JSON.stringify(data, null, 1)}\n`);

  for (;;) {
    m++;
    if (m === 13) {
      m = 1;
      y++;
    }
    if (month(y, m) > until) break;
    elapsed++;
    // Cumulative realisatie within the periode: a share of the gecorrigeerde taakstelling.
    const next = new Map<string, number>();
    for (const g of taak.gemeenten) {
      const before = real.get(g.code) ?? 0;
      const target = Math.max(0, g.gecorrigeerd) * (0.7 + 0.4 * rand());
      const step = Math.max(0, Math.round((target - before) / Math.max(1, 7 - elapsed)));
      next.set(g.code, before + step);
    }
    real = next;
    write(join(monitorDir, `${month(y, m)}.json`), {
      peildatum: `${month(y, m)}-01`,
      periode,
      indeling,
      bron: BRON,
      status: 'illustratief',
      toelichting: TOELICHTING,
      gemeenten: taak.gemeenten.map((g) => ({ code: g.code, realisatie: real.get(g.code)! })),
    });
    written++;
    if (elapsed === 6) {
      // Final stand of this periode: the next periode starts with the overdracht as achterstand.
      const volgende = nextPeriode(periode);
      const regels = taak.gemeenten.map((g) => {
        const achterstand = g.gecorrigeerd - real.get(g.code)!;
        const n = Math.round((netto.get(g.code) ?? 0) * (0.6 + 0.8 * rand()));
        return { code: g.code, netto: n, achterstand, gecorrigeerd: n + achterstand };
      });
      taak = { periode: volgende, indeling, bron: BRON, illustratief: true, toelichting: TOELICHTING, gemeenten: regels };
      if (!existsSync(join(taakDir, `${volgende}.json`))) write(join(taakDir, `${volgende}.json`), taak);
      else taak = readJson<TaakBestand>(join(taakDir, `${volgende}.json`));
      periode = volgende;
      periodes++;
      elapsed = 0;
      real = new Map(taak.gemeenten.map((g) => [g.code, 0]));
    }
  }
  return { snapshots: written, periodes, first, last: month(m === 1 ? y - 1 : y, m === 1 ? 12 : m - 1) };
}
