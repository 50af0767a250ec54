// What a first visit downloads for offline use: the files in the service worker's precache
// list, raw and as sent with compression (text gzipped, as the bench's server does).
import { existsSync, readFileSync } from 'node:fs';
import { extname, join } from 'node:path';
import { gzipSync } from 'node:zlib';

export interface PrecacheFile {
  url: string;
  raw: number;
  sent: number;
}

const TEXT = new Set(['.html', '.js', '.css', '.json', '.svg', '.txt', '.xml']);

/** The files `dist/sw.js` precaches (none when there is no worker), largest first. */
export function precached(dist: string): PrecacheFile[] {
  const worker = join(dist, 'sw.js');
  if (!existsSync(worker)) return [];
  const urls = [...readFileSync(worker, 'utf8').matchAll(/\{url:"([^"]+)",revision:/g)].map(([, url]) => url!);
  return urls
    .map((url) => {
      const body = readFileSync(join(dist, decodeURI(url)));
      return { url, raw: body.length, sent: TEXT.has(extname(url)) ? gzipSync(body).length : body.length };
    })
    .sort((a, b) => b.sent - a.sent);
}
