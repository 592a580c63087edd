// @ts-check
/**
 * Lint: typescript-eslint for code quality, eslint-plugin-astro for .astro files, and the
 * layers of the README as import boundaries (no-restricted-imports per folder):
 *   src/lib          pure TypeScript: no Astro, no components, pages, hooks, browser scripts or tests
 *   src/components,
 *   src/layouts      render only: no file system, no build hooks, no scripts, no tests
 *   src/integrations build hooks: no components, no browser scripts
 *   src/scripts      browser code: no Node built-ins
 *   scripts          command-line tools: no test helpers
 * Formatting is Prettier's job (`npm run format:check`), not ESLint's.
 */
import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import astro from 'eslint-plugin-astro';
import globals from 'globals';

/** @param {{ group: string[]; message: string }[]} patterns */
const verbied = (patterns) => ['error', { patterns }];

const TESTS = { group: ['**/tests/**'], message: 'Alleen tests mogen test-helpers importeren.' };
const NODE_FS = {
  group: ['node:fs', 'node:fs/*', 'node:child_process', 'fs', 'child_process'],
  message: 'Componenten en layouts renderen alleen; laden gebeurt in src/data of src/lib.',
};
const HOOKS = { group: ['**/integrations/**'], message: 'Een build-hook is geen bibliotheek: importeer src/lib.' };
const BROWSER = {
  group: ['**/src/scripts/**', '../scripts/**', '../../scripts/**'],
  message: 'Browsercode is geen bibliotheek: zet gedeelde logica in src/lib.',
};
const RENDER = {
  group: [
    '**/*.astro',
    '**/components/**',
    '**/layouts/**',
    '**/pages/**',
    'astro:*',
    '**/src/data/**',
    '../data/*.ts',
    '../../data/*.ts',
  ],
  message: 'src/lib is puur TypeScript: geen Astro, componenten, pagina’s of src/data.',
};

export default tseslint.config(
  { ignores: ['dist/**', 'node_modules/**', '.astro/**', 'tests/fixtures/**', 'public/**', 'coverage/**'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  ...astro.configs.recommended,
  {
    languageOptions: {
      globals: { ...globals.node, ...globals.browser },
    },
    rules: {
      '@typescript-eslint/no-unused-vars': [
        'error',
        { argsIgnorePattern: '^_', varsIgnorePattern: '^_', caughtErrorsIgnorePattern: '^_' },
      ],
      '@typescript-eslint/no-non-null-assertion': 'off',
    },
  },
  { files: ['src/lib/**'], rules: { 'no-restricted-imports': verbied([RENDER, HOOKS, BROWSER, TESTS]) } },
  {
    files: ['src/components/**', 'src/layouts/**'],
    rules: { 'no-restricted-imports': verbied([NODE_FS, HOOKS, BROWSER, TESTS]) },
  },
  {
    files: ['src/integrations/**'],
    rules: {
      'no-restricted-imports': verbied([
        BROWSER,
        TESTS,
        { group: ['**/components/**', '**/layouts/**', '**/*.astro'], message: 'Een build-hook rendert niet.' },
      ]),
    },
  },
  {
    files: ['src/scripts/**'],
    rules: {
      'no-restricted-imports': verbied([
        TESTS,
        HOOKS,
        { group: ['node:*'], message: 'Browsercode kan geen Node-modules gebruiken.' },
      ]),
    },
  },
  { files: ['src/pages/**', 'src/data/**', 'src/schemas/**'], rules: { 'no-restricted-imports': verbied([TESTS, HOOKS]) } },
  { files: ['scripts/**'], rules: { 'no-restricted-imports': verbied([TESTS]) } },
);
