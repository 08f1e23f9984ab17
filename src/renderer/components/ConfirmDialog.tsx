// The app's own question before work is let go ("Alles sluiten", "Nieuw beginnen", the saved work
// of a file that is not back): one dialog like the app's others instead of window.confirm, whose
// box looks like the browser's, names its buttons in the browser's language and cannot say what
// the button does. Keyboard: the focus starts on "Annuleren", the choice that loses nothing, so
// Enter or Escape keeps the work; Tab reaches the button that goes ahead.
import { useCallback, useEffect, useRef, useState } from 'react';
import { Button } from './Button';
import { useModalDialog } from './useModalDialog';

export interface ConfirmOptions {
  /** The dialog's heading; "Weet u het zeker?" when absent. */
  title?: string;
  /** The button that goes ahead, saying what it does ("Alles sluiten"); "OK" when absent. */
  confirmLabel?: string;
}

/** Asks `question`; true when the analyst chose to go ahead, false on "Annuleren" or Escape. */
export type Confirm = (question: string, options?: ConfirmOptions) => Promise<boolean>;

interface Asked extends ConfirmOptions {
  question: string;
}

/** `confirm` to ask with, and the dialog to render once in the window. A new question while one
 * is open answers that one with false. */
export function useConfirm(): { confirm: Confirm; confirmDialog: React.JSX.Element } {
  const [asked, setAsked] = useState<Asked | null>(null);
  const answer = useRef<((yes: boolean) => void) | null>(null);

  const confirm = useCallback<Confirm>(
    (question, options = {}) =>
      new Promise<boolean>((resolve) => {
        answer.current?.(false);
        const settle = (yes: boolean): void => {
          if (answer.current !== settle) return;
          answer.current = null;
          setAsked(null);
          resolve(yes);
        };
        answer.current = settle;
        setAsked({ question, ...options });
      }),
    [],
  );
  const onAnswer = useCallback((yes: boolean) => answer.current?.(yes), []);
  // Unmounted while asking: the question is answered no, so nothing waits forever.
  useEffect(() => () => answer.current?.(false), []);

  return { confirm, confirmDialog: <ConfirmDialog asked={asked} onAnswer={onAnswer} /> };
}

function ConfirmDialog({ asked, onAnswer }: { asked: Asked | null; onAnswer(yes: boolean): void }): React.JSX.Element {
  const open = asked !== null;
  const dialog = useModalDialog(open);
  const cancel = useRef<HTMLButtonElement>(null);
  // Every new question starts on "Annuleren" (see above).
  useEffect(() => {
    if (open) cancel.current?.focus();
  }, [open, asked]);

  return (
    <dialog
      ref={dialog}
      className="dialog"
      role="alertdialog"
      data-testid="confirm-dialog"
      aria-labelledby="confirm-title"
      aria-describedby="confirm-text"
      // Escape closes the dialog: the same as "Annuleren".
      onClose={() => onAnswer(false)}
    >
      <h2 id="confirm-title" className="dialog__title">
        {asked?.title ?? 'Weet u het zeker?'}
      </h2>
      <p id="confirm-text" className="dialog__text" data-testid="confirm-text">
        {asked?.question}
      </p>
      <div className="dialog__actions">
        <Button ref={cancel} look="quiet" data-testid="confirm-cancel" onClick={() => onAnswer(false)}>
          Annuleren
        </Button>
        <Button look="primary" data-testid="confirm-ok" onClick={() => onAnswer(true)}>
          {asked?.confirmLabel ?? 'OK'}
        </Button>
      </div>
    </dialog>
  );
}
