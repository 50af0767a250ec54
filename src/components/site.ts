// The one script every page runs: search, progress on the step spine, print buttons and offline support.
import { mountPrintButtons } from './print-button.ts';
import { mountSearchButton } from './search-button.ts';
import { loadStepProgress } from './progress-loader.ts';
import { registerServiceWorker } from './service-worker.ts';

// Each part starts on its own, so a fault in one never switches off the others.
for (const start of [mountSearchButton, loadStepProgress, mountPrintButtons, registerServiceWorker]) {
  try {
    start();
  } catch (error) {
    console.error(error);
  }
}
