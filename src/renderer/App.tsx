import type { Backend } from './backend/types';
import { DocumentList } from './components/DocumentList';
import { DropZone } from './components/DropZone';
import { StatusBar } from './components/StatusBar';
import { readPdfFiles } from './pdfFiles';
import { useDocuments } from './useDocuments';

export function App({ backend }: { backend: Backend }): React.JSX.Element {
  const { documents, pending, notices, addFiles, save } = useDocuments(backend);

  const onFiles = async (list: File[]): Promise<void> => {
    const { files, errors } = await readPdfFiles(list);
    await addFiles(files, errors);
  };

  return (
    <div className="app">
      <header className="app-header">
        <h1>Klantprofielen</h1>
        <button type="button" className="button" data-testid="save-xlsx" disabled={documents.length === 0} onClick={() => void save()}>
          Opslaan als Excel
        </button>
      </header>
      <main className="app-main">
        <DropZone compact={documents.length > 0} onFiles={(list) => void onFiles(list)} />
        {documents.length > 0 && <DocumentList documents={documents} />}
      </main>
      <StatusBar documents={documents} pending={pending} notices={notices} />
    </div>
  );
}
