// The app's dialogs are <dialog> elements shown modally while their state says open: the
// browser then keeps focus inside, Escape closes them (the dialog's close event), and the page
// behind cannot be clicked.
import { useEffect, useRef, type RefObject } from 'react';

/** The ref for the <dialog>: shown modally when `open` turns true, closed when it turns false.
 * `onOpen` runs as it opens, just before showModal (fill the fields there; focus them in a frame). */
export function useModalDialog(open: boolean, onOpen?: (dialog: HTMLDialogElement) => void): RefObject<HTMLDialogElement | null> {
  const dialog = useRef<HTMLDialogElement>(null);
  const opening = useRef(onOpen);
  opening.current = onOpen;

  useEffect(() => {
    const element = dialog.current;
    if (!element) return;
    if (open && !element.open) {
      opening.current?.(element);
      element.showModal();
    } else if (!open && element.open) {
      element.close();
    }
  }, [open]);

  return dialog;
}
