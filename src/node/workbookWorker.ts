// Worker thread that builds one .xlsx for main's 'workbook:save' (workbookThread.ts): SheetJS
// takes seconds for a large result (2000 documents: 47 s), which on Electron's main thread
// would freeze every window. Gets the result as workerData, answers once, and ends.
import { parentPort, workerData } from 'node:worker_threads';
import { workbookBytes } from '../engine/export/workbook';
import type { ExtractionResult } from '../engine/model';

export type WorkbookThreadReply = { ok: true; bytes: Uint8Array } | { ok: false; reason: string };

const port = parentPort;
if (port) {
  let reply: WorkbookThreadReply;
  try {
    reply = { ok: true, bytes: workbookBytes(workerData as ExtractionResult) };
  } catch (error) {
    reply = { ok: false, reason: error instanceof Error ? error.message : String(error) };
  }
  port.postMessage(reply, reply.ok ? [reply.bytes.buffer as ArrayBuffer] : []);
}
