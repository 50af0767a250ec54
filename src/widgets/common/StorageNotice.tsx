// Tells the reader when answers are not being kept, or when stored data needs attention, and
// offers what they can do about it there and then.
import { useState } from 'preact/hooks';
import { useStore } from '@nanostores/preact';
import { storage as copy } from '../../../content/ui/assessment.json';
import type { Assessment, QuestionBank } from '../../lib/model.ts';
import { fill } from '../../lib/text.ts';
import { $storageState } from '../../stores/storage.ts';
import { $active, $storageProblems, damagedRecords, setAsideDamaged } from '../../stores/assessments.ts';

interface Props {
  /** The questions this page knows, for an export made from the notice. */
  bank: QuestionBank;
}

/** Saves the active assessment as this guide's JSON file; the export code loads only when used. */
async function exportNow(bank: QuestionBank, assessment: Assessment): Promise<string> {
  const { downloadExport } = await import('./download-export.ts');
  return downloadExport(bank, assessment);
}

async function downloadDamaged() {
  const { download } = await import('./download.ts');
  download('readiness-damaged-records.txt', damagedRecords().map((r) => `${r.id}\n${r.raw}`).join('\n\n'), 'text/plain');
}

/** Every storage problem this page knows of, each with what the reader can do. */
export function StorageNotice({ bank }: Props) {
  const state = useStore($storageState);
  const problems = useStore($storageProblems);
  const active = useStore($active);
  const [message, setMessage] = useState('');
  const unsaved = state === 'blocked' || state === 'full';
  return (
    <div class="storage-notices" role="alert">
      {unsaved && (
        <div class="notice notice--warning">
          <p>{state === 'blocked' ? copy.blocked : copy.full}</p>
          {active && (
            <button type="button" class="button button--secondary" onClick={async () => setMessage(fill(copy.exported, { file: await exportNow(bank, active) }))}>
              {copy.exportNow}
            </button>
          )}
        </div>
      )}
      {problems.newer.length > 0 && (
        <div class="notice notice--warning">
          <p>{copy.newer}</p>
          <button type="button" class="button button--secondary" onClick={() => location.reload()}>{copy.reload}</button>
        </div>
      )}
      {problems.damaged.length > 0 && (
        <div class="notice notice--warning">
          <p>{copy.damaged}</p>
          <div class="button-row">
            <button type="button" class="button button--secondary" onClick={() => void downloadDamaged()}>{copy.downloadDamaged}</button>
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
    </div>
  );
}
