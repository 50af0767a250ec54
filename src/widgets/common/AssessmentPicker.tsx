// Names the assessment being answered, with one button for each thing a reader may want to do
// with assessments: switch to another, change this one's details, start a new one, delete this
// one. Each opens its own small form (PickerPanel, loaded the first time one is opened), which
// takes focus at its first field.
import { useState } from 'preact/hooks';
import type { FunctionComponent } from 'preact';
import { useStore } from '@nanostores/preact';
import { picker as copy, roles as roleNames } from '../../../content/ui/common.json';
import { $active, $assessments } from '../../stores/assessments.ts';
import type { PickerPanel as Panel, PickerMode } from './PickerPanel.tsx';
import { loadPart } from './load-part.ts';

/** The bar above a form or checklist that names the active assessment and manages assessments. */
export function AssessmentPicker({ idPrefix }: { idPrefix: string }) {
  // The server knows no stored answers: render that first so hydration matches, then the stored ones.
  const active = useStore($active, { ssr: () => undefined });
  const list = useStore($assessments, { ssr: () => [] });
  const [mode, setMode] = useState<PickerMode>();
  const [message, setMessage] = useState('');
  const [PanelView, setPanelView] = useState<FunctionComponent<Parameters<typeof Panel>[0]>>();
  const panelId = `${idPrefix}-panel`;
  const buttonId = (m: PickerMode) => `${idPrefix}-${m}`;

  const open = (next: PickerMode) => {
    setMessage('');
    setMode(mode === next ? undefined : next);
    if (!PanelView)
      loadPart(() => import('./PickerPanel.tsx')).then(
        (m) => setPanelView(() => m.PickerPanel),
        () => setMode(undefined),
      );
  };
  const close = (text: string) => {
    const was = mode;
    setMessage(text);
    setMode(undefined);
    // Back to the button that opened the form, or the first one when that button has gone.
    (document.getElementById(buttonId(was ?? 'new')) ?? document.getElementById(buttonId('new')))?.focus();
  };

  const button = (m: PickerMode, label: string) => (
    <button type="button" id={buttonId(m)} class="button button--secondary" aria-expanded={mode === m} aria-controls={panelId} onClick={() => open(m)}>
      {label}
    </button>
  );

  return (
    <div class="picker">
      <div class="picker__summary">
        {active ? (
          <p>
            <span class="picker__label">{copy.answeringFor}: </span>
            <strong>{active.place || copy.unnamed}</strong>
            {active.partnership && <span> · {active.partnership}</span>}
            {active.organisation && <span> · {active.organisation}</span>}
            <span> · {roleNames[active.perspective]}</span>
          </p>
        ) : (
          <p>{copy.none}</p>
        )}
        <div class="button-row picker__actions">
          {active ? (
            <>
              {list.length > 1 && button('switch', copy.switch)}
              {button('edit', copy.edit)}
              {button('new', copy.add)}
              {button('delete', copy.delete)}
            </>
          ) : (
            button('new', copy.start)
          )}
        </div>
      </div>
      <p class="picker__message" role="status">
        {message}
      </p>
      <div id={panelId} class="picker__panel" hidden={!mode}>
        {mode && PanelView && <PanelView key={mode} mode={mode} idPrefix={idPrefix} active={active} list={list} close={close} />}
      </div>
    </div>
  );
}
