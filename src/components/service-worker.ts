// Registers the offline service worker and shows the update notice (UpdateNotice.astro) when a
// new version waits. Nothing reloads until the reader chooses to.

/** Starts the service worker (hosted copies only) and wires the "new version" notice. */
export function registerServiceWorker() {
  const sw = navigator.serviceWorker;
  const notice = document.querySelector<HTMLElement>('[data-update-notice]');
  if (!sw || !notice || !location.protocol.startsWith('http')) return;
  // Writing the words into the page's live region is what makes screen readers announce them;
  // the notice's buttons show while it holds words.
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
  // One listener for both buttons: "Dismiss" empties the notice, "Reload" takes the new version.
  notice.addEventListener('click', (event) => {
    const button = (event.target as Element).closest('button');
    if (!button) return;
    if (button.hasAttribute('data-update-dismiss')) return void (message.textContent = '');
    requested = true;
    // Another tab may have switched versions already; then a plain reload is all that is left.
    if (waiting?.state === 'installed') waiting.postMessage({ type: 'SKIP_WAITING' });
    else location.reload();
  });
  sw.addEventListener('controllerchange', () => requested && location.reload());

  // BASE_URL ends in "/" (astro.config.mjs): the worker sits at the site's root and serves all of it.
  const root = import.meta.env.BASE_URL;
  // Some browsers and test harnesses block workers and resolve without a registration.
  sw.register(`${root}sw.js`, { scope: root }).then(
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
