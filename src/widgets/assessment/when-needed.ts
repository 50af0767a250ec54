// client:needed, the step form's hydration. A reader with no assessment stored sees exactly what
// the server built (a blank form that reads and prints), so the form's code waits until they
// first use the form: a pointer or focus inside it. A reader with answers gets them at once,
// hydrated when the browser is idle, as client:idle would. Astro writes this into each step page.
import type { ClientDirective } from 'astro';
import { ASSESSMENT_PREFIX } from '../../lib/storage-keys.ts';

/**
 * What counts as first use: anything that can choose an answer or open a note starts with one of
 * these. A pointer over the form counts too, so the picker's buttons work at the first click.
 */
const USE = ['pointerover', 'pointerdown', 'focusin'];

const needed: ClientDirective = (load, _options, island) => {
  // Scripts run, and the form's code can load (not from a folder on disk, where the page says
  // so: src/components/file-mode.ts): show what needs it, and drop "switch on JavaScript".
  if (location.protocol !== 'file:') {
    island.dataset.scripts = '';
    island.closest('.assessment')?.querySelector('[data-no-script-notice]')?.remove();
  }
  // A button pressed before the code arrived (the picker's) is pressed again once it has:
  // radios and notes keep what the reader did by themselves (AssessmentForm reads them).
  let pressed: string | undefined;
  const remember = (event: Event) => {
    pressed = (event.target as Element).closest('button[id]')?.id ?? pressed;
  };
  island.addEventListener('click', remember, true);
  let started = false;
  const hydrate = async () => {
    if (started) return;
    started = true;
    for (const type of USE) island.removeEventListener(type, hydrate, true);
    const hydrateIsland = await load();
    await hydrateIsland();
    island.removeEventListener('click', remember, true);
    if (pressed) document.getElementById(pressed)?.click();
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
};

export default needed;
