// Registers the offline service worker and shows the update notice when a new version waits.
import { withBase } from '../lib/url.ts';

/** Starts the service worker (hosted copies only) and wires the "new version" notice. */
export function registerServiceWorker() {
  if (!('serviceWorker' in navigator) || !['http:', 'https:'].includes(location.protocol)) return;
  const notice = document.querySelector<HTMLElement>('[data-update-notice]');
  // Set only when the reader in this tab asked for the new version: other tabs never reload themselves.
  let requested = false;

  const offer = (waiting: ServiceWorker) => {
    if (!notice) return;
    notice.hidden = false;
    notice.querySelector('[data-update-reload]')?.addEventListener('click', () => {
      requested = true;
      // Another tab may have switched versions already; then a plain reload is all that is left.
      if (waiting.state === 'activated' || waiting.state === 'redundant') location.reload();
      else waiting.postMessage({ type: 'SKIP_WAITING' });
    });
    notice.querySelector('[data-update-dismiss]')?.addEventListener('click', () => (notice.hidden = true));
  };

  navigator.serviceWorker.addEventListener('controllerchange', () => {
    if (requested) location.reload();
  });

  void navigator.serviceWorker
    .register(withBase('/sw.js'), { scope: withBase('/') })
    .then((registration) => {
      if (registration.waiting && navigator.serviceWorker.controller) offer(registration.waiting);
      registration.addEventListener('updatefound', () => {
        const installing = registration.installing;
        installing?.addEventListener('statechange', () => {
          // A first install needs no notice; only a replacement for a running version does.
          if (installing.state === 'installed' && navigator.serviceWorker.controller) offer(installing);
        });
      });
    })
    .catch(() => undefined);
}
