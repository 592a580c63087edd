/** Lowercase with diacritics folded and apostrophes dropped: "'s-Hertogenbosch" → "s-hertogenbosch", "Fryslân" → "fryslan". */
export function vouw(tekst: string): string {
  return tekst
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/['’‘`´]/g, '');
}

/** Turn a title or name into a URL-safe slug: lowercase a-z0-9 and hyphens, diacritics folded, apostrophes dropped. */
export function slugify(tekst: string): string {
  return vouw(tekst)
    .replace(/&/g, ' en ')
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '');
}

export const SLUG_PATROON = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;
