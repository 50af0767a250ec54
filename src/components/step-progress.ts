// Fills every [data-step-progress] element with the active assessment's progress for that step.
// Plain DOM, no framework: it runs on reading pages too, where the JavaScript budget is small.
// Named imports keep the rest of the interface copy out of this small script.
import { progress, status as statusCopy } from '../../content/ui.json';
import { $active } from '../stores/assessments.ts';
import { scoreAssessment } from '../lib/scoring.ts';
import { fill } from '../lib/text.ts';
import { readQuestionIndex } from './question-index.ts';

/** The fill for each status, matching the shapes beside results: half when nearly ready, full when ready. */
const FILLS: Record<string, string> = {
  'nearly-ready': 'M7 1.5a5.5 5.5 0 0 1 0 11z',
  ready: 'M7 1.5a5.5 5.5 0 1 1 0 11a5.5 5.5 0 1 1 0-11z',
};

/** Starts keeping the page's progress markers in step with the stored answers. */
export function mountStepProgress() {
  const bank = readQuestionIndex();
  const markers = document.querySelectorAll<HTMLElement>('[data-step-progress]');
  if (!bank || markers.length === 0) return;
  $active.subscribe((assessment) => {
    const result = assessment ? scoreAssessment(bank, assessment) : undefined;
    for (const marker of markers) {
      const step = result?.steps.find((s) => String(s.step) === marker.dataset.stepProgress);
      if (!step || !result || result.answered === 0) {
        marker.hidden = true;
        continue;
      }
      const status = statusCopy[step.status];
      const counted = fill(progress.label, { answered: step.answered, total: step.total });
      marker.hidden = false;
      marker.dataset.status = step.status;
      marker.querySelector('.step-progress__text')!.textContent =
        marker.classList.contains('step-progress--compact') ? status : `${status}: ${counted}`;
      marker.querySelector('.step-progress__fill')!.setAttribute('d', FILLS[step.status] ?? '');
      marker.title = `${status}, ${counted}`;
    }
  });
}
