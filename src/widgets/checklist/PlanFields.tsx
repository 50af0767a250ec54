// The plan for one action: who owns it, by when, how it stands, and a short note. Native
// controls that work by keyboard and on a phone; each change is saved as it is made (text when
// the reader leaves the field).
import { useEffect, useState } from 'preact/hooks';
import { plan as copy } from '../../../content/ui/checklist.json';
import { planStatus as statusNames } from '../../../content/ui/common.json';
import { LIMITS, PLAN_STATUSES, type PlanItem } from '../../lib/model.ts';
import { OwnerSelect } from '../common/OwnerSelect.tsx';
import { setPlanItem } from '../../stores/assessments.ts';

interface Props {
  assessmentId: string;
  questionId: string;
  item: PlanItem;
  /** The action's words, for the group's accessible name. */
  action: string;
}

export function PlanFields({ assessmentId, questionId, item, action }: Props) {
  const id = (field: string) => `plan-${questionId}-${field}`;
  const save = (parts: Parameters<typeof setPlanItem>[2]) => setPlanItem(assessmentId, questionId, parts);
  // Text fields keep what is typed until the reader leaves them, so the page never redraws mid-word.
  const [person, setPerson] = useState(item.person ?? '');
  const [note, setNote] = useState(item.note ?? '');
  // A change from another tab shows here too, unless the reader is typing in that field.
  const typingIn = (field: string) => typeof document !== 'undefined' && document.activeElement?.id === id(field);
  useEffect(() => void (typingIn('person') || setPerson(item.person ?? '')), [item.person]);
  useEffect(() => void (typingIn('note') || setNote(item.note ?? '')), [item.note]);
  const hasMore = Boolean(item.person || item.note);
  return (
    <fieldset class="plan-fields" aria-label={`${copy.planFor}: ${action}`}>
      <div class="plan-fields__row">
        <div class="field">
          <label for={id('owner')}>{copy.owner}</label>
          <OwnerSelect id={id('owner')} value={item.owner} noneLabel={copy.ownerNone} onChange={(owner) => save({ owner: owner ?? '' })} />
        </div>
        <div class="field">
          <label for={id('due')}>{copy.due}</label>
          <input id={id('due')} type="date" value={item.due ?? ''} onChange={(e) => save({ due: e.currentTarget.value })} />
        </div>
        <div class="field">
          <label for={id('status')}>{copy.status}</label>
          <select id={id('status')} value={item.status ?? 'todo'} onChange={(e) => save({ status: e.currentTarget.value })}>
            {PLAN_STATUSES.map((status) => (
              <option key={status} value={status}>
                {statusNames[status]}
              </option>
            ))}
          </select>
        </div>
      </div>
      {/* The person and the note are used less: folded away until wanted, open once they hold something. */}
      <details class="plan-fields__more" open={hasMore}>
        <summary>{copy.more}</summary>
        <div class="plan-fields__row">
          <div class="field">
            <label for={id('person')}>{copy.person}</label>
            <input
              id={id('person')}
              type="text"
              maxLength={LIMITS.name}
              autocomplete="off"
              value={person}
              onInput={(e) => setPerson(e.currentTarget.value)}
              onChange={(e) => save({ person: e.currentTarget.value.trim() })}
            />
          </div>
          <div class="field plan-fields__wide">
            <label for={id('note')}>{copy.note}</label>
            <input
              id={id('note')}
              type="text"
              maxLength={LIMITS.note}
              autocomplete="off"
              value={note}
              onInput={(e) => setNote(e.currentTarget.value)}
              onChange={(e) => save({ note: e.currentTarget.value })}
            />
          </div>
        </div>
      </details>
    </fieldset>
  );
}
