// @ts-check
import { defineConfig } from 'astro/config';
import mdx from '@astrojs/mdx';
import preact from '@astrojs/preact';
import { satteri } from '@astrojs/markdown-satteri';
import { citationsPlugin } from './src/build/citations-plugin.ts';
import { offlineAndSearch } from './src/build/offline-integration.ts';
import { publicationCheck } from './src/build/publication-check.ts';
import { plainDynamicImports } from './src/build/plain-dynamic-imports.ts';
import { clientNeeded } from './src/build/client-needed.ts';
import { siteScript } from './src/build/site-script.ts';
import { jsxWithoutBabel } from './src/build/jsx-without-babel.ts';

// Where the site is served from: "/" by default, or e.g. BASE_PATH=/guide/ for a sub-path.
const base = process.env.BASE_PATH ?? '/';
// The modules of the script every page runs (src/components/site.ts and what it imports, not
// what it loads later: the search dialog, the progress code, the update notice). It shares none
// with the islands, so a reading page carries nothing it does not run, and it can be a classic
// script (src/build/site-script.ts).
const SITE_MODULES = [
  '/layouts/Base.astro?astro&type=script',
  '/components/site.ts',
  '/components/file-mode.ts',
  '/components/print-button.ts',
  '/components/search-button.ts',
  '/components/progress-loader.ts',
  '/components/service-worker.ts',
];

// What the progress code (step-progress.ts, loaded once a reader has answers) shares with the
// islands: in a file of its own, so a reading page never fetches the islands' file for it. The
// progress code and the scoring stay out of it, each in a file of its own, so the checklist and
// compare pages load neither on a first visit, when nothing is stored and nothing is scored.
// The storage names and the base-path helper are here too: every island and the progress code use them.
const PROGRESS_MODULES = [
  '/lib/assessment-list.ts',
  '/lib/text.ts',
  '/lib/dates.ts',
  '/lib/language.ts',
  '/lib/model.ts',
  '/lib/storage-keys.ts',
  '/lib/url.ts',
  '/lib/site-data.ts',
];

// The framework, storage and shared widget parts every island uses.
const ISLAND_MODULES = [
  '/node_modules/preact/',
  '/node_modules/nanostores/',
  '/node_modules/@nanostores/preact/',
  '/@astrojs/preact/dist/client',
  '/src/stores/storage.ts',
  '/src/lib/stored-assessment.ts',
  '/src/widgets/common/OutOfDateNotice.tsx',
  '/src/widgets/common/load-part.ts',
  '/src/widgets/common/question-bank-part.ts',
  '/src/widgets/common/use-part.ts',
  '/content/ui/common.json',
];

// The reader's assessments and the parts that show them, which the step forms and the checklist
// use but the compare page (partners' files, not the reader's own) does not.
const ASSESSMENT_MODULES = [
  '/src/stores/assessments.ts',
  '/src/widgets/common/AssessmentPicker.tsx',
  '/src/widgets/common/assessment-name.ts',
  '/src/widgets/common/StorageNotice.tsx',
  '/src/widgets/common/ask-first.ts',
  '/src/widgets/common/StatusShape.tsx',
];

// Where the build goes: "dist" unless OUT_DIR says otherwise (the tests build a sub-path copy too).
const outDir = process.env.OUT_DIR ?? 'dist';

export default defineConfig({
  base,
  outDir,
  // Every page is a folder with index.html; links always end in "/" so a service worker's
  // cache keys and a static host's files agree.
  trailingSlash: 'always',
  // Styles in a file of their own (one for the site, below): the browser fetches it once and
  // every later page comes without it, rather than every page carrying its styles.
  build: { format: 'directory', inlineStylesheets: 'never' },
  // Astro's own Markdown processor, with the plugin that numbers each chapter's citations.
  // No syntax highlighting: the guide is prose with no code blocks, Shiki's inline styles would
  // break the Content-Security-Policy below, and starting Shiki held up every chapter's
  // compilation for about half a second of each build.
  markdown: { processor: satteri({ mdastPlugins: [citationsPlugin] }), syntaxHighlight: false },
  integrations: [publicationCheck(), mdx(), preact(), clientNeeded(), offlineAndSearch()],
  devToolbar: { enabled: false },
  vite: {
    plugins: [plainDynamicImports(), siteScript(), jsxWithoutBabel()],
    build: {
      // One stylesheet for the whole site (10.6 KB gzip): a first visit fetches it on the
      // connection the page came on, rather than opening more for five smaller files, which cost
      // it a round trip before the first paint; every later page, the checklist and compare
      // included, has it already. The cascade is the same: every page renders identically.
      cssCodeSplit: false,
      rollupOptions: {
        // Constants imported from another module (storage key names, copy) are written in where
        // they are used, so a script that needs one name does not carry the module that holds them all.
        optimization: { inlineConst: true },
        output: {
          codeSplitting: {
            groups: [
              // The code every page runs, in one file.
              { name: 'site', test: (id) => SITE_MODULES.some((m) => id.includes(m)), priority: 3 },
              { name: 'progress', test: (id) => PROGRESS_MODULES.some((m) => id.endsWith(m)), priority: 2 },
              // What every island needs, in one file: fewer requests, better compression.
              { name: 'islands', test: (id) => ISLAND_MODULES.some((m) => id.includes(m)), priority: 1 },
              { name: 'assessments', test: (id) => ASSESSMENT_MODULES.some((m) => id.endsWith(m)), priority: 0 },
            ],
          },
        },
      },
    },
  },
  security: {
    csp: {
      directives: [
        "default-src 'self'",
        "img-src 'self' data:",
        "connect-src 'self'",
        "worker-src 'self'",
        "object-src 'none'",
        "base-uri 'self'",
        "form-action 'self'",
      ],
      scriptDirective: { resources: ["'self'", "'wasm-unsafe-eval'"] },
    },
  },
});
