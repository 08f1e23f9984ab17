// Saving the session continuously: urgent changes at once, cell edits after a pause, one write at
// a time and always the newest, nothing written twice, a failure said once and never blocking.
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { createAutosaver, parseSession } from '../../src/renderer/persistence';
import type { SessionSnapshot } from '../../src/renderer/session';

const snapshot = (value: number): SessionSnapshot => ({
  columnNames: [null, null, null, null],
  files: [
    {
      name: 'a.pdf',
      sha256: 'a'.repeat(64),
      edits: [{ table: 0, row: 0, column: 'c0', rowName: 'Beek', original: 0, value, time: '2024-05-01T09:00:00.000Z', seq: 1 }],
      acceptances: [],
    },
  ],
});

const valueOf = (text: string) => parseSession(text).snapshot.files[0]?.edits[0]?.value;
type Write = (text: string, keep: readonly string[]) => Promise<void>;

beforeEach(() => vi.useFakeTimers());
afterEach(() => vi.useRealTimers());

describe('createAutosaver', () => {
  it('writes an urgent change at once, with the SHA-256 of every file to keep', async () => {
    const write = vi.fn<Write>(async () => undefined);
    const saver = createAutosaver({ write, delayMs: 300, onError: vi.fn(), now: () => 'T' });
    saver.schedule(snapshot(1), true);
    await vi.advanceTimersByTimeAsync(0);
    expect(write).toHaveBeenCalledTimes(1);
    const [text, keep] = write.mock.calls[0]!;
    expect(valueOf(text)).toBe(1);
    expect(JSON.parse(text).savedAt).toBe('T');
    expect(keep).toEqual(['a'.repeat(64)]);
  });

  it('waits a moment after a cell edit and then writes only the newest state', async () => {
    const write = vi.fn<Write>(async () => undefined);
    const saver = createAutosaver({ write, delayMs: 300, onError: vi.fn() });
    saver.schedule(snapshot(1), false);
    saver.schedule(snapshot(2), false);
    await vi.advanceTimersByTimeAsync(299);
    expect(write).not.toHaveBeenCalled();
    saver.schedule(snapshot(3), false);
    await vi.advanceTimersByTimeAsync(1);
    expect(write.mock.calls.map(([text]) => valueOf(text))).toEqual([3]);
  });

  it('never writes two at once: what comes in meanwhile is written next, the same session not again', async () => {
    let release!: () => void;
    const write = vi.fn<Write>(() => new Promise((resolve) => (release = resolve)));
    const saver = createAutosaver({ write, delayMs: 300, onError: vi.fn() });
    saver.schedule(snapshot(1), true);
    await vi.advanceTimersByTimeAsync(0);
    saver.schedule(snapshot(2), true);
    saver.schedule(snapshot(3), true);
    await vi.advanceTimersByTimeAsync(0);
    expect(write).toHaveBeenCalledTimes(1);
    release();
    await vi.advanceTimersByTimeAsync(0);
    expect(write.mock.calls.map(([text]) => valueOf(text))).toEqual([1, 3]);
    release();
    await vi.advanceTimersByTimeAsync(0);
    saver.schedule(snapshot(3), true);
    await vi.advanceTimersByTimeAsync(0);
    expect(write).toHaveBeenCalledTimes(2);
  });

  it('says once that saving fails, keeps trying, and flush writes what waits', async () => {
    const onError = vi.fn();
    let fail = true;
    const write = vi.fn<Write>(async () => {
      if (fail) throw new Error('schijf vol');
    });
    const saver = createAutosaver({ write, delayMs: 300, onError });
    saver.schedule(snapshot(1), true);
    await vi.advanceTimersByTimeAsync(0);
    saver.schedule(snapshot(2), true);
    await vi.advanceTimersByTimeAsync(0);
    expect(onError.mock.calls).toEqual([['De sessie kon niet worden bewaard: schijf vol']]);
    fail = false;
    saver.schedule(snapshot(3), false);
    await saver.flush();
    expect(valueOf(write.mock.calls.at(-1)![0])).toBe(3);
    saver.stop();
    saver.schedule(snapshot(4), true);
    await vi.advanceTimersByTimeAsync(1000);
    expect(write).toHaveBeenCalledTimes(3);
  });
});
