// Stand-in extract worker for memoryLimits.test.ts: fills its JS heap (strings in an array, no
// ArrayBuffers) until V8's resourceLimits stop the thread with ERR_WORKER_OUT_OF_MEMORY.
'use strict';
const { parentPort } = require('node:worker_threads');

parentPort.on('message', () => {
  const kept = [];
  for (let i = 0; ; i++) kept.push(`${i}`.repeat(64) + Math.random());
});
