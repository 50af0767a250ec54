// Fills every [data-step-progress] element with the active assessment's progress for that step.
// Plain DOM and no store library: it runs on reading pages, so it reads storage directly and hears
// about changes made in this tab from CHANGE_EVENT. The site loads it only for a reader with
// answers (progress-loader.ts); the single file runs it at once.
import type { Assessment } from '../lib/model.ts';
import { scoreAssessment } from '../lib/scoring.ts';
import { chooseActive } from '../lib/assessment-list.ts';
import { ACTIVE_KEY, ASSESSMENT_PREFIX, CHANGE_EVENT, STORED_VERSION } from '../lib/storage-keys.ts';
import { fill } from '../lib/text.ts';
import { formatDay, localDateStamp } from '../lib/dates.ts';
import { loadQuestionIndex } from './question-index.ts';

/** The fill for each status, matching the shapes beside results: half when nearly ready, full when ready. */
const FILLS: Record<string, string> = {
  'nearly-ready': 'M7 1.5a5.5 5.5 0 0 1 0 11z',
  ready: 'M7 1.5a5.5 5.5 0 1 1 0 11a5.5 5.5 0 1 1 0-11z',
};

/**
 * A stored record, read only as far as progress needs: its date and its answers' values.
 *
 * A second reader beside the full one (lib/stored-assessment.ts), on purpose. The full reader
 * checks every field, migrates older versions and writes them back; it runs wherever answers are
 * shown or changed, and would add nearly a kilobyte to the progress code. This
 * one never writes and leaves out of the count any record it cannot use. It ignores fields it
 * does not use, so a record that gains fields needs no change here. It reads the current version
 * only, having no migrations: a record from before an upgrade shows no progress until a page
 * with the full reader (a step, the checklist) has migrated and rewritten it.
 */
export function glance(text: string | null): Assessment | undefined {
  try {
    const record = JSON.parse(text ?? '') as Assessment & { v: number };
    // JSON null throws here, and is left out like any other record that cannot be used.
    const { answers } = record;
    // Every version up to this one keeps answers in the same place; a newer one may not.
    const usable = record.v >= 1 && record.v <= STORED_VERSION && typeof record.updatedAt === 'string' && answers instanceof Object && !Array.isArray(answers);
    return usable ? record : undefined;
  } catch {
    return undefined;
  }
}

/** The active assessment as stored, none when there is none, or false when storage cannot be read. */
function storedActive(): Assessment | undefined | false {
  try {
    const list: Assessment[] = [];
    for (let i = 0; i < localStorage.length; i++) {
      const key = localStorage.key(i);
      const record = key?.startsWith(ASSESSMENT_PREFIX) ? glance(localStorage.getItem(key)) : undefined;
      if (record) list.push(record);
    }
    // This tab's own choice first (see src/stores/assessments.ts), else the last chosen anywhere.
    return chooseActive(list, sessionStorage.getItem(ACTIVE_KEY) ?? localStorage.getItem(ACTIVE_KEY) ?? '');
  } catch {
    return false;
  }
}

/**
 * Starts keeping the page's progress markers in step with the reader's answers. `first` is the
 * active assessment when a change in this tab is what loaded this code (its storage may not be
 * written yet); otherwise what is stored is read.
 */
export async function mountStepProgress(first?: Assessment) {
  const markers = document.querySelectorAll<HTMLElement>('[data-step-progress]');
  if (markers.length === 0) return;
  // A change in this tab while the index loads is the newest state: show that one first.
  let latest = first;
  const hear = (event: Event) => (latest = (event as CustomEvent<Assessment | undefined>).detail);
  window.addEventListener(CHANGE_EVENT, hear);
  const index = await loadQuestionIndex();
  window.removeEventListener(CHANGE_EVENT, hear);
  if (!index) return;

  const show = (assessment: Assessment | undefined | false) => {
    const result = assessment ? scoreAssessment(index.questions, assessment) : undefined;
    for (const marker of markers) {
      const step = result?.steps.find((s) => String(s.step) === marker.dataset.stepProgress);
      const started = result?.answered ? step : undefined;
      // A task list's marker says "Not started" before any answer; the spine's says nothing.
      // Neither says anything when storage cannot be read: answers may be there, unseen.
      if (assessment === false || (!started && !marker.dataset.always)) {
        marker.hidden = true;
        continue;
      }
      const code = started ? started.status : 'not-started';
      const status = index.status[code];
      marker.hidden = false;
      marker.dataset.status = code;
      // Only a step with answers has a count ("Not started" and "For later" have none); the
      // spine's short form never shows one.
      marker.querySelector('.step-progress__text')!.textContent =
        started?.answered && !marker.dataset.compact ? `${status}: ${fill(index.label, { answered: started.answered, total: started.total })}` : status;
      marker.querySelector('.step-progress__fill')!.setAttribute('d', FILLS[code] ?? '');
    }
  };

  // The home page says when the active assessment's review is due, as the checklist does.
  const reviewDue = document.querySelector<HTMLElement>('[data-review-due]');
  const showReviewDue = (assessment: Assessment | undefined | false) => {
    if (!reviewDue) return;
    const day = assessment && typeof assessment.nextReview === 'string' ? assessment.nextReview : '';
    reviewDue.hidden = !day || day > localDateStamp();
    if (assessment && !reviewDue.hidden) {
      // Named as the checklist names it (widgets/common/assessment-name.ts), without its import.
      const name = `${assessment.place || reviewDue.dataset.unnamed!}${assessment.partnership ? ` (${assessment.partnership})` : ''}`;
      reviewDue.firstElementChild!.textContent = fill(reviewDue.dataset.reviewDue!, { name, date: formatDay(day) });
    }
  };
  const showAll = (assessment: Assessment | undefined | false) => {
    show(assessment);
    showReviewDue(assessment);
  };

  showAll(latest ?? storedActive());
  window.addEventListener(CHANGE_EVENT, (event) => showAll((event as CustomEvent<Assessment | undefined>).detail));
  // Another tab saved, or the page came back from the back/forward cache.
  window.addEventListener('storage', () => showAll(storedActive()));
  window.addEventListener('pageshow', (event) => event.persisted && showAll(storedActive()));
}
