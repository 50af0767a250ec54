// The pages of a built site, read from its output folder.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';

export interface PageSize {
  path: string;
  raw: number;
  gzip: number;
}

/** Every page, as a path under the site's root ("" for home). */
export function htmlPages(dist: string): string[] {
  return readdirSync(dist, { recursive: true, encoding: 'utf8' })
    .filter((f) => f === 'index.html' || f.endsWith('/index.html'))
    .map((f) => f.slice(0, -'index.html'.length))
    .sort();
}

/** One page's HTML, raw and gzip. */
export function pageSize(dist: string, path: string): PageSize {
  const body = readFileSync(join(dist, path, 'index.html'));
  return { path: `/${path}`, raw: body.length, gzip: gzipSync(body, { level: 9 }).length };
}

/** The page with the most HTML. */
export function largestPage(dist: string): PageSize {
  return htmlPages(dist)
    .map((path) => pageSize(dist, path))
    .sort((a, b) => b.raw - a.raw)[0]!;
}
