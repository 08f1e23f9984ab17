// PDFs named by saved work (a session, a project) or given on the command line may be FIFOs,
// devices or files on a dead network share. Reading them must never stall main: a FIFO opened
// for reading blocks one of libuv's four file threads until a writer comes, so four of them
// used to stop every session.json write. Real FIFOs (mkfifo), real files, real session storage.
import { execFileSync } from 'node:child_process';
import { constants, openSync, closeSync } from 'node:fs';
import { mkdtemp, open, readFile, rm, symlink } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readPdfAtPath } from '../../src/main/pdfAtPath';
import { readPdfBatches } from '../../src/main/pdfBatches';
import { boundedFileRead, MAX_CONCURRENT_READS } from '../../src/main/boundedReads';
import { createSessionStorage } from '../../src/main/sessionStorage';

const groningen = path.resolve(__dirname, '../fixtures/text/p1_2017q4_groningen.pdf');

let dir = '';
const fifos: string[] = [];
function fifo(name: string): string {
  const file = path.join(dir, name);
  execFileSync('mkfifo', [file]); // coreutils; nothing writes into it unless a test releases it
  fifos.push(file);
  return file;
}

/** Resolves with the value, or with 'hangt nog' after `ms`. */
function within<T>(promise: Promise<T>, ms: number): Promise<T | 'hangt nog'> {
  return Promise.race([promise, new Promise<'hangt nog'>((resolve) => setTimeout(() => resolve('hangt nog'), ms).unref())]);
}

beforeAll(async () => {
  dir = await mkdtemp(path.join(os.tmpdir(), 'klantprofielen-fifo-'));
});
/** Lets a thread blocked in open() on these FIFOs return: a writer comes and goes. */
function release(files: readonly string[]): void {
  for (const file of files) {
    try {
      closeSync(openSync(file, constants.O_WRONLY | constants.O_NONBLOCK));
    } catch {
      // no reader waiting: nothing to release
    }
  }
}

afterAll(async () => {
  release(fifos);
  if (dir) await rm(dir, { recursive: true, force: true });
});

describe.runIf(process.platform !== 'win32')('reading PDFs never blocks main', () => {
  it('answers a FIFO, a link to one and a link to /dev/zero as not a file, without opening them', async () => {
    const pipe = fifo('pijp.pdf');
    const linked = path.join(dir, 'link-naar-pijp.pdf');
    await symlink(pipe, linked);
    const zero = path.join(dir, 'nul.pdf');
    await symlink('/dev/zero', zero);
    for (const file of [pipe, linked, zero]) {
      const answer = await within(readPdfAtPath(file), 2000);
      expect(answer).toEqual({ status: 'missing', detail: `${file} is geen gewoon bestand (maar bijvoorbeeld een pipe of apparaat) en is niet gelezen` });
    }
    // A link to a regular PDF is read.
    const good = path.join(dir, 'link-naar-groningen.pdf');
    await symlink(groningen, good);
    const found = await readPdfAtPath(good);
    expect(found.status).toBe('found');
  });

  it('saves the session while four saved-work PDFs are FIFOs', async () => {
    const names = ['a.pdf', 'b.pdf', 'c.pdf', 'd.pdf'].map((name) => fifo(`sessie-${name}`));
    const reads = names.map((file) => readPdfAtPath(file));
    const sessions = createSessionStorage({ folder: () => dir });
    expect(await within(sessions.save('{"format":"klantprofielen-sessie"}'), 5000)).toBeUndefined();
    expect(await readFile(path.join(dir, 'session.json'), 'utf8')).toBe('{"format":"klantprofielen-sessie"}');
    for (const answer of await Promise.all(reads)) expect(answer.status).toBe('missing');
  });

  it('never lets reads take more than two of the four file threads, and gives up on a read after its time limit', async () => {
    expect(MAX_CONCURRENT_READS).toBe(2);
    // A read that really hangs (as on a dead network share): open() of a FIFO, bypassing the type check.
    const hanging = [fifo('hangt-1.pdf'), fifo('hangt-2.pdf'), fifo('hangt-3.pdf')];
    const stuck = hanging.map((file) => boundedFileRead(file, async () => (await open(file, 'r')).close(), { timeoutMs: 300 }));
    for (const answer of await Promise.all(stuck)) {
      expect(answer).toEqual({ ok: false, reason: expect.stringMatching(/duurde langer dan 0,3 s/) });
    }
    const sessions = createSessionStorage({ folder: () => dir });
    expect(await within(sessions.save('{"na":"hangende reads"}'), 5000)).toBeUndefined();
    // The stuck reads keep their places until their threads return: release them (a writer).
    release(hanging);
    await new Promise((resolve) => setTimeout(resolve, 100));
  });

  it('reports a FIFO given on the command line in Dutch and reads the rest', async () => {
    const pipe = fifo('geopend.pdf');
    const batches = [];
    for await (const batch of readPdfBatches([pipe, groningen])) batches.push(batch);
    const files = batches.flatMap((batch) => batch.files.map((file) => file.name));
    const errors = batches.flatMap((batch) => batch.errors);
    expect(files).toEqual(['p1_2017q4_groningen.pdf']);
    expect(errors).toEqual(['geopend.pdf kon niet worden geopend: het is geen gewoon bestand (maar bijvoorbeeld een pipe of apparaat).']);
  });
});
