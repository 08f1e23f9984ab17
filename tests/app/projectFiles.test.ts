// Project files on real disks: paths relative to the project where a colleague can follow them,
// absolute elsewhere, back to absolute on opening; the save flow with the dialog stubbed; and
// reading a PDF named in a project: found (with its SHA-256), missing, or not a PDF at all.
import { createHash } from 'node:crypto';
import { copyFile, mkdir, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readPdfAtPath } from '../../src/main/pdfAtPath';
import { openProject, readProjectFile, resolvedPath, saveProject, storedPath } from '../../src/main/projectFiles';
import { safeProjectName } from '../../src/shared/safeFileName';
import { parseRequest } from '../../src/main/requests';
import { parseProject, serializeProject } from '../../src/renderer/persistence';
import type { SessionSnapshot } from '../../src/renderer/session';

const groningenPdf = path.resolve(__dirname, '../fixtures/text/p1_2017q4_groningen.pdf');
let work = '';
let pdfInFolder = '';
let pdfBeside = '';
let pdfFarAway = '';
let sha = '';

beforeAll(async () => {
  work = await mkdtemp(path.join(os.tmpdir(), 'klantprofielen-project-'));
  await mkdir(path.join(work, 'team/project/pdf'), { recursive: true });
  await mkdir(path.join(work, 'team/bronnen'), { recursive: true });
  await mkdir(path.join(work, 'elders/diep/weg'), { recursive: true });
  pdfInFolder = path.join(work, 'team/project/pdf/groningen.pdf');
  pdfBeside = path.join(work, 'team/bronnen/groningen kopie.pdf');
  pdfFarAway = path.join(work, 'elders/diep/weg/groningen.pdf');
  for (const target of [pdfInFolder, pdfBeside, pdfFarAway]) await copyFile(groningenPdf, target);
  sha = createHash('sha256')
    .update(await readFile(groningenPdf))
    .digest('hex');
});
afterAll(async () => {
  if (work) await rm(work, { recursive: true, force: true });
});

function snapshot(paths: string[]): SessionSnapshot {
  return {
    columnNames: [null, null, null, null],
    files: paths.map((file, i) => ({ name: path.basename(file), sha256: String(i).repeat(64), path: file, edits: [], acceptances: [] })),
  };
}

