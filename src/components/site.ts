// The one script every page runs: search, progress on the step spine, and offline support.
import { mountSearchButton } from './search-button.ts';
import { mountStepProgress } from './step-progress.ts';
import { registerServiceWorker } from './service-worker.ts';

// Each part starts on its own, so a fault in one never switches off the others.
for (const start of [mountSearchButton, mountStepProgress, registerServiceWorker]) {
  try {
    start();
  } catch (error) {
    console.error(error);
  }
}
