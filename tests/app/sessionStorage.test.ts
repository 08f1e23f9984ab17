// The desktop's continuous session save, on real files: session.json written atomically in the
// data folder, writes in order, the sessions of earlier starts and replaced work kept in
// sessions/ ("Vorige sessies…"), garbage never overwritten blindly.
import { mkdir, mkdtemp, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import {
  createSessionStorage,
  KEPT_SESSIONS,
  LEGACY_PREVIOUS_FILE_NAME,
  MAX_SESSION_BYTES,
  SESSION_FILE_NAME,
  SESSIONS_FOLDER,
} from '../../src/main/sessionStorage';
import { parseRequest } from '../../src/main/requests';

let root = '';
let folder = '';

beforeEach(async () => {
  root = await mkdtemp(path.join(os.tmpdir(), 'klantprofielen-userdata-'));
  folder = path.join(root, 'Klantprofielen'); // does not exist yet, as on a first start
});
afterEach(async () => {
  await rm(root, { recursive: true, force: true });
});

const T = '2024-05-01T09:00:00.000Z';
const sha = (letter: string) => letter.charCodeAt(0).toString(16).repeat(32);
/** A session with one file per letter, each with one edit of `value`. */
const session = (letters: string, value = 330) =>
  JSON.stringify({
    format: 'klantprofielen-session',
    version: 1,
    savedAt: T,
    columnNames: [null, null, null, null],
    files: [...letters].map((letter) => ({
      name: `${letter}.pdf`,
      sha256: sha(letter),
      edits: [{ table: 0, row: 4, column: 'c1', rowName: 'Heerlen', original: 320, value, time: T, seq: 1 }],
      acceptances: [],
    })),
  });
const EMPTY = session('');

/** A clock that moves one second per call, so every kept file has its own time. */
function clock(): () => Date {
  let time = Date.parse('2026-01-01T10:00:00.000Z');
  return () => new Date((time += 1000));
}

const kept = async () => (await readdir(path.join(folder, SESSIONS_FOLDER)).catch(() => [])).sort();

describe('session storage', () => {
  it('has nothing on a first start, then keeps what was saved last', async () => {
    const storage = createSessionStorage({ folder: () => folder });
    expect(await storage.load()).toEqual({ text: null });
    await storage.save(session('a', 1));
    await storage.save(session('a', 2));
    expect(await readFile(path.join(folder, SESSION_FILE_NAME), 'utf8')).toBe(session('a', 2));
    expect(await createSessionStorage({ folder: () => folder }).load()).toEqual({ text: session('a', 2) });
    // No temporary files left; the session found at the start is kept for "Vorige sessies…".
    expect(await readdir(folder)).toEqual(expect.arrayContaining([SESSION_FILE_NAME, SESSIONS_FOLDER]));
    expect(await readdir(folder)).toHaveLength(2);
    expect(await kept()).toHaveLength(1);
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
      await mkdir(path.dirname(target), { recursive: true });
      await writeFile(target, bytes);
    };
    const storage = createSessionStorage({ folder: () => folder, write: flaky });
    await expect(storage.save(session('a'))).rejects.toThrow(/schijf is vol/);
    await storage.save(session('b'));
    expect(await createSessionStorage({ folder: () => folder }).load()).toEqual({ text: session('b') });
  });

  it('keeps an oversized session file aside instead of reading or overwriting it', async () => {
    const storage = createSessionStorage({ folder: () => folder });
    await storage.save(EMPTY);
    await writeFile(path.join(folder, SESSION_FILE_NAME), Buffer.alloc(MAX_SESSION_BYTES + 1, 32));
    const loaded = await createSessionStorage({ folder: () => folder }).load();
    expect(loaded.text).toBeNull();
    expect(loaded.keptAside).toMatchObject({ unreadable: true, problem: 'Het sessiebestand is groter dan 20 MB.' });
    expect(await kept()).toEqual([expect.stringMatching(/^session-.*\.unreadable\.json$/)]);
    await expect(storage.save('x'.repeat(MAX_SESSION_BYTES + 1))).rejects.toThrow('De sessie is te groot om op te slaan.');
  });
});

