// 'pdf:read-path' reads only PDFs main itself obtained from the analyst (opened, located in a
// dialog, listed in a project the analyst chose) or whose bytes main already read for the
// renderer (a dropped file): real files on disk, main's real modules.
import { copyFile, mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createKnownPdfPaths } from '../../src/main/knownPdfPaths';
import { createSavedWorkAccess } from '../../src/main/savedWorkAccess';
import { readPdfAtPath } from '../../src/main/pdfAtPath';

const FIXTURE = path.resolve(__dirname, '../fixtures/text/p1_2017q4_groningen.pdf');
let work: string;
let listed: string;
let unlisted: string;

beforeAll(async () => {
  work = await mkdtemp(path.join(os.tmpdir(), 'klantprofielen-known-'));
  await mkdir(path.join(work, 'pdf'));
  listed = path.join(work, 'pdf', 'groningen.pdf');
  unlisted = path.join(work, 'pdf', 'geheim.pdf');
  await copyFile(FIXTURE, listed);
  await copyFile(FIXTURE, unlisted);
});

afterAll(async () => {
  await rm(work, { recursive: true, force: true });
});

const sessionText = (files: { path?: string }[]) =>
  JSON.stringify({ format: 'klantprofielen-session', version: 1, files: files.map((file) => ({ name: 'x.pdf', sha256: 'a', ...file })) });

describe('saved work access', () => {
  it('reads no PDF that main did not hand out, however real it is', async () => {
    const access = createSavedWorkAccess({ load: async () => ({ text: null }) }, createKnownPdfPaths());
    expect(await access.loadSession()).toEqual({ text: null });
    expect(await access.readPath(unlisted)).toEqual({ status: 'missing', detail: `${unlisted} is niet in deze sessie geopend` });
  });

  it('reads no PDF because the session file lists it: the renderer wrote that file', async () => {
    const access = createSavedWorkAccess({ load: async () => ({ text: sessionText([{ path: listed }, {}]) }) }, createKnownPdfPaths());
    await access.loadSession();
    expect((await access.readPath(listed)).status).toBe('missing');
  });

  it('reads the PDFs main opened for the analyst, also spelled otherwise', async () => {
    const known = createKnownPdfPaths();
    known.add([listed]);
    const access = createSavedWorkAccess({ load: async () => ({ text: null }) }, known);
    expect(await access.readPath(listed)).toMatchObject({ status: 'found', file: { name: 'groningen.pdf', path: listed } });
    expect((await access.readPath(unlisted)).status).toBe('missing');
    // The same file spelled with "..": still the opened one.
    expect((await access.readPath(path.join(work, 'pdf', '..', 'pdf', 'groningen.pdf'))).status).toBe('found');
  });

  it('reads a dropped PDF by its path only when main read those very bytes for the renderer', async () => {
    const dropped = path.join(work, 'pdf', 'gesleept.pdf');
    await copyFile(path.resolve(__dirname, '../fixtures/text/p1_2017q4_groningen.pdf'), dropped);
    const known = createKnownPdfPaths();
    const access = createSavedWorkAccess({ load: async () => ({ text: null }) }, known);
    expect((await access.readPath(dropped)).status).toBe('missing');
    const read = await readPdfAtPath(dropped);
    known.addContent(read.status === 'found' ? read.sha256 : '');
    expect(await access.readPath(dropped)).toMatchObject({ status: 'found', file: { name: 'gesleept.pdf' } });
    // A different file at another path is still refused, and so is anything that is not a file.
    await writeFile(path.join(work, 'pdf', 'ander.pdf'), '%PDF-1.4 ander');
    expect((await access.readPath(path.join(work, 'pdf', 'ander.pdf'))).status).toBe('missing');
    expect((await access.readPath(path.join(work, 'pdf'))).status).toBe('missing');
  });

  it('reads the PDFs of a project main opened, with its relative paths made absolute', async () => {
    const project = path.join(work, 'regio.kpproject.json');
    await writeFile(
      project,
      JSON.stringify({
        format: 'klantprofielen-project',
        version: 1,
        files: [{ name: 'groningen.pdf', sha256: 'a'.repeat(64), path: 'pdf/groningen.pdf', edits: [], acceptances: [] }],
      }),
    );
    const access = createSavedWorkAccess({ load: async () => ({ text: null }) }, createKnownPdfPaths());
    expect((await access.readPath(listed)).status).toBe('missing');
    const opened = await access.openProject(async () => project);
    expect(opened.opened).toBe(true);
    expect((await access.readPath(listed)).status).toBe('found');
    expect((await access.readPath(unlisted)).status).toBe('missing');
  });

  it('reads a PDF the analyst located in the dialog, then also by its path', async () => {
    const access = createSavedWorkAccess({ load: async () => ({ text: null }) }, createKnownPdfPaths());
    expect(await access.locate(async () => undefined)).toBeNull();
    expect(await access.locate(async () => unlisted)).toMatchObject({ status: 'found' });
    expect((await access.readPath(unlisted)).status).toBe('found');
  });
});

describe('known PDF paths', () => {
  it('ignore case where the file system does, and keep it where it does not', () => {
    const windows = createKnownPdfPaths('win32');
    const linux = createKnownPdfPaths('linux');
    for (const known of [windows, linux]) known.add(['/data/UWV/Rapport.pdf', 'relatief.pdf']);
    expect(windows.has('/data/uwv/rapport.PDF')).toBe(true);
    expect(linux.has('/data/uwv/rapport.PDF')).toBe(false);
    expect(linux.has('/data/UWV/Rapport.pdf')).toBe(true);
    // A relative path never counts: it would depend on main's working folder.
    expect(linux.has('relatief.pdf')).toBe(false);
  });

  it("are kept in main's own file, so a restart can read them again", async () => {
    const file = path.join(work, 'pdf-access.json');
    const first = createKnownPdfPaths('linux');
    first.add(['/data/UWV/Rapport.pdf']);
    await first.keepIn(() => file);
    first.addContent('c'.repeat(64));
    first.addContent('geen hash');
    await first.settled();
    const second = createKnownPdfPaths('linux');
    expect(second.has('/data/UWV/Rapport.pdf')).toBe(false);
    await second.keepIn(() => file);
    expect(second.has('/data/UWV/Rapport.pdf')).toBe(true);
    expect(second.hasContent('c'.repeat(64))).toBe(true);
    expect(second.hasContent('geen hash')).toBe(false);
  });
});
