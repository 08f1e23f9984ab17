import { useId, useState, type DragEvent, type ReactNode } from 'react';
import { PdfFileInput } from './PdfFileInput';

interface DropZoneProps {
  onFiles(files: File[]): void;
  /** Small once documents are loaded: a button in the header that also takes drops. */
  compact: boolean;
  /** Shown under the button of the full drop zone (e.g. how scans are read). */
  children?: ReactNode;
}

/** Where PDFs come in: drop them here or choose them. The `<input type="file" multiple>` inside
 * is the contract the e2e tests use (`data-testid="pdf-input"`). */
export function DropZone({ onFiles, compact, children }: DropZoneProps): React.JSX.Element {
  const inputId = useId();
  const [dragging, setDragging] = useState(false);

  const onDragOver = (event: DragEvent<HTMLElement>): void => {
    event.preventDefault();
    event.dataTransfer.dropEffect = 'copy';
    setDragging(true);
  };
  const onDrop = (event: DragEvent<HTMLElement>): void => {
    event.preventDefault();
    event.stopPropagation();
    setDragging(false);
    onFiles(Array.from(event.dataTransfer.files));
  };

  return (
    <section
      className={['drop-zone', compact ? 'drop-zone--compact' : '', dragging ? 'drop-zone--active' : ''].join(' ')}
      data-testid="drop-zone"
      onDragOver={onDragOver}
      onDragLeave={() => setDragging(false)}
      onDrop={onDrop}
    >
      {!compact && (
        <>
          <div className="drop-zone__icon" aria-hidden="true" />
          <h2 className="drop-zone__title">PDF's van UWV inlezen</h2>
          <p className="drop-zone__text">
            Sleep de PDF's "Transparantie van klantprofielen" hierheen of kies ze: elke tabel wordt ingelezen en nagerekend, zodat u afwijkingen kunt corrigeren
            en alles als Excel-bestand opslaan.
          </p>
        </>
      )}
      <label className={compact ? 'button button--quiet' : 'button button--primary'} htmlFor={inputId}>
        {compact ? "PDF's toevoegen…" : "PDF's kiezen…"}
      </label>
      <PdfFileInput id={inputId} testId="pdf-input" onFiles={onFiles} />
      {!compact && children}
    </section>
  );
}
