// Generates the service worker that makes the site work offline once visited. The precache
// list comes from the built files themselves, so it can never fall out of date.
import { writeFile } from 'node:fs/promises';
import { generateSW } from 'workbox-build';
import type { RouteHandlerCallback } from 'workbox-core/types';

/**
 * Answers a navigation to a URL the precache does not hold. "/steps/x" (no trailing slash) is
 * sent to "/steps/x/" when that page is cached, online or not: every page's relative links need
 * the slash. Anything else goes to the network; when that fails, the cached 404 page answers.
 */
const unknownNavigation: RouteHandlerCallback = async ({ request, url }) => {
  const cached = (path: string) => caches.match(new URL(path, url), { ignoreSearch: true });
  if (!url.pathname.endsWith('/') && (await cached(`${url.pathname}/index.html`))) {
    return Response.redirect(new URL(`${url.pathname}/${url.search}`, url).href, 301);
  }
  try {
    return await fetch(request);
  } catch (error) {
    const page = await cached(new URL('404.html', (self as unknown as { registration: ServiceWorkerRegistration }).registration.scope).href);
    if (!page) throw error;
    return new Response(page.body, { status: 404, statusText: 'Not Found', headers: page.headers });
  }
};

/** Writes <dist>/sw.js precaching every page, asset and search file the site uses; returns files and bytes. */
export async function buildServiceWorker(dist: string, base: string): Promise<{ count: number; size: number }> {
  const { count, size, warnings } = await generateSW({
    globDirectory: dist,
    globPatterns: ['**/*'],
    // robots.txt is for crawlers: no page ever asks for it.
    globIgnores: ['sw.js', 'robots.txt'],
    swDest: `${dist}/sw.js`,
    // Precache URLs are site paths under the base, e.g. /guide/model/index.html.
    modifyURLPrefix: { '': base },
    directoryIndex: 'index.html',
    // Files whose names carry a hash of their content (Astro's assets, pagefind's index parts) can
    // come from the browser's HTTP cache, so the first visit does not fetch again what the page
    // has just loaded. Everything else is fetched fresh. (pagefind writes no file it does not
    // use: search-index.ts removes them, so the precache holds none.)
    dontCacheBustURLsMatching: /\/_astro\/|\/pagefind\/(?:fragment|index|filter)\/|\/pagefind\/pagefind\.[\w-]+\.pf_meta$/,
    // Pagefind adds ?ts= to its entry file; the cached copy must still answer.
    ignoreURLParametersMatching: [/^ts$/, /^utm_/],
    cleanupOutdatedCaches: true,
    // Navigations the precache does not know. workbox writes this function into sw.js as text, so
    // it uses nothing from here: the base path comes from the worker's scope.
    runtimeCaching: [{ urlPattern: ({ request }) => request.mode === 'navigate', handler: unknownNavigation }],
    // A new version waits until the reader chooses to reload (see UpdateNotice).
    skipWaiting: false,
    clientsClaim: true,
    inlineWorkboxRuntime: true,
    sourcemap: false,
    mode: 'production',
    // A page too big to precache fails the build rather than quietly not working offline;
    // MAX_PRECACHE_MB raises the limit (the benchmark's 50-times guide needs it).
    maximumFileSizeToCacheInBytes: (Number(process.env.MAX_PRECACHE_MB) || 5) * 1024 * 1024,
  });
  if (warnings.length) throw new Error(`workbox: ${warnings.join('; ')}`);
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
