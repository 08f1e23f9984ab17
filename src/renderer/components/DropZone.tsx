import { useId, useState, type DragEvent } from 'react';

interface DropZoneProps {
  onFiles(files: File[]): void;
  /** Smaller once documents are loaded; the zone stays for adding more. */
  compact: boolean;
}

export function DropZone({ onFiles, compact }: DropZoneProps): React.JSX.Element {
  const inputId = useId();
  const [dragging, setDragging] = useState(false);

  const onDragOver = (event: DragEvent<HTMLElement>): void => {
    event.preventDefault();
    event.dataTransfer.dropEffect = 'copy';
    setDragging(true);
  };
  const onDrop = (event: DragEvent<HTMLElement>): void => {
    event.preventDefault();
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
        <p className="drop-zone__text">
          Sleep de PDF's van UWV ("Transparantie van klantprofielen") hierheen of kies ze hieronder; de tabellen
          worden ingelezen en gecontroleerd.
        </p>
      )}
      <label className="button" htmlFor={inputId}>
        {compact ? "Meer PDF's toevoegen…" : "PDF's kiezen…"}
      </label>
      <input
        id={inputId}
        className="visually-hidden"
        data-testid="pdf-input"
        type="file"
        multiple
        accept="application/pdf"
        onChange={(event) => {
          onFiles(Array.from(event.currentTarget.files ?? []));
          event.currentTarget.value = ''; // choosing the same file again must fire again
        }}
      />
    </section>
  );
}
