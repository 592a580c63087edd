/**
 * knip: unused files, exports and dependencies, run in `npm test` (`npm run knip`).
 * Tests are entries, so an export used by a test counts as used. CSS is read for its
 * `@import`s, so the NL Design System stylesheets count as used dependencies.
 */
import type { KnipConfig } from 'knip';

const config: KnipConfig = {
  // isolated-build.ts also runs as a command (tests spawn it).
  entry: ['scripts/*.ts', 'scripts/lib/isolated-build.ts', 'tests/**/*.test.ts'],
  project: ['src/**/*.{ts,astro,css}', 'scripts/**/*.ts', 'tests/**/*.ts', '!tests/fixtures/**'],
  compilers: {
    css: (text: string) => [...text.matchAll(/@import\s+['"]([^'"]+)['"]/g)].map(([, m]) => `import '${m}';`).join('\n'),
  },
};

export default config;
