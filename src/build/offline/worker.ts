// The offline service worker itself. It runs in the browser, not in the build: the build bundles
// it with esbuild (service-worker.ts), writing the precache list into self.__WB_MANIFEST.
import { clientsClaim } from 'workbox-core';
import { cleanupOutdatedCaches, precacheAndRoute, type PrecacheEntry } from 'workbox-precaching';
import { registerRoute } from 'workbox-routing';
import type { RouteHandlerCallback } from 'workbox-core/types';

// Only what is used of a worker's global scope: the DOM types the project checks with describe a window.
declare const self: {
  __WB_MANIFEST: PrecacheEntry[];
  registration: ServiceWorkerRegistration;
  skipWaiting(): Promise<void>;
  addEventListener(type: 'message', listener: (event: MessageEvent<unknown>) => void): void;
};

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
    const page = await cached(new URL('404.html', self.registration.scope).href);
    if (!page) throw error;
    return new Response(page.body, { status: 404, statusText: 'Not Found', headers: page.headers });
  }
};

// A new version waits until the reader asks for it from the page's update notice (service-worker.ts in components).
self.addEventListener('message', (event) => {
  if ((event.data as { type?: string } | null)?.type === 'SKIP_WAITING') void self.skipWaiting();
});
clientsClaim();
precacheAndRoute(self.__WB_MANIFEST, { directoryIndex: 'index.html', ignoreURLParametersMatching: [/^ts$/, /^utm_/] });
cleanupOutdatedCaches();
registerRoute(({ request }) => request.mode === 'navigate', unknownNavigation);
