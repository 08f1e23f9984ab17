// Naming the four count columns. The page prints icons there, so the engine calls them
// "Kolom 1".."Kolom 4"; the analyst can give them real names, for every table at once.
import { useState } from 'react';
import { DialogForm } from './DialogForm';
import { useModalDialog } from './useModalDialog';

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
  const [names, setNames] = useState<string[]>(() => given.map((name) => name ?? ''));
  const dialog = useModalDialog(focusColumn !== null, (element) => {
    setNames(given.map((name) => name ?? ''));
    // In a frame, after showModal: then the field can take focus.
    requestAnimationFrame(() => element.querySelector<HTMLInputElement>(`[data-column="${focusColumn}"]`)?.select());
  });

  const apply = (): void => {
    const changed = Object.fromEntries(names.flatMap((name, column) => (name.trim() === (given[column] ?? '') ? [] : [[column, name]])));
    if (Object.keys(changed).length > 0) onRename(changed);
    onClose();
  };

  return (
    <dialog ref={dialog} className="dialog" data-testid="column-names" onClose={onClose} aria-labelledby="column-names-title">
      <DialogForm onSubmit={apply} onCancel={onClose} submitLabel="Toepassen" submitTestId="column-names-apply">
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
      </DialogForm>
    </dialog>
  );
}
