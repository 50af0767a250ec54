// Loads the progress code (step-progress.ts, with scoring) only for a reader who has answers:
// most readers have none, and a reading page's JavaScript budget is 1 KB. Until then, a task
// list's markers say "Not started", which is then known to be true, and the code loads the
// moment answers appear: in this tab (CHANGE_EVENT) or another (a storage event).
import type { Assessment } from '../lib/model.ts';
// The bundler writes these names in as text (optimization.inlineConst in astro.config.mjs), so
// the storage key module stays out of every page's script.
import { ASSESSMENT_PREFIX, CHANGE_EVENT } from '../lib/storage-keys.ts';

/** Whether any assessment is stored; undefined when storage cannot be read. */
function hasAssessments(): boolean | undefined {
  try {
    return Object.keys(localStorage).some((key) => key.startsWith(ASSESSMENT_PREFIX));
  } catch {
    return undefined;
  }
}

/** Shows progress on the page's markers and review notice, loading its code once there is any. */
export function loadStepProgress() {
  if (!document.querySelector('[data-step-progress], [data-review-due]')) return;
  // The newest change in this tab, for the code once it has loaded: one answer may fire two
  // changes (a new assessment, then its answer) before it has.
  let latest: Assessment | undefined;
  let loading: Promise<void> | undefined;
  const start = () => (loading ??= import('./step-progress.ts').then((progress) => progress.mountStepProgress(latest)));
  const stored = hasAssessments();
  // Storage that cannot be read may hold answers: then nothing is shown, as step-progress.ts does.
  if (stored === undefined) return;
  if (stored) return void start();
  // "Not started" is written in the markup (StepProgress.astro), waiting to be shown.
  for (const marker of document.querySelectorAll<HTMLElement>('[data-step-progress][data-always]')) marker.hidden = false;
  window.addEventListener(CHANGE_EVENT, (event) => {
    latest = (event as CustomEvent<Assessment | undefined>).detail;
    void start();
  });
  window.addEventListener('storage', () => hasAssessments() && start());
}
