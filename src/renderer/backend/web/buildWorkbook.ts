// The page's side of workbookWorker.ts: one short-lived worker per save.
import type { ExtractionResult } from '@engine/model';
import type { WorkbookReply } from './workerProtocol';

export function buildWorkbookInWorker(result: ExtractionResult): Promise<Uint8Array> {
  const worker = new Worker(new URL('./workbookWorker.ts', import.meta.url), { type: 'module' });
  return new Promise<Uint8Array>((resolve, reject) => {
    worker.addEventListener('message', (event: MessageEvent<WorkbookReply>) =>
      event.data.ok ? resolve(event.data.bytes) : reject(new Error(event.data.reason)),
    );
    worker.addEventListener('error', (event) => reject(new Error(event.message || 'de werkmap kon niet worden gemaakt')));
    worker.postMessage(result);
  }).finally(() => worker.terminate());
}
