// The CLI's reader on real files: only regular files are opened, the size limit holds while
// reading (not only by what stat() says), and a given-up read says why.
import { execFileSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { readFile, symlink, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { readInputFile } from '../../src/cli/readInput';
import { goodPdf, removeTempDirs, tempDir } from './runCli';

afterAll(removeTempDirs);

const later = () => Date.now() + 30_000;

describe('readInputFile', () => {
  it('reads a regular file, also through a link', async () => {
    const dir = await tempDir();
    const link = path.join(dir, 'koppeling.pdf');
    await symlink(goodPdf, link);
    const outcome = await readInputFile(link, { deadline: later() });
    expect(outcome.status).toBe('read');
    expect(outcome.status === 'read' && Buffer.from(outcome.bytes).equals(await readFile(goodPdf))).toBe(true);
  });

  it('never opens a FIFO (opening one waits for a writer)', async () => {
    const dir = await tempDir();
    const fifo = path.join(dir, 'x.pdf');
    execFileSync('mkfifo', [fifo]);
    expect(await readInputFile(fifo, { deadline: later() })).toEqual({
      status: 'refused',
      reason: 'het is geen gewoon bestand maar een named pipe (FIFO)',
    });
  });

  it('refuses a device such as /dev/zero', async () => {
    expect(await readInputFile('/dev/zero', { deadline: later() })).toEqual({
      status: 'refused',
      reason: 'het is geen gewoon bestand maar een apparaat (zoals /dev/zero)',
    });
  });

  it('holds the size limit while reading, whatever stat() said', async () => {
    // /proc files are regular files that stat() calls empty and that still have content.
    const proc = '/proc/self/status';
    if (!existsSync(proc)) return;
    expect(await readInputFile(proc, { deadline: later(), maxBytes: 64 })).toEqual({
      status: 'refused',
      reason: 'het bestand is groter dan 64 bytes en wordt niet gelezen',
    });
    expect((await readInputFile(proc, { deadline: later() })).status).toBe('read');
  });

  it('reads a file of exactly the limit and refuses one byte more', async () => {
    const dir = await tempDir();
    const file = path.join(dir, 'a.pdf');
    await writeFile(file, Buffer.alloc(3 * 1024 * 1024, 1));
    expect((await readInputFile(file, { deadline: later(), maxBytes: 3 * 1024 * 1024 })).status).toBe('read');
    expect(await readInputFile(file, { deadline: later(), maxBytes: 3 * 1024 * 1024 - 1 })).toMatchObject({ status: 'refused' });
  });

  it('gives up when the time limit has run out or Ctrl+C was pressed', async () => {
    expect(await readInputFile(goodPdf, { deadline: Date.now() - 1 })).toEqual({ status: 'timeout' });
    const interrupt = new AbortController();
    interrupt.abort();
    expect(await readInputFile(goodPdf, { deadline: later(), signal: interrupt.signal })).toEqual({ status: 'cancelled' });
  });
});
