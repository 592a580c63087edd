// @ts-check
import { defineConfig } from 'astro/config';
import mdx from '@astrojs/mdx';
import sitemap from '@astrojs/sitemap';
import validatie from './src/integrations/validatie.ts';
import { SITE_URL } from './src/lib/routes.ts';
import zoekindex from './src/integrations/pagefind.ts';

export default defineConfig({
  site: SITE_URL,
  trailingSlash: 'always',
  // Keep the spaces between inline elements in Dutch prose (Astro 7 defaults to 'jsx').
  compressHTML: true,
  build: {
    format: 'directory',
    // External stylesheets only, so the Content-Security-Policy needs no 'unsafe-inline'.
    inlineStylesheets: 'never',
  },
  markdown: {
    // Shiki writes inline styles, which the CSP forbids; we have no code blocks.
    syntaxHighlight: false,
  },
  vite: {
    // Never inline scripts into the HTML: the CSP has no 'unsafe-inline'.
    build: { assetsInlineLimit: 0 },
  },
  integrations: [validatie(), mdx(), sitemap({ filter: (page) => !page.endsWith('/404/') }), zoekindex()],
});
