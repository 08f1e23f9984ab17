// The built main bundle (out/main as electron-vite emits it) run in Node against a fake
// 'electron' module, with real worker threads, real PDFs and real files: the glue in index.ts
// and handlers.ts, which plain-module tests cannot reach. Electron itself cannot run here.
import { spawn } from 'node:child_process';
import { copyFile, mkdir, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import Module from 'node:module';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import XLSX from 'xlsx';
import type { ExtractedDocument } from '../../src/engine/model';
import { APP_ENTRY_URL, SECURE_WEB_PREFERENCES } from '../../src/main/security';
import { CONTENT_SECURITY_POLICY } from '../../src/shared/contentSecurityPolicy';
import { INVOKE_CHANNELS, type ExtractProgress, type OpenedPdfs } from '../../src/shared/ipc';
import { createFakeElectron, FakeBrowserWindow, FakeWebContents } from './fakeElectron';
import { FIXTURES_DIR } from '../helpers/fixtures';

const repoRoot = path.resolve(__dirname, '../..');
const groningenPdf = path.join(FIXTURES_DIR, 'text/p1_2017q4_groningen.pdf');
const nationalPdf = path.join(FIXTURES_DIR, 'national/p5_2019q2_national_10regions.pdf');

let outDir = '';
let work = '';
let fake: ReturnType<typeof createFakeElectron>;
let page: FakeWebContents;

async function buildApp(): Promise<void> {
  // Inside the project, so the bundle resolves xlsx and pdfjs-dist from node_modules like out/ does.
  await mkdir(path.join(repoRoot, 'node_modules/.cache'), { recursive: true });
  outDir = await mkdtemp(path.join(repoRoot, 'node_modules/.cache/klantprofielen-main-'));
  const bin = path.join(repoRoot, 'node_modules/.bin/electron-vite');
  await new Promise<void>((resolve, reject) => {
    const child = spawn(bin, ['build', '--outDir', outDir, '--logLevel', 'error'], { cwd: repoRoot, stdio: 'pipe' });
    let output = '';
    child.stdout.on('data', (chunk) => (output += chunk));
    child.stderr.on('data', (chunk) => (output += chunk));
    child.on('error', reject);
    child.on('close', (code) => (code === 0 ? resolve() : reject(new Error(`electron-vite build failed (${code}):\n${output}`))));
  });
}

/** Loads out/main/index.js with `electron` answered by the fake and `argv` as the command line. */
function startMain(argv: string[]): void {
  type Load = (request: string, parent: unknown, isMain: boolean) => unknown;
  const loader = Module as unknown as { _load: Load };
  const originalLoad = loader._load;
  const originalArgv = process.argv;
  loader._load = function (request, parent, isMain) {
    return request === 'electron' ? fake.electron : originalLoad.call(this, request, parent, isMain);
  };
  process.argv = [process.execPath, ...argv];
  try {
    Module.createRequire(path.join(outDir, 'main/index.js'))('./index.js');
  } finally {
    process.argv = originalArgv;
    loader._load = originalLoad;
  }
}

const opened = (contents: FakeWebContents) => contents.sentOn('files:opened') as OpenedPdfs[];
const openedNames = (contents: FakeWebContents) => opened(contents).flatMap((batch) => batch.files.map((file) => file.name));
const settle = () => new Promise((resolve) => setTimeout(resolve, 150));
const pdfFile = async (file: string) => ({ name: path.basename(file), bytes: new Uint8Array(await readFile(file)) });
const menuItem = (label: string) => {
  type Item = { label?: string; submenu?: Item[]; click?: () => void };
  const menus = fake.recorded.menuTemplate as Item[];
  return menus.flatMap((menu) => menu.submenu ?? []).find((item) => item.label === label)!;
};

beforeAll(async () => {
  work = await mkdtemp(path.join(os.tmpdir(), 'klantprofielen-main-'));
  await mkdir(path.join(work, 'uwv/2019'), { recursive: true });
  await copyFile(groningenPdf, path.join(work, 'uwv/2019/groningen.pdf'));
  await buildApp();
  fake = createFakeElectron({ documents: work });
  startMain([path.join(work, 'uwv')]); // "klantprofielen <map>"
  fake.markReady();
  await vi.waitFor(() => expect(FakeBrowserWindow.all).toHaveLength(1));
  page = FakeBrowserWindow.all[0]!.webContents;
}, 120_000);

afterAll(async () => {
  fake?.app.emit('will-quit'); // closes the pool's worker threads
  await settle();
  if (outDir) await rm(outDir, { recursive: true, force: true });
  if (work) await rm(work, { recursive: true, force: true });
});

describe('the main process, built, on a fake Electron', () => {
  it('starts sandboxed, single-instance, with app:// privileged and one hardened window', () => {
    expect(fake.app.sandboxed).toBe(true);
    expect(fake.recorded.schemes).toEqual([expect.objectContaining({ scheme: 'app' })]);
    const window = FakeBrowserWindow.all[0]!;
    expect(window.options.webPreferences).toEqual({
      ...SECURE_WEB_PREFERENCES,
      preload: path.join(outDir, 'preload/index.js'),
    });
    expect(window.loadedUrl).toBe(APP_ENTRY_URL);
    expect([...fake.handlers.keys()].sort()).toEqual([...INVOKE_CHANNELS].sort());
  });

  it('serves the renderer over app:// with the CSP header, and nothing outside it', async () => {
    const serve = fake.recorded.protocolHandlers.get('app')!;
    const index = await serve(new Request(APP_ENTRY_URL));
    expect(index.status).toBe(200);
    expect(index.headers.get('content-security-policy')).toBe(CONTENT_SECURITY_POLICY);
    expect(await index.text()).toContain('<div id="root">');
    expect((await serve(new Request('app://klantprofielen/..%2f..%2fmain%2findex.js'))).status).toBe(404);
  });

  it('passes its command-line paths to a second start, and holds the files until the page listens', async () => {
    expect(fake.app.singleInstanceData).toEqual({ paths: [path.join(work, 'uwv')] });
    await settle();
    expect(opened(page)).toEqual([]); // the page has not said it listens yet
    await fake.invoke('files:ready', undefined, page);
    await vi.waitFor(() => expect(openedNames(page)).toEqual(['groningen.pdf']));
  });

  it('refuses every channel to a page that is not the app, an iframe, or no frame at all', async () => {
    const evil = new FakeWebContents();
    evil.mainFrame = { url: 'https://evil.example/', parent: null };
    const iframe = { url: APP_ENTRY_URL, parent: page.mainFrame };
    for (const channel of INVOKE_CHANNELS) {
      await expect(fake.invoke(channel, undefined, evil), channel).rejects.toThrow(/Geweigerd/);
      await expect(fake.invoke(channel, undefined, page, iframe), channel).rejects.toThrow(/Geweigerd/);
      await expect(fake.invoke(channel, undefined, page, null), channel).rejects.toThrow(/Geweigerd/);
    }
  });

  it('refuses malformed requests from the app itself', async () => {
    const file = await pdfFile(groningenPdf);
    await expect(fake.invoke('pdf:extract', file, page)).rejects.toThrow(/Ongeldig verzoek/);
    await expect(fake.invoke('pdf:extract', { jobId: '../x', file }, page)).rejects.toThrow(/Ongeldig verzoek/);
    await expect(fake.invoke('pdf:cancel', 'job', page)).rejects.toThrow(/Ongeldig verzoek/);
    await expect(fake.invoke('workbook:save', { suggestedName: 'x' }, page)).rejects.toThrow(/Ongeldig verzoek/);
    await expect(fake.invoke('files:ready', { path: '/etc' }, page)).rejects.toThrow(/Ongeldig verzoek/);
  });

  it('reads a PDF on the compiled worker and sends its progress to the page under the job id', async () => {
    const doc = (await fake.invoke('pdf:extract', { jobId: 'nationaal-1', file: await pdfFile(nationalPdf) }, page)) as ExtractedDocument;
    expect(doc.error).toBeUndefined();
    expect(doc.tables).toHaveLength(10);
    const progress = page.sentOn('pdf:progress') as ExtractProgress[];
    expect(progress.filter((p) => p.jobId === 'nationaal-1').at(-1)).toEqual({ jobId: 'nationaal-1', pagesDone: 12, pageCount: 12 });
  });

  it("cancels a job on 'pdf:cancel', and all of the page's jobs when it reloads", async () => {
    const file = await pdfFile(nationalPdf);
    const cancelled = fake.invoke('pdf:extract', { jobId: 'annuleer-mij', file }, page) as Promise<ExtractedDocument>;
    await fake.invoke('pdf:cancel', { jobId: 'annuleer-mij' }, page);
    expect((await cancelled).error).toEqual({ code: 'cancelled', message: 'p5_2019q2_national_10regions.pdf: het lezen is geannuleerd.' });

    const orphaned = fake.invoke('pdf:extract', { jobId: 'wees', file }, page) as Promise<ExtractedDocument>;
    page.emit('did-navigate');
    expect((await orphaned).error?.code).toBe('cancelled');
    await fake.invoke('files:ready', undefined, page); // the reloaded page listens again
  });

  it('saves the workbook where the dialog points, proposing the suggested name in Documents', async () => {
    const doc = (await fake.invoke('pdf:extract', { jobId: 'voor-opslaan', file: await pdfFile(groningenPdf) }, page)) as ExtractedDocument;
    const target = path.join(work, 'groningen-2017-K4.xlsx');
    fake.dialogAnswers.save = target;
    const outcome = await fake.invoke(
      'workbook:save',
      { result: { schema: 'klantprofielen/v1', documents: [doc] }, suggestedName: 'klantprofielen-2017-K4.xlsx' },
      page,
    );
    expect(outcome).toEqual({ saved: true, path: target });
    expect(fake.dialogCalls.at(-1)?.options.defaultPath).toBe(path.join(work, 'klantprofielen-2017-K4.xlsx'));
    expect(XLSX.read(await readFile(target)).SheetNames).toContain('Gemeenten');

    fake.dialogAnswers.save = path.join(work, 'weg', 'x.xlsx');
    expect(await fake.invoke('workbook:save', { result: { schema: 'klantprofielen/v1', documents: [doc] }, suggestedName: 'x' }, page)).toEqual({
      saved: false,
      error: "Kon 'x.xlsx' niet opslaan: de map bestaat niet (ENOENT)",
    });
  });

  it('opens files from a second start, from macOS open-file and from the menu dialog', async () => {
    const before = openedNames(page).length;
    fake.app.emit('second-instance', {}, ['klantprofielen', '--original-process-start-time=1'], work, { paths: [groningenPdf] });
    await vi.waitFor(() => expect(openedNames(page).slice(before)).toEqual(['p1_2017q4_groningen.pdf']));

    const openFile = { preventDefault: vi.fn() };
    fake.app.emit('open-file', openFile, nationalPdf);
    expect(openFile.preventDefault).toHaveBeenCalled();
    await vi.waitFor(() => expect(openedNames(page).slice(before + 1)).toEqual(['p5_2019q2_national_10regions.pdf']));

    fake.dialogAnswers.open = [path.join(work, 'uwv')];
    menuItem('Map openen…').click!();
    await vi.waitFor(() => expect(openedNames(page).slice(before + 2)).toEqual(['groningen.pdf']));
    expect(fake.dialogCalls.some((call) => call.method === 'showOpenDialog' && String(call.options.properties).includes('openDirectory'))).toBe(true);
  });

  it('sends menu commands to the page and shows a Dutch about box with the version', async () => {
    menuItem('Ongedaan maken').click!();
    menuItem('Opnieuw').click!();
    menuItem('Opslaan als Excel…').click!();
    expect(page.sentOn('menu:command').slice(-3)).toEqual(['undo', 'redo', 'save-xlsx']);

    menuItem('Over Klantprofielen').click!();
    await vi.waitFor(() => expect(fake.dialogCalls.at(-1)?.method).toBe('showMessageBox'));
    expect(fake.dialogCalls.at(-1)?.options).toMatchObject({ title: 'Over Klantprofielen', message: 'Klantprofielen 9.8.7' });
  });

  it('hardens every web page it creates: no new windows, no navigation away', () => {
    const contents = new FakeWebContents();
    fake.app.emit('web-contents-created', {}, contents);
    expect(contents.windowOpenHandler?.({ url: 'https://example.com/' })).toEqual({ action: 'deny' });
    for (const [url, blocked] of [
      ['https://example.com/', true],
      ['file:///etc/passwd', true],
      [APP_ENTRY_URL, false],
    ] as const) {
      const event = { url, preventDefault: vi.fn() };
      contents.emit('will-navigate', event);
      expect(event.preventDefault.mock.calls.length > 0, url).toBe(blocked);
    }
  });

  it('widens the PDF allow-list only with what main got from the analyst, never with what the page saved (issue 10, item 14)', async () => {
    const secret = path.join(work, 'geheim', 'geheim.pdf');
    await mkdir(path.dirname(secret), { recursive: true });
    // A PDF whose bytes the page never had (not the one it had read, which it may get back).
    await writeFile(secret, Buffer.concat([await readFile(nationalPdf), Buffer.from('\n% geheim\n')]));
    const session = JSON.stringify({
      format: 'klantprofielen-session',
      version: 1,
      columnNames: [null, null, null, null],
      files: [{ name: 'geheim.pdf', sha256: 'a'.repeat(64), path: secret, edits: [], acceptances: [] }],
    });
    await fake.invoke('session:load', undefined, page);
    await fake.invoke('session:save', { text: session }, page);
    await fake.invoke('session:load', undefined, page);
    expect(await fake.invoke('pdf:read-path', { path: secret }, page)).toMatchObject({ status: 'missing' });
    // The folder given on the command line: main read it for the analyst, so it may read it again,
    // also after a restart (its own record in the data folder, which the page never writes).
    const fromArgv = path.join(work, 'uwv/2019/groningen.pdf');
    expect(await fake.invoke('pdf:read-path', { path: fromArgv }, page)).toMatchObject({ status: 'found' });
    await vi.waitFor(async () => expect(await readFile(path.join(work, 'userData', 'pdf-access.json'), 'utf8')).toContain('groningen.pdf'));
    expect(await readFile(path.join(work, 'userData', 'pdf-access.json'), 'utf8')).not.toContain('geheim');
    // Kept sessions are asked for by their own names only.
    await expect(fake.invoke('session:read-kept', { id: '../session.json' }, page)).rejects.toThrow(/Ongeldig verzoek/);
    expect(await fake.invoke('session:history', undefined, page)).toEqual([]);
    expect(await fake.invoke('session:export-kept', { id: 'session-2026-01-01T10-00-01-000Z.json' }, page)).toEqual({
      saved: false,
      error: 'Die bewaarde sessie bestaat niet meer.',
    });
  });
});
