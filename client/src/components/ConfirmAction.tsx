import { useEffect, useRef, useState } from 'react';
import { useT } from '../i18n/useLocale';

interface ConfirmActionProps {
  /** Visible text of the first button, e.g. "Verwijderen". */
  label: string;
  /** The full name for assistive technology when the visible label alone is ambiguous in a table. */
  accessibleLabel?: string;
  /** Asked before anything happens, e.g. "Bram Jansen uit de coalitie verwijderen?". */
  question: string;
  confirmLabel: string;
  pending?: boolean;
  onConfirm: () => void;
}

/**
 * A second step for what cannot be undone. Inline rather than a modal dialog: it stays next to the
 * row it concerns, works the same with every assistive technology, and needs no focus trap.
 */
export function ConfirmAction({
  label,
  accessibleLabel,
  question,
  confirmLabel,
  pending,
  onConfirm,
}: ConfirmActionProps) {
  const t = useT();
  const [confirming, setConfirming] = useState(false);
  const confirmRef = useRef<HTMLButtonElement>(null);
  const triggerRef = useRef<HTMLButtonElement>(null);
  const returnFocus = useRef(false);

  useEffect(() => {
    if (confirming) confirmRef.current?.focus();
    else if (returnFocus.current) {
      returnFocus.current = false;
      triggerRef.current?.focus();
    }
  }, [confirming]);

  if (!confirming) {
    return (
      <button
        ref={triggerRef}
        type="button"
        className="button button--secondary button--small"
        aria-label={accessibleLabel}
        onClick={() => setConfirming(true)}
      >
        {label}
      </button>
    );
  }
  return (
    <fieldset className="confirm">
      <legend className="confirm__question">{question}</legend>
      <div className="confirm__buttons">
        <button
          ref={confirmRef}
          type="button"
          className="button button--danger button--small"
          disabled={pending}
          onClick={onConfirm}
        >
          {confirmLabel}
        </button>
        <button
          type="button"
          className="button button--secondary button--small"
          onClick={() => {
            returnFocus.current = true;
            setConfirming(false);
          }}
        >
          {t('confirm.cancel')}
        </button>
      </div>
    </fieldset>
  );
}
