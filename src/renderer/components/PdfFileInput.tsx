// The hidden <input type="file"> behind every "PDF's kiezen…" label: several PDFs at once, and
// cleared after each choice so that choosing the same file again fires again. It keeps its place
// in the Tab order: its label shows the focus ring (styles.css), and Enter opens the chooser
// as Space does (Chromium opens a file input on Space only).
interface PdfFileInputProps {
  /** The id the visible <label htmlFor> points at. */
  id: string;
  testId: string;
  onFiles(files: File[]): void;
}

export function PdfFileInput({ id, testId, onFiles }: PdfFileInputProps): React.JSX.Element {
  return (
    <input
      id={id}
      className="visually-hidden"
      data-testid={testId}
      type="file"
      multiple
      accept="application/pdf,.pdf"
      onKeyDown={(event) => {
        if (event.key === 'Enter') {
          event.preventDefault();
          event.currentTarget.click();
        }
      }}
      onChange={(event) => {
        onFiles(Array.from(event.currentTarget.files ?? []));
        event.currentTarget.value = '';
      }}
    />
  );
}
