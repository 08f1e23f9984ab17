// The desktop Backend: every call goes through the preload bridge to main.
import type { BridgeApi } from '@shared/ipc';
import type { ExtractProgress, LoadedSession } from '@shared/ipc';
import type { Backend } from './types';

export function createIpcBackend(bridge: BridgeApi<File>): Backend {
  // One subscription to 'pdf:progress' for all jobs: a listener per file would pile up on
  // ipcRenderer (and warn) when a folder of PDFs is read at once.
  const progressByJob = new Map<string, (progress: ExtractProgress) => void>();
  let stopProgress: (() => void) | undefined;
  const followProgress = (jobId: string, listener: (progress: ExtractProgress) => void): (() => void) => {
    stopProgress ??= bridge.on['pdf:progress']((progress) => progressByJob.get(progress.jobId)?.(progress));
    progressByJob.set(jobId, listener);
    return () => {
      progressByJob.delete(jobId);
      if (progressByJob.size === 0) {
        stopProgress?.();
        stopProgress = undefined;
      }
    };
  };

  // Main reads the session from disk once per run; this page asks once and keeps the answer
  // (React may run the effect that asks twice).
  let loaded: Promise<LoadedSession> | undefined;

  return {
    async extract(file, { onProgress, signal, ocr } = {}) {
      const jobId = newJobId();
      const unfollow = onProgress ? followProgress(jobId, ({ jobId: _job, ...progress }) => onProgress(progress)) : undefined;
      // Main answers the pending extract with error code 'cancelled'.
      const cancel = (): void => {
        bridge.invoke['pdf:cancel']({ jobId }).catch(() => undefined);
      };
      signal?.addEventListener('abort', cancel, { once: true });
      try {
        const answer = bridge.invoke['pdf:extract']({ jobId, file, ...(ocr ? { ocr } : {}) });
        if (signal?.aborted) cancel(); // aborted before the listener was added
        return await answer;
      } finally {
        signal?.removeEventListener('abort', cancel);
        unfollow?.();
      }
    },
    saveWorkbook: (request) => bridge.invoke['workbook:save'](request),
    saveChart: (request) => bridge.invoke['chart:save'](request),
    appVersion: () => bridge.invoke['app:version'](),
    // 'undo'/'redo' come as they are: the UI decides between a text field's own undo and the model's.
    onMenuCommand: (listener) => bridge.on['menu:command'](listener),
    onPdfsOpened: (listener) => {
      const stop = bridge.on['files:opened'](listener);
      // Main holds files opened before the page listened (command line, "Open with").
      bridge.invoke['files:ready']().catch(() => undefined);
      return stop;
    },
    // A bridge without these channels (an older preload) saves no session and finds no files:
    // the app still works, it only cannot restore.
    loadSession: () => (loaded ??= (async () => (await bridge.invoke['session:load']?.()) ?? { text: null })()),
    saveSession: async (text) => {
      await bridge.invoke['session:save']?.({ text });
    },
    sessionHistory: async () => (await bridge.invoke['session:history']?.()) ?? [],
    readKeptSession: async (id) => (await bridge.invoke['session:read-kept']?.({ id })) ?? null,
    exportKeptSession: async (id) => (await bridge.invoke['session:export-kept']?.({ id })) ?? { saved: false },
    // Main reads files again from their paths: nothing to keep here.
    keepPdf: async () => undefined,
    findPdf: async (file) => {
      const read = bridge.invoke['pdf:read-path'];
      if (!file.path || !read) return { status: 'missing', detail: 'niet bekend waar het bestand stond' };
      return read({ path: file.path });
    },
    locatePdf: async (name) => (await bridge.invoke['pdf:locate']?.({ name })) ?? null,
    pathOf: (file) => bridge.pathForFile?.(file) || undefined,
    saveProject: (request) => bridge.invoke['project:save'](request),
    openProject: () => bridge.invoke['project:open'](),
  };
}

function newJobId(): string {
  return crypto.randomUUID();
}
