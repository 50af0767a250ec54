// The one script every page runs: search, progress on the step spine and offline support. It is
// all of a reading page's JavaScript (budget: 1 KB), so what only some pages need lives with them
// (the blank checklist's print button).
import { mountSearchButton } from './search-button.ts';
import { loadStepProgress } from './progress-loader.ts';
import { registerServiceWorker } from './service-worker.ts';

// Each part starts on its own, so a fault in one never switches off the others.
for (const start of [mountSearchButton, loadStepProgress, registerServiceWorker]) {
  try {
    start();
  } catch (error) {
    console.error(error);
  }
}
