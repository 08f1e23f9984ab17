// An engine Web Worker: reads one PDF at a time with the same engine as the desktop app and
// the CLI, and answers with progress per page and the finished document.
import { extractDocument } from '@engine/index';
import { pdfjsInWorker } from './pdfjsInWorker';
import type { ExtractMessage, WorkerReply } from './workerProtocol';

declare const self: DedicatedWorkerGlobalScope;

function reply(message: WorkerReply): void {
  self.postMessage(message);
}

async function extract({ id, name, bytes, standardFontDataUrl }: ExtractMessage): Promise<void> {
  try {
    const doc = await extractDocument(bytes, name, pdfjsInWorker, {
      standardFontDataUrl,
      onProgress: (pagesDone, pageCount) => reply({ type: 'progress', id, pagesDone, pageCount }),
    });
    reply({ type: 'done', id, doc });
  } catch (error) {
    reply({ type: 'failed', id, reason: error instanceof Error ? error.message : String(error) });
  }
}

self.addEventListener('message', (event: MessageEvent<ExtractMessage>) => void extract(event.data));
