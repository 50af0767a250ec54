// The slim question index (src/data/question-index.ts), read back in the browser: fetched from
// /question-index.json, or from the page where it is embedded (the single file, opened from disk).
import type { ScoredQuestion, StepStatus } from '../lib/scoring.ts';
import { PHASES } from '../lib/model.ts';
import { readSiteData } from '../lib/site-data.ts';

/** What the index holds: enough to score progress and label it, no question texts. */
export interface QuestionIndex {
  questions: ScoredQuestion[];
  /** Status names, e.g. "Nearly ready". */
  status: Record<StepStatus, string>;
  /** The progress template, e.g. "{answered} of {total} answered". */
  label: string;
}

type IndexFile = { q: [string, ScoredQuestion['step'], ScoredQuestion['roles'], 0 | 1, number][] } & Omit<QuestionIndex, 'questions'>;

/** The question index, or undefined when it cannot be had (offline before a first visit, say). */
export async function loadQuestionIndex(): Promise<QuestionIndex | undefined> {
  try {
    const data = await readSiteData<IndexFile>('question-index');
    return {
      questions: data.q.map(([id, step, roles, essential, phase]) => ({ id, step, roles, essential: essential === 1, phase: PHASES[phase] ?? 'commit' })),
      status: data.status,
      label: data.label,
    };
  } catch {
    return undefined;
  }
}
