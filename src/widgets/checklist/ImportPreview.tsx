// Shows what an imported file or a share link holds, and keeps it only when the reader says so:
// as a new assessment, or in place of an existing one after a second confirmation. The same
// assessment met again (same id) is offered as the one to replace.
import { useEffect, useRef, useState } from 'preact/hooks';
import { useStore } from '@nanostores/preact';
import { importer as copy } from '../../../content/ui/checklist.json';
import { roles as roleNames } from '../../../content/ui/common.json';
import type { Assessment } from '../../lib/model.ts';
import { plural } from '../../lib/plural.ts';
import { fill } from '../../lib/text.ts';
import { $assessments, addAssessment, replaceAssessment } from '../../stores/assessments.ts';
import { assessmentName } from '../common/assessment-name.ts';
import { Confirmable } from '../common/Confirmable.tsx';
import { formatDate } from '../../lib/dates.ts';

interface Props {
  incoming: Assessment;
  unknownQuestions: number;
  /** Names and notes longer than the guide keeps, which will be shortened. */
  shortened: number;
  from: 'file' | 'link';
  onDone: (message: string) => void;
  onCancel: () => void;
}

export function ImportPreview({ incoming, unknownQuestions, shortened, from, onDone, onCancel }: Props) {
  const list = useStore($assessments);
  // The same assessment exported earlier, or shared twice: offer to update it rather than copy it.
  const same = list.find((a) => a.id === incoming.id);
  const [target, setTarget] = useState(same?.id ?? list[0]?.id ?? '');
  const heading = useRef<HTMLHeadingElement>(null);
  useEffect(() => heading.current?.focus(), []);

  const name = assessmentName(incoming);
  const answered = Object.values(incoming.answers).filter((a) => a.value).length;
  const details = {
    name,
    perspective: roleNames[incoming.perspective],
    date: formatDate(incoming.updatedAt),
    answers: plural(copy.answers, answered),
  };
  const chosen = list.find((a) => a.id === target);

  return (
    <section class="import-preview notice" aria-labelledby="import-preview-heading">
      <h2 id="import-preview-heading" tabIndex={-1} ref={heading}>{copy.previewHeading}</h2>
      <p>{fill(from === 'file' ? copy.previewIntro : copy.sharedIntro, details)}</p>
      {same && <p>{fill(copy.alreadyHave, { name: assessmentName(same), date: formatDate(same.updatedAt) })}</p>}
      {shortened > 0 && <p>{plural(copy.shortened, shortened)}</p>}
      {unknownQuestions > 0 && <p>{plural(copy.unknownQuestions, unknownQuestions)}</p>}
      <div class="button-row">
        <button type="button" class="button" onClick={() => onDone(fill(copy.imported, { name: assessmentName(addAssessment(incoming)) }))}>
          {from === 'file' ? copy.asNew : copy.keep}
        </button>
        <button type="button" class="button button--secondary" onClick={onCancel}>{copy.cancel}</button>
      </div>
      {list.length > 0 && (
        <div class="import-preview__replace">
          <h3>{copy.replace}</h3>
          <div class="field field--inline">
            <label for="import-replace-target">{copy.replaceLabel}</label>
            <select id="import-replace-target" value={target} onChange={(e) => setTarget(e.currentTarget.value)}>
              {list.map((a) => (
                <option key={a.id} value={a.id}>{`${assessmentName(a)}, ${roleNames[a.perspective]}, ${formatDate(a.updatedAt)}`}</option>
              ))}
            </select>
            {chosen && (
              <Confirmable
                id="import-confirm"
                label={copy.replace}
                cancelLabel={copy.cancel}
                message={fill(copy.confirmReplace, { name: assessmentName(chosen) })}
                onConfirm={() => {
                  replaceAssessment(chosen.id, incoming);
                  onDone(fill(copy.replaced, { name: assessmentName(incoming) }));
                }}
              />
            )}
          </div>
        </div>
      )}
    </section>
  );
}
