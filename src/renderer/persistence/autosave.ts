// Saving the session continuously without flooding the disk: a change that matters (a file added
// or closed, an acceptance, a restore) is written at once, cell edits after a short pause; one
// write at a time, always the newest session, nothing written twice. No React, no DOM: tested
// with fake timers (tests/renderer/autosave.test.ts).
import type { SessionSnapshot } from '@shared/savedWork/saved';
import { serializeSession } from '@shared/savedWork/sessionFile';

export interface AutosaveOptions {
  write(text: string, keep: readonly string[]): Promise<void>;
  /** Pause after a cell edit before writing. */
  delayMs: number;
  /** Dutch, once per run of failures; cleared by the next good write. */
  onError(message: string): void;
  now?: () => string;
}

export interface Autosaver {
  /** The session changed; `urgent` writes it without waiting. */
  schedule(snapshot: SessionSnapshot, urgent: boolean): void;
  /** Writes what is waiting now (the page is being hidden or closed). */
  flush(): Promise<void>;
  stop(): void;
}

export function createAutosaver({ write, delayMs, onError, now = () => new Date().toISOString() }: AutosaveOptions): Autosaver {
  let waiting: SessionSnapshot | null = null;
  let lastWritten = '';
  let timer: ReturnType<typeof setTimeout> | undefined;
  let running: Promise<void> | null = null;
  let failing = false;
  let stopped = false;

  const writeWaiting = async (): Promise<void> => {
    while (waiting && !stopped) {
      const snapshot = waiting;
      waiting = null;
      // savedAt changes every time: compare the session itself.
      const content = JSON.stringify(snapshot);
      if (content === lastWritten) continue;
      try {
        await write(
          serializeSession(snapshot, now()),
          snapshot.files.map((file) => file.sha256),
        );
        lastWritten = content;
        failing = false;
      } catch (error) {
        if (!failing) onError(`De sessie kon niet worden bewaard: ${error instanceof Error ? error.message : String(error)}`);
        failing = true;
      }
    }
  };

  const start = (): Promise<void> => {
    if (timer !== undefined) clearTimeout(timer);
    timer = undefined;
    running ??= writeWaiting().finally(() => {
      running = null;
      // Something arrived while the last write ran: it goes next.
      if (waiting && !stopped) void start();
    });
    return running;
  };

  return {
    schedule(snapshot, urgent) {
      if (stopped) return;
      waiting = snapshot;
      if (urgent) void start();
      else if (timer === undefined) timer = setTimeout(() => void start(), delayMs);
    },
    async flush() {
      if (waiting) await start();
      else if (running) await running;
    },
    stop() {
      stopped = true;
      if (timer !== undefined) clearTimeout(timer);
    },
  };
}
