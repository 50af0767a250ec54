// The question bank as the checklist and compare pages use it, as JSON. Written once as
// /question-bank.json (src/pages/question-bank.json.ts), which both pages share and the browser
// and the offline worker cache, and fetched only once a page has answers to show or a file to
// read, rather than carried in both pages' HTML; the single file embeds it. Read back by
// src/widgets/common/load-question-bank.ts.
import type { QuestionBank } from '../lib/model.ts';
import { getQuestionBank } from './question-bank.ts';

export async function questionBankJson(): Promise<string> {
  const { version, questions } = await getQuestionBank();
  const bank: QuestionBank = { version, questions: questions.map(({ replaces: _replaces, ...question }) => question) };
  return JSON.stringify(bank);
}
