// The slim question index: the bank's ids, steps, roles, essential flags and phases, and the
// progress wording, as JSON. Written once as /question-index.json (src/pages/question-index.json.ts)
// and fetched only by a reader with answers, rather than carried by every page; the single file
// embeds it. Read back by src/components/question-index.ts.
import { ui } from './ui.ts';
import { getQuestionBank } from './question-bank.ts';
import { PHASES } from '../lib/model.ts';

export async function questionIndexJson(): Promise<string> {
  const bank = await getQuestionBank();
  return JSON.stringify({
    q: bank.questions.map((q) => [q.id, q.step, q.roles, q.essential ? 1 : 0, PHASES.indexOf(q.phase)]),
    status: ui.status,
    label: ui.progress.label,
  });
}
