// What the storage notice (StorageNotice.tsx) says when answers are not being kept, or when
// stored data needs attention, with what the reader can do about it there and then. Loaded only
// once there is something to say.
import { useState } from 'preact/hooks';
import { useStore } from '@nanostores/preact';
import { storage as copy } from '../../../content/ui/storage.json';
import type { Assessment, FormQuestion, QuestionBank } from '../../lib/model.ts';
import { plural } from '../../lib/plural.ts';
import { fill } from '../../lib/text.ts';
import { $memoryChoice, $storageState, setMemoryOnly, type StorageState } from '../../stores/storage.ts';
import { mustAskFirst } from './ask-first.ts';
import { $active, $orphan, $storageProblems, damagedRecords, restoreOrphan, setAsideDamaged } from '../../stores/assessments.ts';
import { assessmentName } from './assessment-name.ts';
import { loadPart } from './load-part.ts';
import { loadQuestionBank } from './load-question-bank.ts';

interface Props {
  /** The questions this page knows, for an export made from the notice; else the whole bank, loaded then. */
  bank?: QuestionBank<FormQuestion>;
}

/** What to say when answers are not being saved on this device. */
const UNSAVED: Partial<Record<StorageState, string>> = {
  blocked: copy.blocked,
  full: copy.full,
  'read-only': copy.readOnly,
  unreadable: copy.unreadable,
  memory: copy.memory,
};

/** Saves the active assessment as this guide's JSON file; the export code (and the bank, if need be) loads only when used. */
async function exportNow(bank: QuestionBank<FormQuestion> | undefined, assessment: Assessment): Promise<string> {
  const [{ downloadExport }, questions] = await Promise.all([loadPart(() => import('./download-export.ts')), bank ?? loadQuestionBank()]);
  return downloadExport(questions, assessment);
}

async function downloadDamaged() {
  const { download } = await loadPart(() => import('./download.ts'));
  download(
    'readiness-damaged-records.txt',
    damagedRecords()
      .map((r) => `${r.id}\n${r.raw}`)
      .join('\n\n'),
    'text/plain',
  );
}

/** Every storage problem this page knows of, each with what the reader can do. */
export function StorageNoticeContent({ bank }: Props) {
  const state = useStore($storageState);
  const problems = useStore($storageProblems);
  const active = useStore($active);
  const orphan = useStore($orphan);
  const memoryChoice = useStore($memoryChoice);
  const [message, setMessage] = useState('');
  const unsaved = UNSAVED[state];
  const askFirst = mustAskFirst(memoryChoice, state);
  return (
    <>
      {askFirst && (
        <div class="notice">
          <p>{copy.fromDisk}</p>
          <div class="button-row">
            <button type="button" class="button button--secondary" onClick={() => setMemoryOnly(true)}>
              {copy.keepInPage}
            </button>
            <button type="button" class="button button--secondary" onClick={() => setMemoryOnly(false)}>
              {copy.saveHere}
            </button>
          </div>
        </div>
      )}
      {unsaved && (
        <div class="notice notice--warning">
          <p>{unsaved}</p>
          <div class="button-row">
            {active && (
              <button
                type="button"
                class="button button--secondary"
                onClick={async () => setMessage(fill(copy.exported, { file: await exportNow(bank, active) }))}
              >
                {copy.exportNow}
              </button>
            )}
            {state === 'memory' && (
              <button type="button" class="button button--secondary" onClick={() => setMemoryOnly(false)}>
                {copy.saveOnDevice}
              </button>
            )}
          </div>
        </div>
      )}
      {orphan && (
        <div class="notice notice--warning">
          <p>{fill(copy.orphan, { name: assessmentName(orphan) })}</p>
          <button type="button" class="button button--secondary" onClick={restoreOrphan}>
            {copy.restore}
          </button>
        </div>
      )}
      {problems.newer.length > 0 && (
        <div class="notice notice--warning">
          <p>{copy.newer}</p>
          <button type="button" class="button button--secondary" onClick={() => location.reload()}>
            {copy.reload}
          </button>
        </div>
      )}
      {problems.damaged.length > 0 && (
        <div class="notice notice--warning">
          <p>{plural(copy.damagedMany, problems.damaged.length)}</p>
          <div class="button-row">
            <button type="button" class="button button--secondary" onClick={() => void downloadDamaged()}>
              {copy.downloadDamaged}
            </button>
            <button
              type="button"
              class="button button--secondary"
              onClick={() => setMessage(problems.damaged.map(setAsideDamaged).every(Boolean) ? '' : copy.cannotSetAside)}
            >
              {copy.setAside}
            </button>
          </div>
        </div>
      )}
      {message && <p class="notice">{message}</p>}
    </>
  );
}
