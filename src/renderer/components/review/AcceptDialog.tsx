// "Accepteren…": the analyst confirms that the flagged value is what the publication prints (the
// source itself is inconsistent) and says why in a short note. The flag then no longer counts as
// open; the note goes with it into the workbook's Controles sheet.
import { useState } from 'react';
import { DialogForm } from '../DialogForm';
import { useModalDialog } from '../useModalDialog';
import './review.css';

export interface AcceptRequest {
  /** What is accepted, for the title: "Utrecht, Totaal: Rijtotaal klopt niet". */
  label: string;
  /** The note so far (changing the note of an accepted flag), else empty. */
  note: string;
  /** True when the flags are accepted already and only the note changes. */
  editing: boolean;
}

interface AcceptDialogProps {
  request: AcceptRequest | null;
  onAccept(note: string): void;
  onClose(): void;
}

export function AcceptDialog({ request, onAccept, onClose }: AcceptDialogProps): React.JSX.Element {
  const [note, setNote] = useState('');
  const dialog = useModalDialog(request !== null, (element) => {
    setNote(request?.note ?? '');
    requestAnimationFrame(() => element.querySelector('textarea')?.select());
  });
  const accept = (): void => {
    onAccept(note);
    onClose();
  };

  return (
    <dialog ref={dialog} className="dialog" data-testid="accept-dialog" onClose={onClose} aria-labelledby="accept-title">
      <DialogForm onSubmit={accept} onCancel={onClose} submitLabel={request?.editing ? 'Opslaan' : 'Accepteren'} submitTestId="accept-confirm">
        <h2 id="accept-title" className="dialog__title">
          {request?.editing ? 'Notitie bij de acceptatie' : 'Klopt met de bron'}
        </h2>
        <p className="dialog__text">
          {request?.label}
          <br />
          De waarde staat zo in de publicatie. De melding telt dan niet meer als open en komt met uw notitie in het Excel-bestand.
        </p>
        <label className="field field--stacked">
          <span className="field__label">Notitie</span>
          <textarea
            className="accept-dialog__note"
            data-testid="accept-note"
            rows={3}
            maxLength={500}
            value={note}
            placeholder="Bijvoorbeeld: zo gedrukt in de publicatie; nagevraagd bij UWV"
            onChange={(event) => setNote(event.target.value)}
            onKeyDown={(event) => {
              // Ctrl+Enter accepts, as in most note fields; Enter alone makes a new line.
              if (event.key === 'Enter' && (event.ctrlKey || event.metaKey)) {
                event.preventDefault();
                event.currentTarget.form?.requestSubmit();
              }
            }}
          />
        </label>
      </DialogForm>
    </dialog>
  );
}
