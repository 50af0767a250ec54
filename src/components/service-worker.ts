// Registers the offline service worker and shows the update notice when a new version waits.
import { withBase } from '../lib/url.ts';

/** Starts the service worker (hosted copies only) and wires the "new version" notice. */
export function registerServiceWorker() {
  const sw = navigator.serviceWorker;
  if (!sw || !location.protocol.startsWith('http')) return;
  const notice = document.querySelector<HTMLElement>('[data-update-notice]');
  if (!notice) return;
  // Writing the words into the page's live region is what makes screen readers announce them;
  // the notice's buttons show while it holds words (UpdateNotice.astro).
  const message = notice.querySelector<HTMLElement>('[data-update-message]')!;
  let waiting: ServiceWorker | undefined;
  // Set only when the reader in this tab asked for the new version: other tabs never reload themselves.
  let requested = false;

  const offer = (worker: ServiceWorker | null) => {
    // A first install needs no say from the reader; only a replacement for a running version does.
    if (!worker || !sw.controller) return;
    waiting = worker;
    message.textContent = message.dataset.text!;
  };
  notice.querySelector('[data-update-reload]')!.addEventListener('click', () => {
    requested = true;
    // Another tab may have switched versions already; then a plain reload is all that is left.
    if (waiting?.state === 'installed') waiting.postMessage({ type: 'SKIP_WAITING' });
    else location.reload();
  });
  notice.querySelector('[data-update-dismiss]')!.addEventListener('click', () => (message.textContent = ''));
  sw.addEventListener('controllerchange', () => requested && location.reload());

  // Some browsers and test harnesses block workers and resolve without a registration.
  sw.register(withBase('/sw.js'), { scope: withBase('/') }).then(
    (registration: ServiceWorkerRegistration | undefined) => {
      if (!registration) return;
      offer(registration.waiting);
      registration.addEventListener('updatefound', () => {
        const installing = registration.installing;
        installing?.addEventListener('statechange', () => installing.state === 'installed' && offer(installing));
      });
    },
    () => undefined,
  );
}
