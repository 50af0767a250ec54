// The one script every page runs: search, progress on the step spine, offline support and print
// buttons, or, in a copy opened from a folder on disk, what works there. It is all of a reading
// page's JavaScript (budget: 1 KB). It ships as a classic script (src/build/site-script.ts), the
// only kind a browser runs from disk; what it loads later are modules, which only a hosted copy
// loads.
import { showFileMode } from './file-mode.ts';
import { mountPrintButtons } from './print-button.ts';
import { mountSearchButton } from './search-button.ts';
import { loadStepProgress } from './progress-loader.ts';
import { registerServiceWorker } from './service-worker.ts';

const parts =
  location.protocol === 'file:' ? [showFileMode, mountPrintButtons] : [mountPrintButtons, mountSearchButton, loadStepProgress, registerServiceWorker];
// Each part starts on its own, so a fault in one never switches off the others.
for (const start of parts) {
  try {
    start();
  } catch (error) {
    console.error(error);
  }
}
