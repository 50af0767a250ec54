// Builds the pagefind search index over the chapter text of the built site.
import { rm } from 'node:fs/promises';
import * as pagefind from 'pagefind';

// Pagefind also writes its ready-made interfaces; the site has its own search box (Search.astro).
const UNUSED = ['pagefind-ui.js', 'pagefind-ui.css', 'pagefind-modular-ui.js', 'pagefind-modular-ui.css', 'pagefind-component-ui.js', 'pagefind-component-ui.css', 'pagefind-highlight.js'];

/** Indexes every page's main text (marked data-pagefind-body) into <dist>/pagefind. */
export async function buildSearchIndex(dist: string): Promise<number> {
  const { index, errors } = await pagefind.createIndex({ forceLanguage: 'en' });
  if (!index) throw new Error(`pagefind could not start: ${errors.join('; ')}`);
  // Every page is a folder's index.html; 404.html is not a page anyone should be sent to.
  const added = await index.addDirectory({ path: dist, glob: '**/index.html' });
  if (added.errors.length) throw new Error(`pagefind: ${added.errors.join('; ')}`);
  const written = await index.writeFiles({ outputPath: `${dist}/pagefind` });
  if (written.errors.length) throw new Error(`pagefind: ${written.errors.join('; ')}`);
  await pagefind.close();
  await Promise.all(UNUSED.map((file) => rm(`${dist}/pagefind/${file}`, { force: true })));
  return added.page_count;
}
