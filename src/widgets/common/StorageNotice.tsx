// Tells the reader when answers are not being kept, or when stored data needs attention, and
// offers what they can do about it there and then. The live region is always on the page, so
// whatever appears in it is announced; what it says (StorageNoticeContent.tsx) loads only once
// there is something to say, which on most visits is never.
import { useStore } from '@nanostores/preact';
import type { FormQuestion, QuestionBank } from '../../lib/model.ts';
import { $memoryChoice, $storageState } from '../../stores/storage.ts';
import { $orphan, $storageProblems } from '../../stores/assessments.ts';
import { mustAskFirst } from './ask-first.ts';
import { OutOfDateNotice } from './OutOfDateNotice.tsx';
import { usePart } from './use-part.ts';

interface Props {
  /**
   * The questions this page knows, for an export made from the notice; without them (the
   * checklist), the whole bank is loaded for the export.
   */
  bank?: QuestionBank<FormQuestion>;
}

/** Every storage problem this page knows of, each with what the reader can do. */
export function StorageNotice({ bank }: Props) {
  const state = useStore($storageState);
  // Watched here, not only in the content: a page that reports problems copies damaged records aside (stores/assessments.ts).
  const problems = useStore($storageProblems);
  const orphan = useStore($orphan);
  const memoryChoice = useStore($memoryChoice);
  const somethingToSay = state !== 'ok' || Boolean(orphan) || problems.newer.length > 0 || problems.damaged.length > 0 || mustAskFirst(memoryChoice, state);
  // Once loaded it stays, so a message it shows after a click is not taken away.
  const Content = usePart(somethingToSay, () => import('./StorageNoticeContent.tsx').then((part) => part.StorageNoticeContent));
  return (
    <div class="storage-notices" role="alert">
      <OutOfDateNotice alert={false} />
      {Content && <Content bank={bank} />}
    </div>
  );
}
