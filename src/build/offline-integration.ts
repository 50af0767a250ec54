// After `astro build`: index the chapters for search, write the single-file edition, then finish
// the pages (the build's own data out, styles in the head) and make their links relative so a
// copy works from disk, and generate the service worker over the final files.
// Each phase's time is logged, and `npm run bench` reads those lines.
import { readFile, writeFile, readdir } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import { join, relative, sep } from 'node:path';
import type { AstroIntegration } from 'astro';
import { buildSearchIndex } from './search-index.ts';
import { relativiseHtml } from './relative-links.ts';
import { finishPage } from './page-html.ts';
import { classicSiteScript } from './site-script.ts';
import { buildSingleFile, SINGLE_FILE_NAME } from './single-file.ts';
import { buildServiceWorker, writeRetiringServiceWorker } from './service-worker.ts';

async function htmlFiles(dir: string): Promise<string[]> {
  const entries = await readdir(dir, { recursive: true, withFileTypes: true });
  return entries.filter((e) => e.isFile() && e.name.endsWith('.html')).map((e) => join(e.parentPath, e.name));
}

/** The post-build steps, as an Astro integration. */
export function offlineAndSearch(): AstroIntegration {
  let base = '/';
  return {
    name: 'offline-and-search',
    hooks: {
      'astro:config:done': ({ config }) => {
        base = config.base.endsWith('/') ? config.base : `${config.base}/`;
      },
      'astro:build:done': async ({ dir, logger }) => {
        const dist = fileURLToPath(dir).replace(/\/$/, '');
        const timed = async <T>(phase: string, run: () => Promise<T>, describe: (result: T) => string) => {
          const start = performance.now();
          const result = await run();
          logger.info(`phase ${phase}: ${((performance.now() - start) / 1000).toFixed(2)} s, ${describe(result)}`);
          return result;
        };

        await timed(
          'pagefind',
          () => buildSearchIndex(dist),
          (pages) => `${pages} pages indexed`,
        );
        await timed(
          'single-file',
          () => buildSingleFile(dist, base),
          (bytes) => `${(bytes / 1024).toFixed(0)} KB`,
        );
        await timed(
          'page-files',
          async () => {
            // The 404 page is served at any address, so its links stay absolute.
            const files = (await htmlFiles(dist)).filter((f) => !f.endsWith(SINGLE_FILE_NAME));
            for (const file of files) {
              const path = relative(dist, file).split(sep).join('/');
              const html = classicSiteScript(finishPage(await readFile(file, 'utf8')));
              await writeFile(file, file.endsWith(`${sep}404.html`) ? html : relativiseHtml(html, path, base));
            }
            return files.length;
          },
          (count) => `${count} pages`,
        );
        if (process.env.RETIRE_SERVICE_WORKER === '1') {
          await timed(
            'service-worker',
            () => writeRetiringServiceWorker(dist),
            () => 'retiring worker written',
          );
        } else {
          await timed(
            'service-worker',
            () => buildServiceWorker(dist, base),
            ({ count, size }) => `${count} files, ${(size / 1024).toFixed(0)} KB precached`,
          );
        }
      },
    },
  };
}
