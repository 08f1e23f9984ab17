// Builds the workbook's bytes on a worker thread of its own (workbookWorker.ts), so the calling
// thread (Electron main: every window's IPC and UI events) stays responsive however large the
// result. One thread per workbook, gone when it answers. Rejects with the reason in Dutch
// terms the save flow can show; no Electron.
import type { ExtractionResult } from '../engine/model';
import type { WorkbookThreadReply } from './workbookWorker';
import { findWorkerScript, startWorker } from './workerThreads';

export interface WorkbookThreadOptions {
  /** Path of the worker script; default found next to this module. */
  workerEntry?: string;
}

export function buildWorkbookInWorker(result: ExtractionResult, options: WorkbookThreadOptions = {}): Promise<Uint8Array> {
  const entry = options.workerEntry ?? findWorkerScript('workbookWorker', import.meta.url);
  return new Promise((resolve, reject) => {
    // The result is copied to the thread once (structured clone), not rebuilt here.
    const worker = startWorker(entry, { workerData: result, stdout: true, stderr: false });
    worker.stdout.pipe(process.stderr, { end: false });
    let answered = false;
    const answer = (settle: () => void): void => {
      if (answered) return;
      answered = true;
      settle();
      void worker.terminate();
    };
    worker.once('message', (reply: WorkbookThreadReply) => answer(() => (reply.ok ? resolve(reply.bytes) : reject(new Error(reply.reason)))));
    worker.once('error', (error) => answer(() => reject(error)));
    worker.once('exit', (code) => answer(() => reject(new Error(`de verwerking stopte onverwacht met code ${code}`))));
  });
}
