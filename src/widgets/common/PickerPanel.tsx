// The picker's forms, one at a time: switch to another assessment, change this one's details,
// start a new one, or delete this one after confirming. Each form is named by its heading and
// takes focus at its first field when it opens. Loaded the first time a reader opens one.
import { useEffect, useRef, useState } from 'preact/hooks';
import { pickerPanel as copy } from '../../../content/ui/picker-panel.json';
import { roles as roleNames } from '../../../content/ui/common.json';
import { LIMITS, PERSPECTIVES, type Assessment, type Perspective } from '../../lib/model.ts';
import { fill } from '../../lib/text.ts';
import { createAssessment, deleteAssessment, selectAssessment, updateDetails, type AssessmentDetails } from '../../stores/assessments.ts';
import { assessmentName } from './assessment-name.ts';

/** What the picker's panel is showing. */
export type PickerMode = 'switch' | 'edit' | 'new' | 'delete';

/** Puts focus on the first field of a form when it opens. */
function useFirstField() {
  const form = useRef<HTMLFormElement & HTMLDivElement>(null);
  useEffect(() => form.current?.querySelector<HTMLElement>('input, select, [tabindex="-1"]')?.focus(), []);
  return form;
}

/** A form's cancel button: closes it and says nothing happened. */
const Cancel = ({ close }: { close: (message: string) => void }) => (
  <button type="button" class="button button--secondary" onClick={() => close('')}>
    {copy.cancel}
  </button>
);

interface DetailsFormProps {
  idPrefix: string;
  heading: string;
  submitLabel: string;
  initial: AssessmentDetails;
  onSubmit: (details: AssessmentDetails) => void;
  close: (message: string) => void;
}

function DetailsForm({ idPrefix, heading, submitLabel, initial, onSubmit, close }: DetailsFormProps) {
  const [details, setDetails] = useState(initial);
  const [error, setError] = useState('');
  const form = useFirstField();
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
    <form
      class="picker__form"
      onSubmit={submit}
      noValidate
      aria-labelledby={`${idPrefix}-heading`}
      ref={form}
      onKeyDown={(e) => e.key === 'Escape' && close('')}
    >
      <h3 class="picker__heading" id={`${idPrefix}-heading`}>
        {heading}
      </h3>
      <div class="field">
        <label for={`${idPrefix}-place`}>{copy.place}</label>
        <p class="field__hint" id={`${idPrefix}-place-hint`}>
          {copy.placeHint}
        </p>
        {error && (
          <p class="field__error" id={`${idPrefix}-place-error`}>
            <span class="visually-hidden">{copy.errorPrefix} </span>
            {error}
          </p>
        )}
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
        <p class="field__hint" id={`${idPrefix}-organisation-hint`}>
          {copy.organisationHint}
        </p>
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
        <p class="field__hint" id={`${idPrefix}-perspective-hint`}>
          {copy.perspectiveHint}
        </p>
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
      <div class="button-row">
        <button type="submit" class="button">
          {submitLabel}
        </button>
        <Cancel close={close} />
      </div>
    </form>
  );
}

interface PanelProps {
  mode: PickerMode;
  idPrefix: string;
  active: Assessment | undefined;
  list: Assessment[];
  /** Closes the panel and announces what happened. */
  close: (message: string) => void;
}

function SwitchForm({ idPrefix, active, list, close }: Omit<PanelProps, 'mode'>) {
  const [switchTo, setSwitchTo] = useState(active?.id ?? '');
  const form = useFirstField();
  return (
    <form
      class="picker__form"
      aria-labelledby={`${idPrefix}-switch-heading`}
      ref={form}
      onKeyDown={(e) => e.key === 'Escape' && close('')}
      onSubmit={(e) => {
        e.preventDefault();
        const chosen = list.find((a) => a.id === switchTo);
        if (!chosen) return;
        selectAssessment(chosen.id);
        close(fill(copy.switched, { name: assessmentName(chosen) }));
      }}
    >
      <h3 class="picker__heading" id={`${idPrefix}-switch-heading`}>
        {copy.switchHeading}
      </h3>
      <div class="field">
        <label for={`${idPrefix}-switch-to`}>{copy.switchLabel}</label>
        <select id={`${idPrefix}-switch-to`} value={switchTo} onChange={(e) => setSwitchTo(e.currentTarget.value)}>
          {list.map((a) => (
            <option key={a.id} value={a.id}>
              {optionName(a)}
            </option>
          ))}
        </select>
      </div>
      <div class="button-row">
        <button type="submit" class="button">
          {copy.switchLabel}
        </button>
        <Cancel close={close} />
      </div>
    </form>
  );
}

/** An assessment as the switch list names it, so two for the same place can be told apart. */
function optionName(a: Assessment): string {
  return [assessmentName(a), a.organisation, roleNames[a.perspective]].filter(Boolean).join(', ');
}

function DeleteForm({ idPrefix, active, close }: Pick<PanelProps, 'idPrefix' | 'close'> & { active: Assessment }) {
  const form = useFirstField();
  const name = assessmentName(active);
  return (
    <div
      class="picker__form picker__danger"
      role="group"
      aria-labelledby={`${idPrefix}-delete-heading`}
      ref={form}
      onKeyDown={(e) => e.key === 'Escape' && close('')}
    >
      <h3 class="picker__heading" id={`${idPrefix}-delete-heading`} tabIndex={-1}>
        {copy.deleteHeading}
      </h3>
      <p>{fill(copy.confirmDelete, { name })}</p>
      <div class="button-row">
        <button
          type="button"
          class="button button--warning"
          onClick={() => {
            deleteAssessment(active.id);
            close(fill(copy.deleted, { name }));
          }}
        >
          {copy.delete}
        </button>
        <button type="button" class="button button--secondary" onClick={() => close('')}>
          {copy.keep}
        </button>
      </div>
    </div>
  );
}

export function PickerPanel({ mode, idPrefix, active, list, close }: PanelProps) {
  if (mode === 'switch') return <SwitchForm idPrefix={idPrefix} active={active} list={list} close={close} />;
  if (mode === 'delete' && active) return <DeleteForm idPrefix={idPrefix} active={active} close={close} />;
  if (mode === 'edit' && active) {
    return (
      <DetailsForm
        idPrefix={`${idPrefix}-edit`}
        heading={fill(copy.editHeading, { name: assessmentName(active) })}
        submitLabel={copy.save}
        initial={{ place: active.place, partnership: active.partnership, organisation: active.organisation, perspective: active.perspective }}
        onSubmit={(details) => {
          updateDetails(active.id, details);
          close(copy.renamed);
        }}
        close={close}
      />
    );
  }
  return (
    <DetailsForm
      idPrefix={`${idPrefix}-new`}
      heading={copy.newHeading}
      submitLabel={copy.create}
      initial={{ place: '', partnership: '', organisation: '', perspective: 'partnership' }}
      onSubmit={(details) => {
        const created = createAssessment(details);
        close(fill(copy.created, { name: assessmentName(created) }));
      }}
      close={close}
    />
  );
}