describe('kept sessions ("Vorige sessies…")', () => {
  it('a session of a newer version is kept aside at start, named, listed, readable and exportable', async () => {
    await mkdir(folder, { recursive: true });
    const newer = session('a').replace('"version":1', '"version":2');
    await writeFile(path.join(folder, SESSION_FILE_NAME), newer);
    const storage = createSessionStorage({ folder: () => folder, now: clock() });
    const loaded = await storage.load();
    expect(loaded.text).toBeNull();
    const aside = loaded.keptAside!;
    expect(aside).toMatchObject({ unreadable: true, keptAt: '2026-01-01T10:00:01.000Z' });
    expect(aside.problem).toContain('nieuwere versie van Klantprofielen (bestandsversie 2)');
    expect(aside.location).toBe(path.join(folder, SESSIONS_FOLDER, aside.id));
    expect(await readFile(aside.location!, 'utf8')).toBe(newer);
    await storage.save(EMPTY);
    expect(await storage.history()).toEqual([aside]);
    expect(await storage.readKept(aside.id)).toBe(newer);

    const target = path.join(root, 'export.json');
    let offered = '';
    expect(await storage.exportKept(aside.id, async (name) => ((offered = name), target))).toEqual({ saved: true, path: target });
    expect(offered).toBe('klantprofielen-sessie-2026-01-01T10-00-01-000Z.json');
    expect(await readFile(target, 'utf8')).toBe(newer);
    expect(await storage.exportKept(aside.id, async () => undefined)).toEqual({ saved: false });
  });

  it('a session with one invalid edit is offered without it; the original is kept aside', async () => {
    await mkdir(folder, { recursive: true });
    const raw = JSON.parse(session('a')) as { files: { edits: Record<string, unknown>[] }[] };
    raw.files[0]!.edits.push({ ...raw.files[0]!.edits[0]!, seq: -1, value: 331 });
    const text = JSON.stringify(raw);
    await writeFile(path.join(folder, SESSION_FILE_NAME), text);
    const loaded = await createSessionStorage({ folder: () => folder }).load();
    expect(loaded.text).toBe(text);
    expect(loaded.keptAside).toMatchObject({
      unreadable: false,
      files: ['a.pdf'],
      corrections: 1,
      problem: '1 onderdeel kon niet worden gelezen en is weggelaten: bestand 1 (a.pdf), correctie 2: ongeldig volgnummer.',
    });
  });

  it('keeps the work a save replaces with other files, the same work once, and the newest readable ones only', async () => {
    const storage = createSessionStorage({ folder: () => folder, now: clock() });
    await storage.load();
    await storage.save(session('a', 1));
    await storage.save(session('a', 2)); // the same files: nothing kept
    expect(await kept()).toEqual([]);
    await storage.save(session('ab', 2)); // a file added: nothing kept
    await storage.save(EMPTY); // "Alles sluiten": the work is kept first
    expect((await storage.history()).map((info) => info.files)).toEqual([['a.pdf', 'b.pdf']]);
    // The next start finds the empty workspace: nothing new to keep.
    await createSessionStorage({ folder: () => folder }).load();
    expect(await kept()).toHaveLength(1);

    const many = createSessionStorage({ folder: () => folder, now: clock() });
    await many.load();
    const letters = 'cdefghijklmnop';
    for (const letter of letters) await many.save(session(letter));
    await many.save(EMPTY);
    const history = await many.history();
    expect(history).toHaveLength(KEPT_SESSIONS);
    expect(history.map((info) => info.files[0])).toEqual(
      [...letters]
        .reverse()
        .slice(0, KEPT_SESSIONS)
        .map((letter) => `${letter}.pdf`),
    );
  });

  it('never removes an unreadable one, however many readable ones follow', async () => {
    await mkdir(folder, { recursive: true });
    await writeFile(path.join(folder, SESSION_FILE_NAME), '{"format": "klantprofielen-session", "vers');
    const storage = createSessionStorage({ folder: () => folder, now: clock() });
    expect((await storage.load()).keptAside?.problem).toBe('Dit sessiebestand is beschadigd: het is geen geldige JSON.');
    for (const letter of 'abcdefghijklmn') await storage.save(session(letter));
    await storage.save(EMPTY);
    const history = await storage.history();
    expect(history).toHaveLength(KEPT_SESSIONS + 1);
    expect(history.filter((info) => info.unreadable)).toHaveLength(1);
  });

  it("moves an earlier version's session-previous.json into the kept sessions instead of overwriting it", async () => {
    await mkdir(folder, { recursive: true });
    await writeFile(path.join(folder, LEGACY_PREVIOUS_FILE_NAME), session('a'));
    await writeFile(path.join(folder, 'session-2025-01-01T00-00-00-000Z.unreadable.json'), 'kapot');
    const storage = createSessionStorage({ folder: () => folder });
    await storage.load();
    expect(await readdir(folder)).toEqual([SESSIONS_FOLDER]);
    const history = await storage.history();
    expect(history.map((info) => [info.files, info.unreadable])).toEqual([
      [['a.pdf'], false],
      [[], true],
    ]);
  });

  it('reads only kept sessions by their own names', async () => {
    const storage = createSessionStorage({ folder: () => folder });
    expect(await storage.readKept('../session.json')).toBeNull();
    expect(() => parseRequest('session:read-kept', { id: '../../etc/passwd' })).toThrow('Ongeldig verzoek');
    expect(() => parseRequest('session:read-kept', { id: 'session-2026-01-01T10-00-01-000Z.json/../x' })).toThrow('Ongeldig verzoek');
    expect(parseRequest('session:read-kept', { id: 'session-2026-01-01T10-00-01-000Z-2.unreadable.json' })).toEqual({
      id: 'session-2026-01-01T10-00-01-000Z-2.unreadable.json',
    });
  });
});
