// What a page loads, by kind, raw and gzip-compressed, as a browser fetches it on load. Used by
// the size budget test and by `npm run bench`.
import { gzipSync } from 'node:zlib';
import type { Page } from '@playwright/test';

export type Kind = 'html' | 'css' | 'js' | 'other';

export interface LoadedFile {
  url: string;
  kind: Kind;
  raw: number;
  gzip: number;
  /** Inside the page's HTML: counted in its own kind, but not again in the page's total. */
  inline?: boolean;
}

const gzip = (text: string | Buffer) => gzipSync(text, { level: 9 }).length;

function kindOf(contentType: string, url: string): Kind {
  if (contentType.includes('html')) return 'html';
  if (contentType.includes('css') || url.endsWith('.css')) return 'css';
  if (contentType.includes('javascript') || url.endsWith('.js')) return 'js';
  return 'other';
}

/**
 * Opens a page, scrolls to the end so islands that wait to be seen load too, and lists every
 * file it loaded. Inline scripts and styles count as JavaScript and CSS as well as HTML.
 * A step form with nothing stored loads its code on first use (client:needed), so it is not
 * counted unless `use` is set; then the form is used first, as a reader starting it would.
 */
export async function loadPage(page: Page, path: string, { use = false } = {}): Promise<LoadedFile[]> {
  const files: Promise<LoadedFile | undefined>[] = [];
  page.on('response', (response) => {
    files.push(
      (async () => {
        const body = await response.body().catch(() => undefined);
        if (!body) return undefined;
        const url = response.url();
        return { url, kind: kindOf(response.headers()['content-type'] ?? '', url), raw: body.length, gzip: gzip(body) };
      })(),
    );
  });
  await page.goto(path, { waitUntil: 'networkidle' });
  // Bring each island into view, as a reader scrolling down would: those that wait to be seen load now.
  await page.evaluate(() => document.querySelectorAll('astro-island').forEach((island) => island.firstElementChild?.scrollIntoView()));
  if (use) await page.locator('astro-island[client="needed"] input').first().focus();
  await page.waitForFunction(() =>
    [...document.querySelectorAll('astro-island')].every((island) => !island.hasAttribute('ssr') || island.getAttribute('client') === 'needed'),
  );
  await page.waitForTimeout(300);
  const inline = await page.evaluate(() =>
    [...document.querySelectorAll('script:not([src])')]
      .filter((s) => !(s as HTMLScriptElement).type || /javascript|module/.test((s as HTMLScriptElement).type))
      .map((s) => s.textContent ?? '')
      .join('\n'),
  );
  const styles = await page.evaluate(() => [...document.querySelectorAll('style')].map((s) => s.textContent ?? '').join('\n'));
  const loaded = (await Promise.all(files)).filter((f): f is LoadedFile => Boolean(f));
  if (inline) loaded.push({ url: `${path} (inline scripts)`, kind: 'js', raw: Buffer.byteLength(inline), gzip: gzip(inline), inline: true });
  if (styles) loaded.push({ url: `${path} (inline styles)`, kind: 'css', raw: Buffer.byteLength(styles), gzip: gzip(styles), inline: true });
  return loaded;
}

/** Sums the files of one kind, or everything loaded (where inline code is already in the HTML). */
export function total(files: LoadedFile[], kind?: Kind, measure: 'raw' | 'gzip' = 'gzip'): number {
  return files.filter((f) => (kind ? f.kind === kind : !f.inline)).reduce((sum, f) => sum + f[measure], 0);
}

/** "name.js 4.2 KB, other.js 1.1 KB", largest first: what to look at when a budget breaks. */
export function describe(files: LoadedFile[], kind?: Kind): string {
  return files
    .filter((f) => !kind || f.kind === kind)
    .sort((a, b) => b.gzip - a.gzip)
    .map((f) => `${f.url.replace(/^https?:\/\/[^/]+/, '')} ${(f.gzip / 1024).toFixed(1)} KB`)
    .join(', ');
}
