// The one script every page runs: search, progress on the step spine, and offline support.
import { mountSearchButton } from './search-button.ts';
import { mountStepProgress } from './step-progress.ts';
import { registerServiceWorker } from './service-worker.ts';

mountSearchButton();
mountStepProgress();
registerServiceWorker();
