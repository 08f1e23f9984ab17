// Stand-in extract worker for ocrPool.test.ts: announces one scanned page right away and
// answers after FAKE_OCR_WORK_MS (default 1 s), so the pool's extra time per OCR page can be tested without OCR.
'use strict';
const { parentPort } = require('node:worker_threads');

const workMs = Number(process.env.FAKE_OCR_WORK_MS ?? 1000);
parentPort.on('message', (request) => {
  parentPort.postMessage({ type: 'ocr-page', id: request.id, progress: { page: 1, pageCount: 1, state: 'recognizing' } });
  setTimeout(() => {
    parentPort.postMessage({ type: 'ocr-page', id: request.id, progress: { page: 1, pageCount: 1, state: 'done' } });
    parentPort.postMessage({
      type: 'done',
      id: request.id,
      doc: { file: request.name, pageCount: 1, tables: [], warnings: [], ocrPages: [1], textPages: [], ocrMode: request.ocr },
    });
  }, workMs);
});
