// Shows which assessment is being answered, with a button that opens the panel to switch,
// start, rename or delete one (PickerPanel, loaded when first opened).
import { useState } from 'preact/hooks';
import type { FunctionComponent } from 'preact';
import { useStore } from '@nanostores/preact';
import { picker as copy, assessment as assessmentCopy } from '../../../content/ui/assessment.json';
import { roles as roleNames } from '../../../content/ui/common.json';
import { $active, $assessments } from '../../stores/assessments.ts';
import type { PickerPanel as Panel } from './PickerPanel.tsx';
import { loadPart } from './load-part.ts';

/** The bar above a form or checklist that names the active assessment and manages assessments. */
export function AssessmentPicker({ idPrefix }: { idPrefix: string }) {
  // The server knows no stored answers: render that first so hydration matches, then the stored ones.
  const active = useStore($active, { ssr: () => undefined });
  const list = useStore($assessments, { ssr: () => [] });
  const [open, setOpen] = useState(false);
  const [message, setMessage] = useState('');
  const [PanelView, setPanelView] = useState<FunctionComponent<Parameters<typeof Panel>[0]>>();
  const panelId = `${idPrefix}-panel`;

  const toggle = () => {
    setOpen(!open);
    if (!PanelView) loadPart(() => import('./PickerPanel.tsx')).then((m) => setPanelView(() => m.PickerPanel), () => setOpen(false));
  };
  const close = (text: string) => {
    setMessage(text);
    setOpen(false);
    document.getElementById(`${idPrefix}-toggle`)?.focus();
  };

  return (
    <div class="picker">
      <div class="picker__summary">
        {active ? (
          <p>
            <span class="picker__label">{copy.answeringFor}: </span>
            <strong>{active.place || assessmentCopy.unnamed}</strong>
            {active.partnership && <span> · {active.partnership}</span>}
            <span> · {roleNames[active.perspective]}</span>
          </p>
        ) : (
          <p>{copy.none}</p>
        )}
        <button
          type="button"
          id={`${idPrefix}-toggle`}
          class="button button--secondary"
          aria-expanded={open}
          aria-controls={panelId}
          onClick={toggle}
        >
          {open ? copy.close : active ? copy.change : copy.start}
        </button>
      </div>
      <p class="picker__message" role="status">{message}</p>
      <div id={panelId} class="picker__panel" hidden={!open}>
        {open && PanelView && <PanelView idPrefix={idPrefix} active={active} list={list} close={close} />}
      </div>
    </div>
  );
}
