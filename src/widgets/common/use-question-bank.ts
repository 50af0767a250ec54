// The question bank for a component, once the page needs it (load-question-bank.ts).
import { useEffect, useState } from 'preact/hooks';
import type { QuestionBank } from '../../lib/model.ts';
import { loadQuestionBank } from './load-question-bank.ts';

/** The bank once `needed` has been true and it has arrived; undefined until then, or if it cannot be had. */
export function useQuestionBank(needed: boolean): QuestionBank | undefined {
  const [bank, setBank] = useState<QuestionBank>();
  useEffect(() => {
    if (!needed || bank) return;
    // A failure is shown by loadPart (OutOfDateNotice); the bank stays away.
    loadQuestionBank().then(setBank, () => undefined);
  }, [needed]);
  return bank;
}
