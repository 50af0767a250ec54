// Builds the pagefind search index over the chapter text of the built site.
import { readFile, readdir, rm } from 'node:fs/promises';
import { join, sep } from 'node:path';
import * as pagefind from 'pagefind';

// Pagefind also writes its ready-made interfaces; the site has its own search box (Search.astro).
const UNUSED = [
  'pagefind-ui.js',
  'pagefind-ui.css',
  'pagefind-modular-ui.js',
  'pagefind-modular-ui.css',
  'pagefind-component-ui.js',
  'pagefind-component-ui.css',
  'pagefind-highlight.js',
];

// Citation apparatus that would crowd excerpts: the numbered notes at the foot of a chapter and
// the source line under a key figure. The sources pages list all of it, and are indexed.
const NOT_INDEXED = ['.source-notes', '.key-figure__source'];

/**
 * The page as the index should read it. Pagefind runs the text of neighbouring elements together
 * unless it knows them as blocks (it does not know dt, dd, figcaption or flex items), so a key
 * figure's "8" and "organisations" became "8organisations". Where one element ends and the next
 * begins, a reader sees two words: the index gets a space there too. Only the index's copy changes.
 */
export function asIndexed(html: string): string {
  return html.replace(/(<\/[a-z][a-z0-9-]*>)(?=<[a-z])/gi, '$1 ');
}

/** The site path a built file answers at: "steps/x/index.html" is "/steps/x/". */
function pagePath(file: string): string {
  return `/${file
    .split(sep)
    .join('/')
    .replace(/index\.html$/, '')}`;
}

/** Indexes every page's main text (marked data-pagefind-body) into <dist>/pagefind. */
export async function buildSearchIndex(dist: string): Promise<number> {
  const { index, errors } = await pagefind.createIndex({ forceLanguage: 'en', excludeSelectors: NOT_INDEXED });
  if (!index) throw new Error(`pagefind could not start: ${errors.join('; ')}`);
  // Every page is a folder's index.html; 404.html is not a page anyone should be sent to.
  const files = (await readdir(dist, { recursive: true })).filter((f) => f === 'index.html' || f.endsWith(`${sep}index.html`));
  for (const file of files) {
    const content = asIndexed(await readFile(join(dist, file), 'utf8'));
    const added = await index.addHTMLFile({ url: pagePath(file), content });
    if (added.errors.length) throw new Error(`pagefind, ${file}: ${added.errors.join('; ')}`);
  }
  const written = await index.writeFiles({ outputPath: `${dist}/pagefind` });
  if (written.errors.length) throw new Error(`pagefind: ${written.errors.join('; ')}`);
  await pagefind.close();
  await Promise.all([...UNUSED, ...(await unusedWasm(dist))].map((file) => rm(`${dist}/pagefind/${file}`, { force: true })));
  return files.length;
}

/**
 * Pagefind writes a WebAssembly file for every language it knows and one for "unknown"; the
 * browser loads only those the index's entry file names, so the others need not be served or
 * precached for offline use.
 */
async function unusedWasm(dist: string): Promise<string[]> {
  const entry = JSON.parse(await readFile(`${dist}/pagefind/pagefind-entry.json`, 'utf8')) as { languages: Record<string, { wasm?: string }> };
  const used = new Set(Object.values(entry.languages).map((language) => `wasm.${language.wasm ?? 'unknown'}.pagefind`));
  return (await readdir(`${dist}/pagefind`)).filter((file) => /^wasm\..+\.pagefind$/.test(file) && !used.has(file));
}
