// The picker's panel: switch to another assessment, rename this one, start a new one, or delete
// it after confirming. It loads the first time a reader opens the picker.
import { useState } from 'preact/hooks';
import { pickerPanel as copy } from '../../../content/ui/picker-panel.json';
import { roles as roleNames } from '../../../content/ui/common.json';
import { LIMITS, PERSPECTIVES, type Assessment, type Perspective } from '../../lib/model.ts';
import { fill } from '../../lib/text.ts';
import {
  createAssessment,
  deleteAssessment,
  selectAssessment,
  updateDetails,
  type AssessmentDetails,
} from '../../stores/assessments.ts';
import { assessmentName } from './assessment-name.ts';
import { Confirmable } from './Confirmable.tsx';

interface DetailsFormProps {
  idPrefix: string;
  heading: string;
  submitLabel: string;
  initial: AssessmentDetails;
  onSubmit: (details: AssessmentDetails) => void;
}

function DetailsForm({ idPrefix, heading, submitLabel, initial, onSubmit }: DetailsFormProps) {
  const [details, setDetails] = useState(initial);
  const [error, setError] = useState('');
  const submit = (event: Event) => {
    event.preventDefault();
    if (!details.place.trim()) {
      setError(copy.placeRequired);
      (document.getElementById(`${idPrefix}-place`) as HTMLInputElement | null)?.focus();
      return;
    }
    setError('');
    onSubmit(details);
  };
  return (
    <form class="picker__form" onSubmit={submit} noValidate>
      <h3 class="picker__heading">{heading}</h3>
      <div class="field">
        <label for={`${idPrefix}-place`}>{copy.place}</label>
        <p class="field__hint" id={`${idPrefix}-place-hint`}>{copy.placeHint}</p>
        {error && <p class="field__error" id={`${idPrefix}-place-error`}><span class="visually-hidden">{copy.errorPrefix} </span>{error}</p>}
        <input
          id={`${idPrefix}-place`}
          type="text"
          maxLength={LIMITS.name}
          autocomplete="off"
          value={details.place}
          aria-describedby={`${idPrefix}-place-hint${error ? ` ${idPrefix}-place-error` : ''}`}
          aria-invalid={error ? 'true' : undefined}
          onInput={(e) => setDetails({ ...details, place: e.currentTarget.value })}
        />
      </div>
      <div class="field">
        <label for={`${idPrefix}-partnership`}>{copy.partnership}</label>
        <input
          id={`${idPrefix}-partnership`}
          type="text"
          maxLength={LIMITS.name}
          autocomplete="off"
          value={details.partnership}
          onInput={(e) => setDetails({ ...details, partnership: e.currentTarget.value })}
        />
      </div>
      <div class="field">
        <label for={`${idPrefix}-organisation`}>{copy.organisation}</label>
        <p class="field__hint" id={`${idPrefix}-organisation-hint`}>{copy.organisationHint}</p>
        <input
          id={`${idPrefix}-organisation`}
          type="text"
          maxLength={LIMITS.name}
          autocomplete="organization"
          value={details.organisation}
          aria-describedby={`${idPrefix}-organisation-hint`}
          onInput={(e) => setDetails({ ...details, organisation: e.currentTarget.value })}
        />
      </div>
      <fieldset class="field" aria-describedby={`${idPrefix}-perspective-hint`}>
        <legend>{copy.perspective}</legend>
        <p class="field__hint" id={`${idPrefix}-perspective-hint`}>{copy.perspectiveHint}</p>
        <div class="choices">
          {PERSPECTIVES.map((p) => (
            <label class="choice" key={p}>
              <input
                type="radio"
                name={`${idPrefix}-perspective`}
                value={p}
                checked={details.perspective === p}
                onChange={() => setDetails({ ...details, perspective: p as Perspective })}
              />
              <span>{roleNames[p]}</span>
            </label>
          ))}
        </div>
      </fieldset>
      <button type="submit" class="button">{submitLabel}</button>
    </form>
  );
}

interface PanelProps {
  idPrefix: string;
  active: Assessment | undefined;
  list: Assessment[];
  /** Closes the panel and announces what happened. */
  close: (message: string) => void;
}

export function PickerPanel({ idPrefix, active, list, close }: PanelProps) {
  const [switchTo, setSwitchTo] = useState('');
  return (
    <>
        {list.length > 1 && (
          <form
            class="picker__form"
            onSubmit={(e) => {
              e.preventDefault();
              const chosen = list.find((a) => a.id === (switchTo || active?.id));
              if (!chosen) return;
              selectAssessment(chosen.id);
              close(fill(copy.switched, { name: assessmentName(chosen) }));
            }}
          >
            <h3 class="picker__heading">{copy.switchLabel}</h3>
            <div class="field field--inline">
              <label for={`${idPrefix}-switch`} class="visually-hidden">{copy.switchLabel}</label>
              <select id={`${idPrefix}-switch`} value={switchTo || active?.id} onChange={(e) => setSwitchTo(e.currentTarget.value)}>
                {list.map((a) => (
                  <option key={a.id} value={a.id}>{`${assessmentName(a)}, ${roleNames[a.perspective]}`}</option>
                ))}
              </select>
              <button type="submit" class="button button--secondary">{copy.switchLabel}</button>
            </div>
          </form>
        )}
        {active && (
          <DetailsForm
            key={`edit-${active.id}`}
            idPrefix={`${idPrefix}-edit`}
            heading={copy.editHeading}
            submitLabel={copy.save}
            initial={{ place: active.place, partnership: active.partnership, organisation: active.organisation, perspective: active.perspective }}
            onSubmit={(details) => {
              updateDetails(active.id, details);
              close(copy.renamed);
            }}
          />
        )}
        <DetailsForm
          key="new"
          idPrefix={`${idPrefix}-new`}
          heading={copy.newHeading}
          submitLabel={copy.create}
          initial={{ place: '', partnership: '', organisation: '', perspective: 'partnership' }}
          onSubmit={(details) => {
            const created = createAssessment(details);
            close(fill(copy.created, { name: assessmentName(created) }));
          }}
        />
        {active && (
          <div class="picker__danger">
            <Confirmable
              id={`${idPrefix}-confirm`}
              label={copy.delete}
              cancelLabel={copy.keep}
              message={fill(copy.confirmDelete, { name: assessmentName(active) })}
              onConfirm={() => {
                const name = assessmentName(active);
                deleteAssessment(active.id);
                close(fill(copy.deleted, { name }));
              }}
            />
          </div>
        )}
    </>
  );
}
