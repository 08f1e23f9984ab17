// One extract worker thread as the PDF pool sees it (src/shared/pdfPool): node:worker_threads'
// events turned into the pool's replies and crashes. Each thread has a memory limit: JS heap
// through resourceLimits, ArrayBuffers through memoryGuard.ts.
import type { Worker } from 'node:worker_threads';
import type { PoolWorker, PoolWorkerEvents } from '../shared/pdfPool/pdfPool';
import { unexpectedStopReason } from '../shared/pdfPool/readFailures';
import type { WorkerReply } from '../shared/pdfPool/workerProtocol';
import type { ExtractWorkerData } from './extractWorker';
import { startWorker } from './workerThreads';

/** Share of a thread's limit that is JS heap; the rest is ArrayBuffers (streams, pixels). */
const HEAP_SHARE = 0.4;

export function startExtractThread(entry: string, memoryMb: number, events: PoolWorkerEvents): PoolWorker {
  const worker = startThread(entry, memoryMb);
  // An uncaught error comes before the exit it causes; the exit is reported, with its reason.
  let crash: string | undefined;
  let outOfMemory = false;
  worker.on('message', (reply: WorkerReply) => events.reply(reply));
  worker.on('error', (error: NodeJS.ErrnoException) => {
    crash = error.message;
    if (error.code === 'ERR_WORKER_OUT_OF_MEMORY') outOfMemory = true;
  });
  // Also when the pool terminates the thread: the pool ignores a worker it retired.
  worker.on('exit', (exitCode) => events.crashed({ reason: crash ?? unexpectedStopReason(exitCode), outOfMemory }));
  return {
    post: (request) => worker.postMessage(request),
    terminate: () => worker.terminate(),
    // An idle thread must not keep the process alive (a CLI that forgot close()).
    setBusy: (busy) => void (busy ? worker.ref() : worker.unref()),
  };
}

function startThread(entry: string, memoryMb: number): Worker {
  const heapMb = Math.round(memoryMb * HEAP_SHARE);
  const workerData: ExtractWorkerData = { arrayBufferLimitBytes: (memoryMb - heapMb) * 2 ** 20 };
  const worker = startWorker(entry, {
    // The worker's console output goes to stderr: stdout belongs to the CLI's result.
    stdout: true,
    stderr: false,
    resourceLimits: { maxOldGenerationSizeMb: heapMb },
    workerData,
  });
  worker.stdout.pipe(process.stderr, { end: false });
  return worker;
}
