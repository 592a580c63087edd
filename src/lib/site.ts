/**
 * Site-wide settings that pages share: the one contact route for visitors who
 * want to report an error or a problem. Every page that asks visitors to report
 * something links to MELDEN_URL, and tests/site/melden.test.ts checks that.
 */

/**
 * The public repository of this site: editors already work there (docs/redactie.md). The build that
 * publishes the site runs in GitHub Actions, which sets GITHUB_SERVER_URL and GITHUB_REPOSITORY, so the
 * published link always points at the repository the site is built from. REPOSITORY_URL overrides it
 * (another host); the last line is the default for local builds.
 */
export const REPOSITORY_URL =
  process.env.REPOSITORY_URL ??
  (process.env.GITHUB_REPOSITORY
    ? `${process.env.GITHUB_SERVER_URL ?? 'https://github.com'}/${process.env.GITHUB_REPOSITORY}`
    : 'https://github.com/opnieuwthuis/opnieuwthuis.nl');

/**
 * Where visitors report an error, an outdated fact or an accessibility problem:
 * the repository's issue page. Anyone with a (free) GitHub account can open an issue there.
 */
export const MELDEN_URL = `${REPOSITORY_URL}/issues`;

/** "1 publicatie", "12 publicaties": the Dutch word for a count of handreikingen, factsheets, vragen and voorbeelden. */
export function aantalPublicaties(n: number): string {
  return `${n} ${n === 1 ? 'publicatie' : 'publicaties'}`;
}