describe('paths in a project file', () => {
  it('are relative inside or beside the project folder, absolute further away', () => {
    const project = path.join(work, 'team/project');
    expect(storedPath(pdfInFolder, project)).toBe('pdf/groningen.pdf');
    expect(storedPath(pdfBeside, project)).toBe('../bronnen/groningen kopie.pdf');
    expect(storedPath(pdfFarAway, project)).toBe(pdfFarAway);
    for (const pdf of [pdfInFolder, pdfBeside, pdfFarAway]) expect(resolvedPath(storedPath(pdf, project), project)).toBe(pdf);
    expect(resolvedPath('C:\\Users\\a\\x.pdf', project)).toBe('C:\\Users\\a\\x.pdf');
  });

  it('save writes them relative, open reads them back absolute, wherever the folder went', async () => {
    const text = serializeProject(snapshot([pdfInFolder, pdfBeside, pdfFarAway]), { savedAt: '2024-05-01T09:00:00.000Z', app: 'Klantprofielen test' });
    const target = path.join(work, 'team/project/regio');
    const outcome = await saveProject(
      { text, suggestedName: 'klantprofielen-2017-K4.xlsx' },
      { chooseSaveTarget: async (name) => (expect(name).toBe('klantprofielen-2017-K4.kpproject.json'), target) },
    );
    expect(outcome).toEqual({ saved: true, path: `${target}.kpproject.json` });
    const stored = JSON.parse(await readFile(`${target}.kpproject.json`, 'utf8')) as { files: { path: string }[] };
    expect(stored.files.map((file) => file.path)).toEqual(['pdf/groningen.pdf', '../bronnen/groningen kopie.pdf', pdfFarAway]);

    // A colleague gets the whole team folder somewhere else: the relative paths follow it.
    const moved = path.join(work, 'collega');
    await mkdir(path.join(moved, 'project'), { recursive: true });
    await copyFile(`${target}.kpproject.json`, path.join(moved, 'project/regio.kpproject.json'));
    const opened = await openProject({ chooseProject: async () => path.join(moved, 'project/regio.kpproject.json') });
    expect(opened.opened).toBe(true);
    const paths = parseProject(opened.text!).snapshot.files.map((file) => file.path);
    expect(paths).toEqual([path.join(moved, 'project/pdf/groningen.pdf'), path.join(moved, 'bronnen/groningen kopie.pdf'), pdfFarAway]);
  });

  it('never saves over an existing file by adding the extension, and a cancelled dialog writes nothing', async () => {
    const existing = path.join(work, 'bestaat.kpproject.json');
    await writeFile(existing, '{}');
    const outcome = await saveProject({ text: '{}', suggestedName: 'x' }, { chooseSaveTarget: async () => path.join(work, 'bestaat') });
    expect(outcome).toEqual({
      saved: false,
      error: "Er bestaat al een bestand 'bestaat.kpproject.json'. Kies een andere naam of typ de naam met .kpproject.json om het te vervangen.",
    });
    expect(await readFile(existing, 'utf8')).toBe('{}');
    expect(await saveProject({ text: '{}', suggestedName: 'x' }, { chooseSaveTarget: async () => undefined })).toEqual({ saved: false });
    expect(await openProject({ chooseProject: async () => undefined })).toEqual({ opened: false });
    expect(safeProjectName('../../etc/cron.d/job')).toBe('job.kpproject.json');
  });

  it('opens a file that is no JSON as it is (the renderer says what is wrong) and reports a missing one in Dutch', async () => {
    const broken = path.join(work, 'kapot.kpproject.json');
    await writeFile(broken, 'geen json');
    expect(await readProjectFile(broken)).toEqual({ opened: true, path: broken, text: 'geen json' });
    expect(await readProjectFile(path.join(work, 'weg.kpproject.json'))).toEqual({
      opened: false,
      error: "Project 'weg.kpproject.json' kon niet worden geopend: het bestaat niet (meer).",
    });
  });
});

describe('reading a PDF named in a session or project', () => {
  it('returns its bytes, name, path and SHA-256', async () => {
    const found = await readPdfAtPath(pdfInFolder);
    expect(found.status).toBe('found');
    if (found.status !== 'found') return;
    expect(found.sha256).toBe(sha);
    expect(found.file.name).toBe('groningen.pdf');
    expect(found.file.path).toBe(pdfInFolder);
    expect(Buffer.from(found.file.bytes).equals(await readFile(groningenPdf))).toBe(true);
  });

  it('reports a moved file, and refuses anything that is not a PDF', async () => {
    expect(await readPdfAtPath(path.join(work, 'weg.pdf'))).toEqual({ status: 'missing', detail: `niet gevonden op ${path.join(work, 'weg.pdf')}` });
    const notes = path.join(work, 'notities.pdf');
    await writeFile(notes, 'geheim');
    expect(await readPdfAtPath(notes)).toEqual({ status: 'missing', detail: 'notities.pdf is geen PDF' });
    expect(await readPdfAtPath(path.join(work, 'team/project/regio.kpproject.json'))).toMatchObject({ status: 'missing' });
    expect(await readPdfAtPath('pdf/groningen.pdf')).toMatchObject({ status: 'missing' });
    for (const raw of [{ path: 'relatief.pdf' }, '/etc/passwd', { path: '/tmp/a\u0000.pdf' }, { path: `/${'x'.repeat(4096)}` }]) {
      expect(() => parseRequest('pdf:read-path', raw), JSON.stringify(raw).slice(0, 40)).toThrow('Ongeldig verzoek: geen geldig pad');
    }
    for (const absolute of ['/home/a/regio.pdf', 'C:\\Users\\a\\regio.pdf', '\\\\server\\share\\regio.pdf']) {
      expect(parseRequest('pdf:read-path', { path: absolute })).toEqual({ path: absolute });
    }
  });
});
