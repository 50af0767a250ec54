// client:needed, the step form's hydration. A reader with no assessment stored sees exactly what
// the server built (a blank form that reads and prints), so the form's code waits until they
// first use the form: a pointer or focus inside it. A reader with answers gets them at once,
// hydrated when the browser is idle, as client:idle would. Astro writes this into each step page.
import type { ClientDirective } from 'astro';
import { ASSESSMENT_PREFIX } from '../../lib/storage-keys.ts';

/** What counts as first use: anything that can choose an answer or open a note starts with one of these. */
const USE = ['pointerdown', 'focusin'];

const needed: ClientDirective = (load, _options, island) => {
  let started = false;
  const hydrate = async () => {
    if (started) return;
    started = true;
    for (const type of USE) island.removeEventListener(type, hydrate, true);
    await (await load())();
  };
  let stored = true;
  try {
    stored = Object.keys(localStorage).some((key) => key.startsWith(ASSESSMENT_PREFIX));
  } catch {
    // Storage that cannot be read: hydrate, and the form says what it can.
  }
  if (stored) {
    if ('requestIdleCallback' in window) requestIdleCallback(() => void hydrate());
    else setTimeout(() => void hydrate(), 200);
    return;
  }
  for (const type of USE) island.addEventListener(type, hydrate, true);
  // Answers given in another tab belong on this page too.
  window.addEventListener('storage', () => void hydrate(), { once: true });
  // Scripts run, and the form's code comes at first use: "switch on JavaScript" is no longer true.
  // From a folder on disk it cannot load at all, and the notice says so (public/file-mode.js).
  if (location.protocol !== 'file:') island.closest('.assessment')?.querySelector('[data-no-script-notice]')?.remove();
};

export default needed;
