/** Helpers for tables in running text: every table sits in a labelled, keyboard-scrollable region. */

const decodeer = (s: string) =>
  s
    .replace(/&nbsp;/g, ' ')
    .replace(/&amp;/g, '&')
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&quot;/g, '"')
    .replace(/&#39;/g, "'");

/**
 * A name for the scroll region around a table, from its caption or else its column headers:
 * `<caption>Kosten</caption>` → "Tabel: Kosten"; headers Stap, Wie, Wanneer → "Tabel: Stap, Wie, Wanneer".
 */
export function tabelLabel(html: string, max = 120): string {
  const caption = /<caption[^>]*>([\s\S]*?)<\/caption>/i.exec(html)?.[1];
  const kale = (s: string) =>
    decodeer(s.replace(/<[^>]+>/g, ' '))
      .replace(/\s+/g, ' ')
      .trim();
  let naam = caption ? kale(caption) : '';
  if (!naam) {
    const kop = /<thead[^>]*>([\s\S]*?)<\/thead>/i.exec(html)?.[1] ?? /<tr[^>]*>([\s\S]*?)<\/tr>/i.exec(html)?.[1] ?? '';
    naam = [...kop.matchAll(/<th[^>]*>([\s\S]*?)<\/th>/gi)]
      .map((m) => kale(m[1]!))
      .filter(Boolean)
      .join(', ');
  }
  if (!naam) return 'Tabel';
  const label = `Tabel: ${naam}`;
  return label.length > max ? `${label.slice(0, max - 1).trimEnd()}…` : label;
}
