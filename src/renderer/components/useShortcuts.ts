// Keyboard shortcuts of the window (named in shortcutKeys.ts). Ctrl+Z / Ctrl+Y (and Ctrl+Shift+Z)
// undo and redo edits, except while typing in a field, where they belong to the field. Alt+V,
// Alt+A and Alt+I act on the cursor's cell from anywhere, so the review loop needs no mouse;
// they go by the key's place (event.code), as Alt changes the letter on some keyboards. Handling a key here (and
// preventing its default) also keeps the desktop menu from handling it a second time: Electron
// runs a menu accelerator only for keys the page left alone.
import { useEffect, useEffectEvent } from 'react';
import { isTextField } from './textField';

export interface ShortcutActions {
  undo(): void;
  redo(): void;
  save(): void;
  nextFlag(): void;
  previousFlag(): void;
  /** Alt+V: the suggested value of the cursor's cell. */
  takeSuggestion(): void;
  /** Alt+A: accept the cursor's finding with a note (or change the note). */
  accept(): void;
  /** Alt+I: withdraw the cursor's acceptance. */
  withdraw(): void;
}

const ALT_KEYS: Readonly<Record<string, keyof ShortcutActions>> = { KeyV: 'takeSuggestion', KeyA: 'accept', KeyI: 'withdraw' };

export function useShortcuts(actions: ShortcutActions): void {
  const onKeyDown = useEffectEvent((event: KeyboardEvent) => {
    if (event.defaultPrevented) return;
    const command = event.ctrlKey || event.metaKey;
    if (event.altKey) {
      const action = !command && !event.shiftKey ? ALT_KEYS[event.code] : undefined;
      // Not while a dialog is open: its own fields and buttons have the keys then.
      if (action && !document.querySelector('dialog[open]')) {
        event.preventDefault();
        actions[action]();
      }
      return;
    }
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
