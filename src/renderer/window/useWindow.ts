// The window's controller bound to React: made once, followed with useSyncExternalStore, started
// and stopped with the component. What it does is in windowController.ts; this only connects it
// to React and to the page (menu undo in text fields, writing the session when the page goes).
import { useEffect, useState, useSyncExternalStore } from 'react';
import type { OcrMode } from '@engine/ocr/ocrEngine';
import type { Backend } from '../backend/types';
import type { Confirm } from '../components/ConfirmDialog';
import { undoTyping } from '../components/textField';
import { createWindowController } from './windowController';

export interface WindowOptions {
  /** The app's confirm dialog's asker (stable for the window's life, as useConfirm's is). */
  confirm: Confirm;
  /** Ends the grids' cell edits and resolves once they are in the store (stable). */
  commitEdits(): Promise<void>;
  /** How scanned pages of files read from now on are read. */
  ocrMode: OcrMode;
}

export function useWindow(backend: Backend, { confirm, commitEdits, ocrMode }: WindowOptions) {
  const [controller] = useState(() => createWindowController({ backend, confirm, commitEdits, undoTyping, ocrMode }));
  const state = useSyncExternalStore(controller.subscribe, controller.getState);

  useEffect(() => controller.setOcrMode(ocrMode), [controller, ocrMode]);
  useEffect(() => controller.start(), [controller]);
  // Hidden or closed: the session is written now, not after the pause for cell edits.
  useEffect(() => {
    const flush = (): void => void controller.flushSession();
    const onVisibility = (): void => {
      if (document.visibilityState === 'hidden') flush();
    };
    window.addEventListener('pagehide', flush);
    document.addEventListener('visibilitychange', onVisibility);
    return () => {
      window.removeEventListener('pagehide', flush);
      document.removeEventListener('visibilitychange', onVisibility);
    };
  }, [controller]);

  return { state, controller };
}
