// Generates the service worker that makes the site work offline once visited. The precache
// list comes from the built files themselves, so it can never fall out of date.
import { writeFile } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import { build } from 'esbuild';
// Only the function that lists the files: the package's index also loads its bundler (Rollup,
// Babel and its presets), over a second of every build's start-up that nothing here runs.
import { getManifest } from 'workbox-build/build/get-manifest.js';

const WORKER = fileURLToPath(new URL('./offline/worker.ts', import.meta.url));

/**
 * Writes <dist>/sw.js precaching every page, asset and search file the site uses; returns files
 * and bytes. workbox-build lists and hashes the files; the worker (offline/worker.ts) is bundled
 * with esbuild, which takes a tenth of the time workbox's own bundler took for the same file.
 */
export async function buildServiceWorker(dist: string, base: string): Promise<{ count: number; size: number }> {
  const { count, size, manifestEntries, warnings } = await getManifest({
    globDirectory: dist,
    globPatterns: ['**/*'],
    globIgnores: ['sw.js', 'robots.txt'],
    modifyURLPrefix: { '': base },
    dontCacheBustURLsMatching: /\/_astro\/|\/pagefind\/(?:fragment|index|filter)\/|\/pagefind\/pagefind\.[\w-]+\.pf_meta$/,
    maximumFileSizeToCacheInBytes: (Number(process.env.MAX_PRECACHE_MB) || 5) * 1024 * 1024,
  });
  if (warnings.length) throw new Error(`workbox: ${warnings.join('; ')}`);
  await build({
    entryPoints: [WORKER],
    outfile: `${dist}/sw.js`,
    bundle: true,
    minify: true,
    format: 'iife',
    target: 'es2020',
    // Workbox's logging and checks are for development only.
    define: { 'self.__WB_MANIFEST': JSON.stringify(manifestEntries), 'process.env.NODE_ENV': '"production"' },
    logLevel: 'error',
  });
  return { count, size };
}

/** Writes a worker that removes itself and its caches, for retiring offline support. */
export async function writeRetiringServiceWorker(dist: string): Promise<void> {
  await writeFile(
    `${dist}/sw.js`,
    `// This site no longer works offline: remove the caches and this worker, then reload open pages.
self.addEventListener('install', () => self.skipWaiting());
self.addEventListener('activate', (event) => {
  event.waitUntil((async () => {
    for (const key of await caches.keys()) await caches.delete(key);
    await self.registration.unregister();
    for (const client of await self.clients.matchAll({ type: 'window' })) client.navigate(client.url);
  })());
});
`,
  );
}
