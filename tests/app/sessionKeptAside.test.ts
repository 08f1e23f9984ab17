// Issue 10, item 1: a session.json this version cannot read (a newer format version, truncated
// JSON, one invalid edit) must survive any number of starts. Each "start" runs main's real
// storage module on a real data folder: load() as the window asks for the session, then the
// autosaver's first save of the (empty) workspace, as the renderer does.
import { mkdtemp, readdir, readFile, rm, writeFile, mkdir } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createSessionStorage, SESSION_FILE_NAME } from '../../src/main/sessionStorage';

let root = '';
let folder = '';

beforeEach(async () => {
  root = await mkdtemp(path.join(os.tmpdir(), 'klantprofielen-kept-'));
  folder = path.join(root, 'Klantprofielen');
  await mkdir(folder, { recursive: true });
});
afterEach(async () => {
  await rm(root, { recursive: true, force: true });
});

const SHA = 'a'.repeat(64);
const T = '2024-05-01T09:00:00.000Z';
const edit = (seq: number, value: number) => ({ table: 0, row: 4, column: 'c1', rowName: 'Heerlen', original: 320, value, time: T, seq });
const session = (changes: Record<string, unknown> = {}, edits = [edit(1, 330)]) =>
  JSON.stringify({
    format: 'klantprofielen-session',
    version: 1,
    savedAt: T,
    columnNames: [null, null, null, null],
    files: [{ name: 'zuid-limburg.pdf', sha256: SHA, edits, acceptances: [] }],
    ...changes,
  });
const EMPTY = JSON.stringify({ format: 'klantprofielen-session', version: 1, savedAt: T, columnNames: [null, null, null, null], files: [] });

/** Every file under the data folder, with its text. */
async function allTexts(): Promise<Map<string, string>> {
  const texts = new Map<string, string>();
  for (const entry of await readdir(folder, { recursive: true, withFileTypes: true })) {
    if (!entry.isFile()) continue;
    const file = path.join(entry.parentPath, entry.name);
    texts.set(path.relative(folder, file), await readFile(file, 'utf8'));
  }
  return texts;
}

/** One start of the app: the window asks for the session, then autosave writes the empty workspace. */
async function start(): Promise<void> {
  const storage = createSessionStorage({ folder: () => folder });
  await storage.load();
  await storage.save(EMPTY);
}

describe('an unreadable session survives restarts', () => {
  const cases: [string, string][] = [
    ['a newer format version', session({ version: 2 })],
    ['truncated JSON', session().slice(0, 150)],
    ['one invalid edit (seq -1)', session({}, [edit(1, 330), edit(-1, 331)])],
  ];
  for (const [what, text] of cases) {
    it(`${what}: still in a file of its own after two starts (and a third)`, async () => {
      await writeFile(path.join(folder, SESSION_FILE_NAME), text);
      await start();
      await start();
      await start();
      const kept = [...(await allTexts())].filter(([, content]) => content === text);
      expect(kept.map(([name]) => name)).toHaveLength(1);
      // Kept under its own name: never the file the autosaver writes.
      expect(kept[0]![0]).not.toBe(SESSION_FILE_NAME);
    });
  }
});

describe('when keeping aside fails', () => {
  it('a save never overwrites a session.json that could not be read and could not be kept', async () => {
    const text = session({ version: 2 });
    await writeFile(path.join(folder, SESSION_FILE_NAME), text);
    // The sessions folder cannot be made (a file of that name is in the way).
    await writeFile(path.join(folder, 'sessions'), 'in de weg');
    const storage = createSessionStorage({ folder: () => folder });
    await expect(storage.load()).rejects.toThrow();
    await expect(storage.save(EMPTY)).rejects.toThrow();
    expect(await readFile(path.join(folder, SESSION_FILE_NAME), 'utf8')).toBe(text);
    // Once the way is clear, the next save keeps it first.
    await rm(path.join(folder, 'sessions'));
    await storage.save(EMPTY);
    const kept = [...(await allTexts())].filter(([, content]) => content === text);
    expect(kept.map(([name]) => name)).toEqual([expect.stringMatching(/^sessions\/session-.*\.unreadable\.json$/)]);
  });
});
