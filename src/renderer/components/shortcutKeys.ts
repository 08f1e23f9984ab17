// The window's keys for the review loop, named once: useShortcuts handles them, tooltips and the
// legend show them, the README lists them.
export const SHORTCUTS = {
  nextFlag: 'F8',
  previousFlag: 'Shift+F8',
  /** On a cell with a suggested value Enter takes it; Alt+V does from anywhere. */
  takeSuggestion: 'Enter of Alt+V',
  accept: 'Alt+A',
  withdraw: 'Alt+I',
  undo: 'Ctrl+Z',
  redo: 'Ctrl+Y',
  save: 'Ctrl+S',
} as const;
