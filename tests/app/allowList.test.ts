// Issue 10, item 14: the renderer cannot widen the PDF allow-list. What it writes into a session
// (session:save, then session:load) is no grant, nor is a project main refuses to read as one
// (a newer format version); paths main itself obtained from the analyst still are.
import { copyFile, mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createKnownPdfPaths } from '../../src/main/knownPdfPaths';
import { createSavedWorkAccess } from '../../src/main/savedWorkAccess';
import { createSessionStorage } from '../../src/main/sessionStorage';

const FIXTURE = path.resolve(__dirname, '../fixtures/text/p1_2017q4_groningen.pdf');
let work: string;
let secret: string;

beforeAll(async () => {
  work = await mkdtemp(path.join(os.tmpdir(), 'klantprofielen-allow-'));
  await mkdir(path.join(work, 'pdf'));
  secret = path.join(work, 'pdf', 'geheim.pdf');
  await copyFile(FIXTURE, secret);
});
afterAll(async () => {
  await rm(work, { recursive: true, force: true });
});

const SHA = 'a'.repeat(64);
const sessionNaming = (file: string) =>
  JSON.stringify({
    format: 'klantprofielen-session',
    version: 1,
    columnNames: [null, null, null, null],
    files: [{ name: 'geheim.pdf', sha256: SHA, path: file, edits: [], acceptances: [] }],
  });

describe('the PDF allow-list', () => {
  it('is not widened by a session the renderer saved and then loads', async () => {
    const storage = createSessionStorage({ folder: () => path.join(work, 'userData-1') });
    const access = createSavedWorkAccess(storage, createKnownPdfPaths());
    await access.loadSession();
    await storage.save(sessionNaming(secret));
    await access.loadSession();
    expect((await access.readPath(secret)).status).toBe('missing');
  });

  it('is not widened by the session found at the next start either', async () => {
    const folder = path.join(work, 'userData-2');
    await createSessionStorage({ folder: () => folder }).save(sessionNaming(secret));
    const access = createSavedWorkAccess(createSessionStorage({ folder: () => folder }), createKnownPdfPaths());
    await access.loadSession();
    expect((await access.readPath(secret)).status).toBe('missing');
  });

  it('is not widened by a project of a newer format version, which the app refuses', async () => {
    const project = path.join(work, 'nieuw.kpproject.json');
    await writeFile(
      project,
      JSON.stringify({
        format: 'klantprofielen-project',
        version: 99,
        files: [{ name: 'geheim.pdf', sha256: SHA, path: 'pdf/geheim.pdf', edits: [], acceptances: [] }],
      }),
    );
    const access = createSavedWorkAccess(createSessionStorage({ folder: () => path.join(work, 'userData-3') }), createKnownPdfPaths());
    await access.openProject(async () => project);
    expect((await access.readPath(secret)).status).toBe('missing');
  });

  it('still grants a project of this version the analyst chose', async () => {
    const project = path.join(work, 'goed.kpproject.json');
    await writeFile(
      project,
      JSON.stringify({
        format: 'klantprofielen-project',
        version: 1,
        files: [{ name: 'geheim.pdf', sha256: SHA, path: 'pdf/geheim.pdf', edits: [], acceptances: [] }],
      }),
    );
    const access = createSavedWorkAccess(createSessionStorage({ folder: () => path.join(work, 'userData-4') }), createKnownPdfPaths());
    await access.openProject(async () => project);
    expect((await access.readPath(secret)).status).toBe('found');
  });
});
