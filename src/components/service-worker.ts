// Registers the offline service worker and, when a new version waits to replace the running one,
// loads the update notice's code (update-notice.ts): most visits never need it, and every page
// runs this file (a reading page's JavaScript budget is 1 KB).

/** Starts the service worker (hosted copies only) and watches for a new version. */
export function registerServiceWorker() {
  const sw = navigator.serviceWorker;
  if (!sw || !location.protocol.startsWith('http')) return;
  // A first install needs no say from the reader; only a replacement for a running version does.
  const offer = (worker: ServiceWorker | null) => worker && sw.controller && import('./update-notice.ts').then((notice) => notice.offerUpdate(worker));
  // BASE_URL ends in "/" (astro.config.mjs): the worker sits at the site's root and serves all of it.
  const root = import.meta.env.BASE_URL;
  // Some browsers and test harnesses block workers and resolve without a registration.
  sw.register(`${root}sw.js`, { scope: root }).then(
    (registration: ServiceWorkerRegistration | undefined) => {
      if (!registration) return;
      void offer(registration.waiting);
      registration.addEventListener('updatefound', () => {
        const installing = registration.installing;
        installing?.addEventListener('statechange', () => installing.state === 'installed' && offer(installing));
      });
    },
    () => undefined,
  );
}
