/**
 * Site-wide settings that pages share: the one contact route for visitors who
 * want to report an error or a problem. Every page that asks visitors to report
 * something links to MELDEN_URL, and tests/site/melden.test.ts checks that.
 */

/** The public repository of this site: editors already work there (docs/redactie.md). */
export const REPOSITORY_URL = 'https://github.com/opnieuwthuis/opnieuwthuis.nl';

/**
 * Where visitors report an error, an outdated fact or an accessibility problem:
 * the repository's issue page. Anyone with a (free) GitHub account can open an issue there.
 */
export const MELDEN_URL = `${REPOSITORY_URL}/issues`;

/** How the contact route is named in running text. */
export const MELDEN_LABEL = 'de meldingenpagina van de redactie (op GitHub)';

/** "1 publicatie", "12 publicaties": the Dutch word for a count of handreikingen, factsheets, vragen and voorbeelden. */
export function aantalPublicaties(n: number): string {
  return `${n} ${n === 1 ? 'publicatie' : 'publicaties'}`;
}
