// An imported file or a share link opens as a read-only view of its checklist first: nothing is
// saved until the reader keeps a copy, updates their own copy of the same assessment, or replaces
// another one after a second confirmation.
import type { ComponentChildren } from 'preact';
import { useEffect, useRef, useState } from 'preact/hooks';
import { useStore } from '@nanostores/preact';
import { importer as copy } from '../../../content/ui/importer.json';
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
  /** The name of the file it came from; none for a share link. */
  fileName?: string;
  /** The checklist of the incoming assessment, shown read-only below the choices. */
  children: ComponentChildren;
  unknownQuestions: number;
  /** Names and notes longer than the guide keeps, which will be shortened. */
  shortened: number;
  from: 'file' | 'link';
  /** How many answers it holds, in the words the checklist uses. */
  counted: string;
  onDone: (message: string) => void;
  onCancel: () => void;
}

export function ImportPreview({ incoming, fileName, children, unknownQuestions, shortened, from, counted, onDone, onCancel }: Props) {
  const list = useStore($assessments);
  // The same assessment exported earlier, or shared twice: offer to update it rather than copy it.
  const same = list.find((a) => a.id === incoming.id);
  const [target, setTarget] = useState(same?.id ?? list[0]?.id ?? '');
  const heading = useRef<HTMLHeadingElement>(null);
  useEffect(() => heading.current?.focus(), []);

  const name = assessmentName(incoming);
  const details = {
    name,
    perspective: [roleNames[incoming.perspective], incoming.organisation].filter(Boolean).join(', '),
    date: formatDate(incoming.updatedAt),
    answers: counted,
  };
  const chosen = list.find((a) => a.id === target);
  const keep = () => onDone(fill(copy.kept, { name: assessmentName(addAssessment(incoming)) }));

  return (
    <section class="import-preview" aria-labelledby="import-preview-heading">
      <div class="import-preview__banner notice">
        <h2 id="import-preview-heading" tabIndex={-1} ref={heading}>
          {fileName ? fill(copy.fileHeading, { file: fileName, name }) : fill(copy.sharedHeading, { name })}
        </h2>
        <p>{copy.readOnly}</p>
        <p>{fill(from === 'file' ? copy.previewIntro : copy.sharedIntro, details)}</p>
        {same && <p>{fill(copy.alreadyHave, { name: assessmentName(same), date: formatDate(same.updatedAt) })}</p>}
        {shortened > 0 && <p>{plural(copy.shortened, shortened)}</p>}
        {unknownQuestions > 0 && <p>{plural(copy.unknownQuestions, unknownQuestions)}</p>}
        <div class="button-row">
          {same ? (
            <>
              <button
                type="button"
                class="button"
                onClick={() => {
                  replaceAssessment(same.id, incoming);
                  onDone(fill(copy.updated, { name }));
                }}
              >
                {copy.updateCopy}
              </button>
              <button type="button" class="button button--secondary" onClick={keep}>
                {copy.keep}
              </button>
            </>
          ) : (
            <button type="button" class="button" onClick={keep}>
              {copy.keepCopy}
            </button>
          )}
          <button type="button" class="button button--secondary" onClick={onCancel}>
            {copy.close}
          </button>
        </div>
        {list.length > 0 && (
          <details class="import-preview__replace">
            <summary>{copy.replace}</summary>
            <div class="field field--inline">
              <label for="import-replace-target">{copy.replaceLabel}</label>
              <select id="import-replace-target" value={target} onChange={(e) => setTarget(e.currentTarget.value)}>
                {list.map((a) => (
                  <option key={a.id} value={a.id}>
                    {[assessmentName(a), a.organisation, roleNames[a.perspective], formatDate(a.updatedAt)].filter(Boolean).join(', ')}
                  </option>
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
          </details>
        )}
      </div>
      <div class="import-preview__checklist">{children}</div>
    </section>
  );
}
