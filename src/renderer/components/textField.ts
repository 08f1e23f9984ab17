// Fields where typing happens (a cell being edited, the search box): there Ctrl+Z and the menu's
// "Ongedaan maken" undo the typing, elsewhere the session's last edit.

/** True for elements where typing (and the browser's own undo) happens. */
export function isTextField(element: Element | null): boolean {
  if (!element) return false;
  if (element instanceof HTMLTextAreaElement) return true;
  if (element instanceof HTMLInputElement) return !['checkbox', 'radio', 'button', 'submit', 'file', 'range'].includes(element.type);
  return element instanceof HTMLElement && element.isContentEditable;
}

/** The menu's undo or redo for the focused text field; false when no text field has the focus. */
export function undoTyping(command: 'undo' | 'redo'): boolean {
  if (!isTextField(document.activeElement)) return false;
  document.execCommand(command);
  return true;
}
