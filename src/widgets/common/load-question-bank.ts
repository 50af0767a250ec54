// The question bank (src/data/question-bank-file.ts), read back in the browser: fetched from
// /question-bank.json, or from the page where it is embedded (the single file, opened from disk).
// One request serves the whole page; the browser's cache and the offline worker serve it again
// to the checklist and compare pages alike.
import type { QuestionBank } from '../../lib/model.ts';
import { readSiteData } from '../../lib/site-data.ts';
import { loadPart } from './load-part.ts';

let loading: Promise<QuestionBank> | undefined;

/**
 * The question bank, loaded once for the page. A failure is told on the page (load-part.ts) and
 * rejects; the next call tries again.
 */
export function loadQuestionBank(): Promise<QuestionBank> {
  loading ??= loadPart(() => readSiteData<QuestionBank>('question-bank'), 'questions').catch((error: unknown) => {
    loading = undefined;
    throw error;
  });
  return loading;
}
