// Naming the four count columns. The page prints icons there, so the engine calls them
// "Kolom 1".."Kolom 4"; the analyst can give them real names, for every table at once.
import { useEffect, useRef, useState } from 'react';

interface ColumnNamesDialogProps {
  /** Names given so far (null: as printed). */
  names: readonly (string | null)[];
  /** The column whose field gets focus, or null when the dialog is closed. */
  focusColumn: number | null;
  /** The fields that changed, by column: one undoable step. */
  onRename(names: Record<number, string>): void;
  onClose(): void;
}

export function ColumnNamesDialog({ names: given, focusColumn, onRename, onClose }: ColumnNamesDialogProps): React.JSX.Element {
  const dialog = useRef<HTMLDialogElement>(null);
  const [names, setNames] = useState<string[]>(() => given.map((name) => name ?? ''));
  const open = focusColumn !== null;

  useEffect(() => {
    const element = dialog.current;
    if (!element) return;
    if (open && !element.open) {
      setNames(given.map((name) => name ?? ''));
      element.showModal();
      // After showModal, so the field can take focus.
      requestAnimationFrame(() => element.querySelector<HTMLInputElement>(`[data-column="${focusColumn}"]`)?.select());
    } else if (!open && element.open) {
      element.close();
    }
  }, [open, focusColumn, given]);

  const apply = (): void => {
    const changed = Object.fromEntries(names.flatMap((name, column) => (name.trim() === (given[column] ?? '') ? [] : [[column, name]])));
    if (Object.keys(changed).length > 0) onRename(changed);
    onClose();
  };

  return (
    <dialog ref={dialog} className="dialog" data-testid="column-names" onClose={onClose} aria-labelledby="column-names-title">
      <form
        method="dialog"
        onSubmit={(event) => {
          event.preventDefault();
          apply();
        }}
      >
        <h2 id="column-names-title" className="dialog__title">
          Kolomnamen
        </h2>
        <p className="dialog__text">Geldt voor alle tabellen en komt zo in het Excel-bestand. Laat een veld leeg voor de gedrukte naam.</p>
        {names.map((name, column) => (
          <label key={column} className="field field--stacked">
            <span className="field__label">Kolom {column + 1}</span>
            <input
              type="text"
              data-column={column}
              data-testid={`column-name-${column}`}
              value={name}
              placeholder={`Kolom ${column + 1}`}
              onChange={(event) => setNames(names.map((current, c) => (c === column ? event.target.value : current)))}
            />
          </label>
        ))}
        <div className="dialog__actions">
          <button type="button" className="button button--quiet" onClick={onClose}>
            Annuleren
          </button>
          <button type="submit" className="button button--primary" data-testid="column-names-apply">
            Toepassen
          </button>
        </div>
      </form>
    </dialog>
  );
}
