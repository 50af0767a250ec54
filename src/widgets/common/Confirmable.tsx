// A button for an action that cannot be undone. Pressing it swaps in a confirmation that takes
// keyboard focus; answering it (or Escape) puts the reader back on the button they pressed.
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
}

export function Confirmable({ id, label, confirmLabel, cancelLabel, message, onConfirm, children, buttonClass = 'button button--secondary' }: Props) {
  const [asking, setAsking] = useState(false);
  const opener = useRef<HTMLButtonElement>(null);
  const panel = useRef<HTMLDivElement>(null);
  // Back to the button once the reader has answered; on first render focus stays put. If the
  // action removed the button (a deleted assessment), the caller moves focus instead.
  const returnFocus = useRef(false);

  useEffect(() => {
    if (asking) panel.current?.focus();
    else if (returnFocus.current) opener.current?.focus();
  }, [asking]);

  const cancel = () => {
    returnFocus.current = true;
    setAsking(false);
  };

  if (!asking) {
    return (
      <button type="button" class={buttonClass} ref={opener} onClick={() => setAsking(true)}>
        {label}
      </button>
    );
  }
  return (
    <div
      class="notice notice--warning confirm"
      role="alertdialog"
      aria-labelledby={`${id}-text`}
      tabIndex={-1}
      ref={panel}
      onKeyDown={(e) => e.key === 'Escape' && cancel()}
    >
      <p id={`${id}-text`}>{message}</p>
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
        <button type="button" class="button button--secondary" onClick={cancel}>
          {cancelLabel}
        </button>
      </div>
    </div>
  );
}
