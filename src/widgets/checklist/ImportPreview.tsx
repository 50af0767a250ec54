// Shows what an imported file or a share link holds, and keeps it only when the reader says so:
// as a new assessment, or in place of an existing one after a second confirmation.
import { useEffect, useRef, useState } from 'preact/hooks';
import { useStore } from '@nanostores/preact';
import { importer as copy } from '../../../content/ui/checklist.json';
import { roles as roleNames } from '../../../content/ui/common.json';
import type { Assessment } from '../../lib/model.ts';
import { fill } from '../../lib/text.ts';
import { $assessments, addAssessment, replaceAssessment } from '../../stores/assessments.ts';
import { assessmentName } from '../common/AssessmentPicker.tsx';

interface Props {
  incoming: Assessment;
  unknownQuestions: number;
  from: 'file' | 'link';
  onDone: (message: string) => void;
  onCancel: () => void;
}

export function ImportPreview({ incoming, unknownQuestions, from, onDone, onCancel }: Props) {
  const list = useStore($assessments);
  const [target, setTarget] = useState(list[0]?.id ?? '');
  const [confirming, setConfirming] = useState(false);
  const heading = useRef<HTMLHeadingElement>(null);
  useEffect(() => heading.current?.focus(), []);

  const name = assessmentName(incoming);
  const details = {
    name,
    perspective: roleNames[incoming.perspective],
    date: new Date(incoming.updatedAt).toLocaleDateString('en-GB', { day: 'numeric', month: 'long', year: 'numeric' }),
    answered: Object.values(incoming.answers).filter((a) => a.value).length,
  };
  const chosen = list.find((a) => a.id === target);

  return (
    <section class="import-preview notice" aria-labelledby="import-preview-heading">
      <h2 id="import-preview-heading" tabIndex={-1} ref={heading}>{copy.previewHeading}</h2>
      <p>{fill(from === 'file' ? copy.previewIntro : copy.sharedIntro, details)}</p>
      {unknownQuestions > 0 && <p>{fill(copy.unknownQuestions, { count: unknownQuestions })}</p>}
      <div class="button-row">
        <button type="button" class="button" onClick={() => onDone(fill(copy.imported, { name: assessmentName(addAssessment(incoming)) }))}>
          {from === 'file' ? copy.asNew : copy.keep}
        </button>
        <button type="button" class="button button--secondary" onClick={onCancel}>{copy.cancel}</button>
      </div>
      {from === 'file' && list.length > 0 && (
        <div class="import-preview__replace">
          <h3>{copy.replace}</h3>
          {confirming && chosen ? (
            <div role="alertdialog" aria-labelledby="import-confirm-text" class="notice notice--warning">
              <p id="import-confirm-text">{fill(copy.confirmReplace, { name: assessmentName(chosen) })}</p>
              <div class="button-row">
                <button
                  type="button"
                  class="button button--warning"
                  onClick={() => {
                    replaceAssessment(chosen.id, incoming);
                    onDone(fill(copy.replaced, { name: assessmentName(incoming) }));
                  }}
                >
                  {copy.replace}
                </button>
                <button type="button" class="button button--secondary" onClick={() => setConfirming(false)}>{copy.cancel}</button>
              </div>
            </div>
          ) : (
            <div class="field field--inline">
              <label for="import-replace-target">{copy.replaceLabel}</label>
              <select id="import-replace-target" value={target} onChange={(e) => setTarget(e.currentTarget.value)}>
                {list.map((a) => (
                  <option key={a.id} value={a.id}>{`${assessmentName(a)}, ${roleNames[a.perspective]}`}</option>
                ))}
              </select>
              <button type="button" class="button button--secondary" onClick={() => setConfirming(true)}>{copy.replace}</button>
            </div>
          )}
        </div>
      )}
    </section>
  );
}
