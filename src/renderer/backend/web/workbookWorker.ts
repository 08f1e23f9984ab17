// Builds the .xlsx bytes off the page's thread: SheetJS stays out of the page bundle and a
// large workbook does not freeze the grid. One request per worker; the page terminates it.
import type { ExtractionResult } from '@engine/model';
import { workbookBytes } from '@engine/export/workbook';

import type { WorkbookReply } from './workerProtocol';

declare const self: DedicatedWorkerGlobalScope;

self.addEventListener('message', (event: MessageEvent<ExtractionResult>) => {
  let reply: WorkbookReply;
  try {
    reply = { ok: true, bytes: workbookBytes(event.data) };
  } catch (error) {
    reply = { ok: false, reason: error instanceof Error ? error.message : String(error) };
  }
  self.postMessage(reply, reply.ok ? [reply.bytes.buffer] : []);
});
