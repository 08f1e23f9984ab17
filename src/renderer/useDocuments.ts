// The loaded documents and what can be done with them. The engine and the checks run behind
// the Backend; this hook only keeps the results and the user-facing notices.
import { useCallback, useEffect, useEffectEvent, useRef, useState } from 'react';
import { SCHEMA, type ExtractedDocument } from '@engine/model';
import type { Backend, MenuCommand, OpenedPdfs, PdfFile } from './backend/types';
import { suggestedWorkbookName } from './summary';

export interface Notice {
  kind: 'info' | 'error';
  text: string;
}

export function useDocuments(backend: Backend) {
  const [documents, setDocuments] = useState<ExtractedDocument[]>([]);
  const [pending, setPending] = useState(0);
  const [notices, setNotices] = useState<Notice[]>([]);
  // Bumped by closeAll(), so results of files still being read then are dropped.
  const generation = useRef(0);

  const addFiles = useCallback(
    async (files: readonly PdfFile[], errors: readonly string[] = []) => {
      const started = generation.current;
      setNotices(errors.map((text) => ({ kind: 'error', text })));
      setPending((count) => count + files.length);
      await Promise.all(
        files.map(async (file) => {
          try {
            const document = await backend.extract(file);
            if (generation.current === started) setDocuments((current) => [...current, document]);
          } catch (error) {
            if (generation.current !== started) return;
            const reason = error instanceof Error ? error.message : String(error);
            setNotices((current) => [...current, { kind: 'error', text: `${file.name}: ${reason}` }]);
          } finally {
            setPending((count) => count - 1);
          }
        }),
      );
    },
    [backend],
  );

  const closeAll = useCallback(() => {
    generation.current += 1;
    setDocuments([]);
    setNotices([]);
  }, []);

  const save = useCallback(async () => {
    if (documents.length === 0) return;
    const outcome = await backend.saveWorkbook({
      result: { schema: SCHEMA, documents },
      suggestedName: suggestedWorkbookName(documents),
    });
    if (outcome.saved) setNotices([{ kind: 'info', text: `Opgeslagen: ${outcome.path ?? ''}` }]);
    else if (outcome.error) setNotices([{ kind: 'error', text: outcome.error }]);
  }, [backend, documents]);

  // Menu events arrive outside React; useEffectEvent lets them reach the latest actions
  // without re-subscribing on every render.
  const onMenuCommand = useEffectEvent((command: MenuCommand) => {
    if (command === 'save-xlsx') void save();
    else if (command === 'close-all') closeAll();
  });
  const onPdfsOpened = useEffectEvent(({ files, errors }: OpenedPdfs) => void addFiles(files, errors));
  useEffect(() => {
    const stopCommands = backend.onMenuCommand((command) => onMenuCommand(command));
    const stopOpened = backend.onPdfsOpened((opened) => onPdfsOpened(opened));
    return () => {
      stopCommands();
      stopOpened();
    };
  }, [backend]);

  return { documents, pending, notices, addFiles, closeAll, save };
}
