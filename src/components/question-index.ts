// The slim question index every page carries (see QuestionIndex.astro), read back in the browser.
import type { ScoredQuestion, StepStatus } from '../lib/scoring.ts';
import { PHASES } from '../lib/model.ts';

/** What the index holds: enough to score progress and label it, no question texts. */
export interface QuestionIndex {
  questions: ScoredQuestion[];
  /** Status names, e.g. "Nearly ready". */
  status: Record<StepStatus, string>;
  /** The progress template, e.g. "{answered} of {total} answered". */
  label: string;
}

/** The question index on this page, or undefined when the page has none. */
export function readQuestionIndex(): QuestionIndex | undefined {
  const element = document.getElementById('question-index');
  if (!element?.textContent) return undefined;
  const data = JSON.parse(element.textContent) as { q: [string, ScoredQuestion['step'], ScoredQuestion['roles'], 0 | 1, number][] } & Omit<
    QuestionIndex,
    'questions'
  >;
  return {
    questions: data.q.map(([id, step, roles, essential, phase]) => ({ id, step, roles, essential: essential === 1, phase: PHASES[phase] ?? 'commit' })),
    status: data.status,
    label: data.label,
  };
}
