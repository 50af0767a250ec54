// A button for an action that cannot be undone. Pressing it swaps in an inline confirmation, in
// the page's flow as GOV.UK's warning text is: a group named by its question, not a dialog, since
// nothing else on the page is blocked while it shows. It takes keyboard focus, so its question
// is read out first; answering it (or Escape) puts the reader back on the button they pressed.
import type { ComponentChildren } from 'preact';
import { useEffect, useRef, useState } from 'preact/hooks';

interface Props {
  /** Unique on the page; names the confirmation's message. */
  id: string;
  /** The button that asks, and (unless confirmLabel says otherwise) the one that does it. */
  label: string;
  confirmLabel?: string;
  cancelLabel: string;
  /** The question the reader answers, naming what will be lost. */
  message: string;
  onConfirm: () => void;
  /** Extra buttons beside confirm and cancel, such as "Export a copy first". */
  children?: ComponentChildren;
  buttonClass?: string;
  /** False when nothing would be lost right now: the button then acts at once. */
  askFirst?: boolean;
  /** What takes focus when asking: the whole confirmation (read out first), or its Cancel button. */
  focus?: 'confirmation' | 'cancel';
}

export function Confirmable(props: Props) {
  const { id, label, confirmLabel, cancelLabel, message, onConfirm, children } = props;
  const { buttonClass = 'button button--secondary', askFirst = true, focus = 'confirmation' } = props;
  const [asking, setAsking] = useState(false);
  const opener = useRef<HTMLButtonElement>(null);
  const panel = useRef<HTMLDivElement>(null);
  const cancelButton = useRef<HTMLButtonElement>(null);
  // Back to the button once the reader has answered; on first render focus stays put. If the
  // action removed the button (a deleted assessment), the caller moves focus instead.
  const returnFocus = useRef(false);

  useEffect(() => {
    if (asking) (focus === 'cancel' ? cancelButton : panel).current?.focus();
    else if (returnFocus.current) opener.current?.focus();
  }, [asking]);

  const cancel = () => {
    returnFocus.current = true;
    setAsking(false);
  };

  if (!asking) {
    return (
      <button type="button" class={buttonClass} ref={opener} onClick={() => (askFirst ? setAsking(true) : onConfirm())}>
        {label}
      </button>
    );
  }
  return (
    <div
      class="notice notice--warning confirm"
      role="group"
      aria-labelledby={`${id}-text`}
      tabIndex={-1}
      ref={panel}
      onKeyDown={(e) => e.key === 'Escape' && cancel()}
    >
      <p class="confirm__message">
        <span class="confirm__icon" aria-hidden="true">
          !
        </span>
        <strong id={`${id}-text`}>{message}</strong>
      </p>
      <div class="button-row">
        {children}
        <button
          type="button"
          class="button button--warning"
          onClick={() => {
            returnFocus.current = true;
            setAsking(false);
            onConfirm();
          }}
        >
          {confirmLabel ?? label}
        </button>
        <button type="button" class="button button--secondary" ref={cancelButton} onClick={cancel}>
          {cancelLabel}
        </button>
      </div>
    </div>
  );
}
