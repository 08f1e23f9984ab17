// The desktop renderer with main's own plain modules behind an imitated preload bridge: the
// session is stored by createSessionStorage in a real data folder, PDFs named in a saved session
// are read from real paths by createSavedWorkAccess (only paths main handed out), projects go through saveProject/openProject with the
// dialogs answered by the test, files opened by main come from readPdfBatches. Only Electron's own
// parts are missing (tested in tests/app on a fake Electron). Bytes cross as base64.
import path from 'node:path';
import type { Page } from 'playwright-core';
import { createKnownPdfPaths, type KnownPdfPaths } from '../../../src/main/knownPdfPaths';
import { readPdfBatches } from '../../../src/main/pdfBatches';
import { saveProject } from '../../../src/main/projectFiles';
import { createSavedWorkAccess } from '../../../src/main/savedWorkAccess';
import { createSessionStorage, type SessionStorage } from '../../../src/main/sessionStorage';
import { extractBytes } from '../../helpers/extract';

export interface DesktopMain {
  /** What the dialogs answer next: a path, or undefined for "cancelled". */
  dialogs: { saveProject?: string; openProject?: string; locatePdf?: string; exportSession?: string };
  storage: SessionStorage;
  /** The paths 'pdf:read-path' may read, as main keeps them. */
  knownPaths: KnownPdfPaths;
}

/** Installs the bridge before the page loads (call before page.goto()); `userData` is the app's
 * data folder, kept between pages as between starts of the app. */
export async function imitateDesktopMain(page: Page, userData: string): Promise<DesktopMain> {
  const main: DesktopMain = { dialogs: {}, storage: createSessionStorage({ folder: () => userData }), knownPaths: createKnownPdfPaths() };
  // As handlers.ts: main's own record of what it may read again, kept between starts.
  await main.knownPaths.keepIn(() => path.join(userData, 'pdf-access.json'));
  const savedWork = createSavedWorkAccess(main.storage, main.knownPaths);
  const handlers: Record<string, (request: Record<string, unknown>) => Promise<unknown>> = {
    'app:version': async () => 'e2e',
    'pdf:extract': async ({ file }) => {
      const { name, bytes } = file as { name: string; bytes: Uint8Array };
      // As handlers.ts: bytes read for the renderer may be read back by path (a dropped file).
      const document = await extractBytes(bytes, name);
      if (document.sha256 && !document.error) main.knownPaths.addContent(document.sha256);
      return document;
    },
    'pdf:cancel': async () => undefined,
    'workbook:save': async () => ({ saved: false }),
    'files:ready': async () => undefined,
    'session:load': async () => savedWork.loadSession(),
    'session:save': async ({ text }) => main.storage.save(text as string),
    'session:history': async () => main.storage.history(),
    'session:read-kept': async ({ id }) => main.storage.readKept(id as string),
    'session:export-kept': async ({ id }) => main.storage.exportKept(id as string, async () => main.dialogs.exportSession),
    'pdf:read-path': async ({ path: file }) => savedWork.readPath(file as string),
    'pdf:locate': async () => savedWork.locate(async () => main.dialogs.locatePdf),
    'project:save': async (request) =>
      saveProject(request as { text: string; suggestedName: string }, { chooseSaveTarget: async () => main.dialogs.saveProject }),
    'project:open': async () => savedWork.openProject(async () => main.dialogs.openProject),
  };
  await page.exposeFunction('__kpMain', async (channel: string, json: string) => {
    const handler = handlers[channel];
    if (!handler) throw new Error(`no handler for ${channel}`);
    return JSON.stringify(encode(await handler(decode(JSON.parse(json)) as Record<string, unknown>)) ?? null);
  });
  // A string, not a function: the test runner's transpiler may add helpers a page lacks.
  await page.addInitScript({
    content: `(() => {
      const encode = (value) => {
        if (value instanceof Uint8Array) {
          let binary = '';
          for (let i = 0; i < value.length; i += 0x8000) binary += String.fromCharCode(...value.subarray(i, i + 0x8000));
          return { __bytes: btoa(binary) };
        }
        if (Array.isArray(value)) return value.map(encode);
        if (value && typeof value === 'object') return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, encode(v)]));
        return value;
      };
      const decode = (value) => {
        if (Array.isArray(value)) return value.map(decode);
        if (value && typeof value === 'object') {
          if (typeof value.__bytes === 'string') return Uint8Array.from(atob(value.__bytes), (c) => c.charCodeAt(0));
          return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, decode(v)]));
        }
        return value;
      };
      const channels = ${JSON.stringify(Object.keys(handlers))};
      const listeners = { 'menu:command': [], 'files:opened': [], 'pdf:progress': [] };
      window.__kpListeners = listeners;
      const on = (channel) => (listener) => {
        listeners[channel].push(listener);
        return () => listeners[channel].splice(listeners[channel].indexOf(listener), 1);
      };
      window.klantprofielen = {
        invoke: Object.fromEntries(channels.map((channel) => [
          channel,
          async (request) => decode(JSON.parse(await window.__kpMain(channel, JSON.stringify(encode(request ?? {}))))),
        ])),
        on: { 'menu:command': on('menu:command'), 'files:opened': on('files:opened'), 'pdf:progress': on('pdf:progress') },
      };
    })();`,
  });
  return main;
}

/** Main opens these paths (menu, command line): read by readPdfBatches, sent on 'files:opened'. */
export async function openPathsFromMain(page: Page, main: DesktopMain, paths: string[]): Promise<void> {
  await page.waitForFunction(() => ((window as { __kpListeners?: Record<string, unknown[]> }).__kpListeners?.['files:opened']?.length ?? 0) > 0);
  for await (const batch of readPdfBatches(paths.map((file) => path.resolve(file)))) {
    main.knownPaths.add(batch.files.flatMap((file) => (file.path ? [file.path] : [])));
    await page.evaluate(
      ([json]) => {
        const decoded = JSON.parse(json as string) as { files: { name: string; path: string; bytes: { __bytes: string } }[]; errors: string[] };
        const files = decoded.files.map((file) => ({ ...file, bytes: Uint8Array.from(atob(file.bytes.__bytes), (c) => c.charCodeAt(0)) }));
        const listeners = (window as unknown as { __kpListeners: Record<string, ((payload: unknown) => void)[]> }).__kpListeners;
        for (const listener of listeners['files:opened'] ?? []) listener({ files, errors: decoded.errors });
      },
      [JSON.stringify(encode(batch))] as const,
    );
  }
}

/** A menu item whose work the renderer does ('save-project', 'open-project', …). */
export async function menuCommand(page: Page, command: string): Promise<void> {
  await page.evaluate((sent) => {
    const listeners = (window as unknown as { __kpListeners: Record<string, ((payload: unknown) => void)[]> }).__kpListeners;
    for (const listener of listeners['menu:command'] ?? []) listener(sent);
  }, command);
}

function encode(value: unknown): unknown {
  if (value instanceof Uint8Array) return { __bytes: Buffer.from(value).toString('base64') };
  if (Array.isArray(value)) return value.map(encode);
  if (value && typeof value === 'object') return Object.fromEntries(Object.entries(value).map(([key, item]) => [key, encode(item)]));
  return value;
}

function decode(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(decode);
  if (value && typeof value === 'object') {
    const bytes = (value as { __bytes?: unknown }).__bytes;
    if (typeof bytes === 'string') return new Uint8Array(Buffer.from(bytes, 'base64'));
    return Object.fromEntries(Object.entries(value).map(([key, item]) => [key, decode(item)]));
  }
  return value;
}
