// The update notice (UpdateNotice.astro): says a new version of the guide is ready and takes it
// when the reader asks. Loaded only then, by service-worker.ts, or by search-button.ts when the
// search's own file is gone because a newer version was published while the page was open.
// Nothing reloads until the reader chooses to.

let waiting: ServiceWorker | undefined;
let wired = false;
// Set only when the reader in this tab asked for the new version: other tabs never reload themselves.
let requested = false;

/** Shows the notice; `worker` is the new version waiting, when there is one. */
export function offerUpdate(worker?: ServiceWorker) {
  const notice = document.querySelector<HTMLElement>('[data-update-notice]');
  if (!notice) return;
  waiting = worker ?? waiting;
  // Writing the words into the page's live region is what makes screen readers announce them;
  // the notice's buttons show while it holds words.
  const message = notice.querySelector<HTMLElement>('[data-update-message]')!;
  message.textContent = message.dataset.text!;
  if (wired) return;
  wired = true;
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
  navigator.serviceWorker?.addEventListener('controllerchange', () => requested && location.reload());
}

/** Search's code is gone from the server: the notice says a new version is out and its reload takes focus. */
export function searchOutOfDate() {
  offerUpdate();
  document.querySelector<HTMLElement>('[data-update-reload]')?.focus();
}
