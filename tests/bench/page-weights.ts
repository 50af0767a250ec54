// What each page loads, as a reader's browser fetches it from a server that compresses text,
// and what its HTML carries inline (styles, scripts, island props), which no cache can keep.
import { gzipSync } from 'node:zlib';
import type { Browser } from '@playwright/test';
import { loadPage, total, type LoadedFile } from '../support/page-weight.ts';

export interface PageWeight {
  files: LoadedFile[];
  requests: number;
  html: number;
  css: number;
  js: number;
  all: number;
  /** Gzip bytes of the parts inside the HTML, each compressed on its own. */
  inline: { css: number; js: number; islandProps: number };
}

const gzip = (text: string) => (text ? gzipSync(text, { level: 9 }).length : 0);

/** Loads each path under `url` in a fresh page, service workers blocked so every load is a first visit. */
export async function pageWeights(browser: Browser, url: string, paths: string[]): Promise<Map<string, PageWeight>> {
  const context = await browser.newContext({ serviceWorkers: 'block' });
  const weights = new Map<string, PageWeight>();
  for (const path of paths) {
    const page = await context.newPage();
    const files = await loadPage(page, `${url}${path}`);
    const islandProps = await page.evaluate(() => [...document.querySelectorAll('astro-island')].map((island) => island.getAttribute('props') ?? '').join(''));
    await page.close();
    const inline = (kind: 'css' | 'js') => files.filter((f) => f.inline && f.kind === kind).reduce((sum, f) => sum + f.gzip, 0);
    weights.set(path, {
      files,
      requests: files.filter((f) => !f.inline).length,
      html: total(files, 'html'),
      css: total(files, 'css'),
      js: total(files, 'js'),
      all: total(files),
      inline: { css: inline('css'), js: inline('js'), islandProps: gzip(islandProps) },
    });
  }
  await context.close();
  return weights;
}
