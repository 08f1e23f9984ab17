// The desktop app's renderer without Electron: the preload's bridge (window.klantprofielen) is
// imitated in the page, so the renderer picks its IPC backend, and main's side of the channels
// runs here in Node (the engine reads the PDFs). What the tests reach this way is the renderer
// as the desktop app runs it; Electron's own parts (app://, the real preload) are tested in
// tests/app on a fake Electron.
import type { Page } from 'playwright-core';
import type { ExtractedDocument } from '../../../src/engine/model';
import type { InputFile } from './fixtures';

/** Reads one PDF as main would answer 'pdf:extract'. */
export type ExtractInMain = (name: string, bytes: Uint8Array) => Promise<ExtractedDocument>;

/** Installs the imitation before the page loads; call before page.goto(). */
export async function imitateDesktopBridge(page: Page, extract: ExtractInMain): Promise<void> {
  // Bytes cross as base64 (exposeFunction arguments and results are JSON).
  await page.exposeFunction('__kpExtractInMain', async (name: string, base64: string) =>
    JSON.stringify(await extract(name, new Uint8Array(Buffer.from(base64, 'base64')))),
  );
  // A string, not a function: the test runner's transpiler may add helpers a page lacks.
  await page.addInitScript({
    content: `(() => {
      const toBase64 = (bytes) => {
        let binary = '';
        for (let i = 0; i < bytes.length; i += 0x8000) binary += String.fromCharCode(...bytes.subarray(i, i + 0x8000));
        return btoa(binary);
      };
      const none = () => () => {};
      window.__kpOpened = [];
      window.klantprofielen = {
        invoke: {
          'app:version': async () => 'e2e',
          'pdf:extract': async ({ file }) => JSON.parse(await window.__kpExtractInMain(file.name, toBase64(file.bytes))),
          'pdf:cancel': async () => {},
          'workbook:save': async () => ({ saved: false }),
          'files:ready': async () => {},
        },
        on: {
          'menu:command': none,
          'pdf:progress': none,
          'files:opened': (listener) => {
            window.__kpOpened.push(listener);
            return () => window.__kpOpened.splice(window.__kpOpened.indexOf(listener), 1);
          },
        },
      };
    })();`,
  });
}

/** Main sends PDFs it read from disk ('files:opened': menu, command line, "Open with"). */
export async function openFromMain(page: Page, files: InputFile[]): Promise<void> {
  await page.waitForFunction(() => ((window as { __kpOpened?: unknown[] }).__kpOpened?.length ?? 0) > 0);
  await page.evaluate(
    (sent) => {
      const files = sent.map(({ name, base64 }) => ({ name, bytes: Uint8Array.from(atob(base64), (c) => c.charCodeAt(0)) }));
      for (const listener of (window as unknown as { __kpOpened: ((opened: unknown) => void)[] }).__kpOpened) listener({ files, errors: [] });
    },
    files.map((file) => ({ name: file.name, base64: file.buffer.toString('base64') })),
  );
}
