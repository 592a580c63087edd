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
    // Render up to 4 pages at a time. Pages do not depend on each other (the data modules are
    // memoised per build), so the output is byte for byte the same; it overlaps each page's file
    // writes and module loads with rendering the next, which took about a quarter of the render
    // phase as idle time on the 1,000-document corpus (scripts/bench.ts).
    concurrency: 4,
    // External stylesheets only, so the Content-Security-Policy needs no 'unsafe-inline'.
    inlineStylesheets: 'never',
  },
  markdown: {
    // Shiki writes inline styles, which the CSP forbids; we have no code blocks.
    syntaxHighlight: false,
  },
  vite: {
    build: {
      // Never inline scripts into the HTML: the CSP has no 'unsafe-inline'.
      assetsInlineLimit: 0,
      rollupOptions: {
        // Astro 7 + Rolldown warn once per MDX file that the "use astro:head-inject" directive
        // "may not be preserved" (withastro/astro#18087, harmless, open). 103 such lines hid any
        // real warning in the build output; only this one is left out, everything else is shown.
        onwarn(warning, toon) {
          if (warning.code === 'MODULE_LEVEL_DIRECTIVE' && warning.message.includes('use astro:head-inject')) return;
          toon(warning);
        },
      },
    },
  },
  integrations: [
    validatie(),
    mdx(),
    sitemap({ filter: (page) => !page.endsWith('/404/') }),
    zoekindex({
      // Pages that are never in the search index (Base with zoekbaar={false}); they render after the
      // rest, while Pagefind writes the index. A page here that has data-pagefind-body stops the build.
      nietInIndex: [
        'src/pages/land-in-beeld/archief/',
        'src/pages/advies/[voor]/[knelpunt]/[termijn].astro',
        'src/pages/goede-voorbeelden/[soort]/[waarde].astro',
      ],
    }),
  ],
});
