// The slim question index every page carries (see QuestionIndex.astro), read back in the browser.
import type { ScoredQuestion } from '../lib/scoring.ts';

/** The question index on this page, or undefined when the page has none. */
export function readQuestionIndex(): ScoredQuestion[] | undefined {
  const element = document.getElementById('question-index');
  if (!element?.textContent) return undefined;
  const rows = JSON.parse(element.textContent) as [string, ScoredQuestion['step'], ScoredQuestion['roles'], 0 | 1][];
  return rows.map(([id, step, roles, essential]) => ({ id, step, roles, essential: essential === 1 }));
}
