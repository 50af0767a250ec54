// The quiet "Saved on this device" line, announced politely after each change.
import { useStore } from '@nanostores/preact';
import { assessment as copy } from '../../../content/ui/assessment.json';
import type { Assessment } from '../../lib/model.ts';
import { fill } from '../../lib/text.ts';
import { $storageState } from '../../stores/storage.ts';
import { withBase } from '../../lib/url.ts';

export function SaveStatus({ assessment }: { assessment: Assessment | undefined }) {
  const state = useStore($storageState);
  const answered = assessment ? Object.keys(assessment.answers).length : 0;
  const time = assessment ? new Date(assessment.updatedAt).toLocaleTimeString('en-GB', { hour: '2-digit', minute: '2-digit' }) : '';
  return (
    <div class="save-status">
      <p role="status" class="save-status__line">
        {answered > 0 && (state === 'ok' ? fill(copy.savedAt, { time }) : copy.notSaved)}
      </p>
      {answered > 0 && (
        <p class="save-status__reminder">
          {copy.exportReminder} <a href={withBase('/checklist/')}>{copy.seeChecklist}</a>
        </p>
      )}
    </div>
  );
}
