// Keyboard shortcuts of the window. Ctrl+Z / Ctrl+Y (and Ctrl+Shift+Z) undo and redo edits,
// except while typing in a field, where they belong to the field. Handling a key here (and
// preventing its default) also keeps the desktop menu from handling it a second time: Electron
// runs a menu accelerator only for keys the page left alone.
import { useEffect, useEffectEvent } from 'react';
import { isTextField } from '../useDocuments';

export interface ShortcutActions {
  undo(): void;
  redo(): void;
  save(): void;
  nextFlag(): void;
  previousFlag(): void;
}

export function useShortcuts(actions: ShortcutActions): void {
  const onKeyDown = useEffectEvent((event: KeyboardEvent) => {
    if (event.defaultPrevented || event.altKey) return;
    const command = event.ctrlKey || event.metaKey;
    const key = event.key.toLowerCase();
    if (event.key === 'F8' && !command) {
      // Also from inside a cell editor: the jump ends the edit.
      event.preventDefault();
      if (event.shiftKey) actions.previousFlag();
      else actions.nextFlag();
    } else if (command && key === 's' && !event.shiftKey) {
      event.preventDefault();
      actions.save();
    } else if (command && !isTextField(event.target instanceof Element ? event.target : null)) {
      if (key === 'z' && !event.shiftKey) {
        event.preventDefault();
        actions.undo();
      } else if (key === 'y' || (key === 'z' && event.shiftKey)) {
        event.preventDefault();
        actions.redo();
      }
    }
  });
  useEffect(() => {
    const listener = (event: KeyboardEvent) => onKeyDown(event);
    window.addEventListener('keydown', listener);
    return () => window.removeEventListener('keydown', listener);
  }, []);
}
