// The desktop's continuous session save, on real files: session.json written atomically in the
// data folder, writes in order, a copy of what was found kept, garbage never overwritten blindly.
import { mkdtemp, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createSessionStorage, MAX_SESSION_BYTES, PREVIOUS_SESSION_FILE_NAME, SESSION_FILE_NAME } from '../../src/main/sessionStorage';

let root = '';
let folder = '';

beforeEach(async () => {
  root = await mkdtemp(path.join(os.tmpdir(), 'klantprofielen-userdata-'));
  folder = path.join(root, 'Klantprofielen'); // does not exist yet, as on a first start
});
afterEach(async () => {
  await rm(root, { recursive: true, force: true });
});

describe('session storage', () => {
  it('has nothing on a first start, then keeps what was saved last', async () => {
    const storage = createSessionStorage({ folder: () => folder });
    expect(await storage.load()).toBeNull();
    await storage.save('{"a":1}');
    await storage.save('{"a":2}');
    expect(await readFile(path.join(folder, SESSION_FILE_NAME), 'utf8')).toBe('{"a":2}');
    expect(await createSessionStorage({ folder: () => folder }).load()).toBe('{"a":2}');
    // No temporary files left; a copy of what was found at start-up is kept.
    expect((await readdir(folder)).sort()).toEqual([PREVIOUS_SESSION_FILE_NAME, SESSION_FILE_NAME].sort());
    expect(await readFile(path.join(folder, PREVIOUS_SESSION_FILE_NAME), 'utf8')).toBe('{"a":2}');
  });

  it('writes in the order the saves were asked for, even when an earlier write is slower', async () => {
    const written: string[] = [];
    const slowFirst = async (target: string, bytes: Uint8Array) => {
      const text = new TextDecoder().decode(bytes);
      if (text === 'first') await new Promise((resolve) => setTimeout(resolve, 50));
      written.push(text);
      await writeFile(target, bytes);
    };
    const storage = createSessionStorage({ folder: () => folder, write: slowFirst });
    await Promise.all([storage.save('first'), storage.save('second')]);
    expect(written).toEqual(['first', 'second']);
    expect(await readFile(path.join(folder, SESSION_FILE_NAME), 'utf8')).toBe('second');
  });

  it('a failed write is reported and does not block the next one', async () => {
    let fail = true;
    const flaky = async (target: string, bytes: Uint8Array) => {
      if (fail) {
        fail = false;
        throw new Error("Kon 'session.json' niet opslaan: de schijf is vol (ENOSPC)");
      }
      await writeFile(target, bytes);
    };
    const storage = createSessionStorage({ folder: () => folder, write: flaky });
    await expect(storage.save('one')).rejects.toThrow(/schijf is vol/);
    await storage.save('two');
    expect(await storage.load()).toBe('two');
  });

  it('keeps an oversized session file aside instead of reading or overwriting it', async () => {
    const storage = createSessionStorage({ folder: () => folder });
    await storage.save('{}');
    await writeFile(path.join(folder, SESSION_FILE_NAME), Buffer.alloc(MAX_SESSION_BYTES + 1, 32));
    expect(await storage.load()).toBeNull();
    expect((await readdir(folder)).some((name) => /^session-.*\.unreadable\.json$/.test(name))).toBe(true);
    await expect(storage.save('x'.repeat(MAX_SESSION_BYTES + 1))).rejects.toThrow('De sessie is te groot om op te slaan.');
  });
});
