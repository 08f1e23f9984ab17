// The desktop Backend over a fake preload bridge: job ids, progress per job, cancel on abort,
// files held by main until the page listens, and menu commands passed on as they are.
import { describe, expect, it, vi } from 'vitest';
import type { ExtractedDocument } from '../../src/engine/model';
import type { BridgeApi } from '../../src/shared/ipc';
import { createIpcBackend } from '../../src/renderer/backend/ipcBackend';
import type { EventChannel, EventPayload, ExtractRequest } from '../../src/shared/ipc';

type Api = BridgeApi<File>;

function fakeBridge() {
  const listeners = new Map<EventChannel, Set<(payload: never) => void>>();
  const pending = new Map<string, (doc: ExtractedDocument) => void>();
  const calls: [string, unknown][] = [];
  const emit = <C extends EventChannel>(channel: C, payload: EventPayload<C>) => {
    for (const listener of listeners.get(channel) ?? []) (listener as (payload: EventPayload<C>) => void)(payload);
  };
  const subscriber = (channel: EventChannel) => (listener: (payload: never) => void) => {
    listeners.set(channel, (listeners.get(channel) ?? new Set()).add(listener));
    return () => void listeners.get(channel)?.delete(listener);
  };
  const doc = (file: string, code?: 'cancelled'): ExtractedDocument => ({
    file,
    pageCount: 0,
    tables: [],
    warnings: [],
    ...(code ? { error: { code, message: `${file}: het lezen is geannuleerd.` } } : {}),
  });
  const bridge = {
    invoke: {
      'app:version': async () => '1.2.3',
      'pdf:extract': (request: ExtractRequest) => {
        calls.push(['pdf:extract', request]);
        return new Promise<ExtractedDocument>((resolve) => pending.set(request.jobId, resolve));
      },
      'pdf:cancel': async ({ jobId }: { jobId: string }) => {
        calls.push(['pdf:cancel', { jobId }]);
        const name = (calls.find(([channel, request]) => channel === 'pdf:extract' && (request as ExtractRequest).jobId === jobId)?.[1] as ExtractRequest).file
          .name;
        pending.get(jobId)?.(doc(name, 'cancelled'));
      },
      'workbook:save': async () => ({ saved: true, path: '/x.xlsx' }),
      'files:ready': async () => void calls.push(['files:ready', undefined]),
    },
    on: {
      'menu:command': subscriber('menu:command'),
      'files:opened': subscriber('files:opened'),
      'pdf:progress': subscriber('pdf:progress'),
    },
  } as unknown as Api;
  return { bridge, calls, emit, listeners, finish: (jobId: string, file: string) => pending.get(jobId)?.(doc(file)) };
}

const file = { name: 'a.pdf', bytes: new Uint8Array([37, 80, 68, 70]) };
const jobIdOf = (calls: [string, unknown][], index = 0) => (calls.filter(([channel]) => channel === 'pdf:extract')[index]?.[1] as ExtractRequest).jobId;

describe('createIpcBackend', () => {
  it('sends each file under a fresh job id and passes only its own progress on', async () => {
    const { bridge, calls, emit, listeners, finish } = fakeBridge();
    const backend = createIpcBackend(bridge);
    const progressA = vi.fn();
    const progressB = vi.fn();
    const a = backend.extract(file, { onProgress: progressA });
    const b = backend.extract({ ...file, name: 'b.pdf' }, { onProgress: progressB });
    const [idA, idB] = [jobIdOf(calls, 0), jobIdOf(calls, 1)];
    expect(idA).toMatch(/^[A-Za-z0-9_-]{1,64}$/);
    expect(idA).not.toBe(idB);
    expect(listeners.get('pdf:progress')?.size).toBe(1); // one subscription for all jobs

    emit('pdf:progress', { jobId: idA, pagesDone: 1, pageCount: 3 });
    emit('pdf:progress', { jobId: idB, pagesDone: 2, pageCount: 5 });
    emit('pdf:progress', { jobId: 'van-iemand-anders', pagesDone: 9, pageCount: 9 });
    expect(progressA.mock.calls).toEqual([[{ pagesDone: 1, pageCount: 3 }]]);
    expect(progressB.mock.calls).toEqual([[{ pagesDone: 2, pageCount: 5 }]]);

    finish(idA, 'a.pdf');
    finish(idB, 'b.pdf');
    expect((await a).file).toBe('a.pdf');
    expect((await b).file).toBe('b.pdf');
    expect(listeners.get('pdf:progress')?.size).toBe(0); // unsubscribed when the last job ends
  });

  it('cancels through main when the signal aborts, also when it was aborted before the call', async () => {
    const { bridge, calls } = fakeBridge();
    const backend = createIpcBackend(bridge);
    const controller = new AbortController();
    const pending = backend.extract(file, { signal: controller.signal });
    controller.abort();
    expect((await pending).error?.code).toBe('cancelled');
    expect(calls.filter(([channel]) => channel === 'pdf:cancel')).toEqual([['pdf:cancel', { jobId: jobIdOf(calls) }]]);

    const early = new AbortController();
    early.abort();
    expect((await backend.extract(file, { signal: early.signal })).error?.code).toBe('cancelled');
  });

  it('tells main it listens for opened files, so main sends what it held', () => {
    const { bridge, calls, emit } = fakeBridge();
    const listener = vi.fn();
    const stop = createIpcBackend(bridge).onPdfsOpened(listener);
    expect(calls).toContainEqual(['files:ready', undefined]);
    emit('files:opened', { files: [file], errors: [] });
    expect(listener).toHaveBeenCalledWith({ files: [file], errors: [] });
    stop();
    emit('files:opened', { files: [file], errors: [] });
    expect(listener).toHaveBeenCalledTimes(1);
  });

  it('passes menu commands on unchanged: the UI decides what undo means where the focus is', () => {
    const { bridge, emit } = fakeBridge();
    const listener = vi.fn();
    const stop = createIpcBackend(bridge).onMenuCommand(listener);
    for (const command of ['undo', 'redo', 'save-xlsx', 'close-all'] as const) emit('menu:command', command);
    stop();
    emit('menu:command', 'undo');
    expect(listener.mock.calls).toEqual([['undo'], ['redo'], ['save-xlsx'], ['close-all']]);
  });
});
