// Starting the built app (out/main/index.js) in the real Electron with playwright-core's
// _electron, and what the tests ask main for through electronApp.evaluate (the page cannot reach
// main's modules, by design).
import { realpathSync } from 'node:fs';
import { _electron, type ElectronApplication, type Page } from 'playwright-core';
import { findElectronBinary, missingBinaryLine, REPO_ROOT } from './electronBinary';

export interface RunningApp {
  app: ElectronApplication;
  page: Page;
  /** Every URL a page of the app asked for, as Playwright saw it (from launch on). */
  pageRequests: string[];
  /** Uncaught errors in the page. */
  pageErrors: string[];
}

function electronBinary(): string {
  const fromRunner = process.env['KLANTPROFIELEN_ELECTRON_BINARY'];
  if (fromRunner) return fromRunner;
  const binary = findElectronBinary();
  if (!binary.found) throw new Error(missingBinaryLine(binary.reason));
  return binary.path;
}

/**
 * Starts the app as `electron <repo> --user-data-dir=<userData> <pdfs>`: the repository root is
 * the app (package.json's main is out/main/index.js), the PDFs are opened as from a file manager.
 * XDG_CONFIG_HOME points into the same folder, so even on Linux nothing of a real profile is used.
 */
export async function launchApp(userData: string, pdfs: readonly string[] = []): Promise<RunningApp> {
  const app = await _electron.launch({
    executablePath: electronBinary(),
    args: [REPO_ROOT, `--user-data-dir=${userData}`, ...pdfs],
    cwd: REPO_ROOT,
    env: {
      ...(Object.fromEntries(Object.entries(process.env).filter((entry): entry is [string, string] => entry[1] !== undefined)) as Record<string, string>),
      XDG_CONFIG_HOME: userData,
      // A dev server must never be used here: the app serves out/renderer on app://.
      ELECTRON_RENDERER_URL: '',
      ELECTRON_ENABLE_LOGGING: '1',
    },
    timeout: 60_000,
  });
  const pageRequests: string[] = [];
  const pageErrors: string[] = [];
  app.context().on('request', (request) => pageRequests.push(request.url()));
  const page = await app.firstWindow({ timeout: 60_000 });
  page.on('pageerror', (error) => pageErrors.push(error.message));
  await page.waitForLoadState('domcontentloaded');
  return { app, page, pageRequests, pageErrors };
}

/** Main's data folder, to check that --user-data-dir took effect (a fresh profile per test run). */
export async function userDataOf(app: ElectronApplication): Promise<string> {
  return realpathSync(await app.evaluate(({ app: electronApp }) => electronApp.getPath('userData')));
}

/** The next open dialogs answer `paths`, as if the user chose them (main only; the page never
 * sees a dialog). Main calls `electron.dialog.showOpenDialog` at call time, so replacing the
 * method on the dialog module is enough: no test hook in src/ is needed. */
export async function answerOpenDialogs(app: ElectronApplication, paths: readonly string[]): Promise<void> {
  await app.evaluate(
    ({ dialog }, filePaths) => {
      dialog.showOpenDialog = (async () => ({ canceled: false, filePaths })) as typeof dialog.showOpenDialog;
    },
    [...paths],
  );
}

/** The next save dialogs answer `filePath`. */
export async function answerSaveDialogs(app: ElectronApplication, filePath: string): Promise<void> {
  await app.evaluate(({ dialog }, chosen) => {
    dialog.showSaveDialog = (async () => ({ canceled: false, filePath: chosen })) as typeof dialog.showSaveDialog;
  }, filePath);
}

/** Clicks an item of the application menu by its label, as the user does (the click handler main
 * registered runs with the focused window). */
export async function clickMenuItem(app: ElectronApplication, label: string): Promise<void> {
  const clicked = await app.evaluate(({ Menu, BrowserWindow }, wanted) => {
    const find = (items: Electron.MenuItem[]): Electron.MenuItem | undefined => {
      for (const item of items) {
        if (item.label === wanted) return item;
        const inner = item.submenu ? find(item.submenu.items) : undefined;
        if (inner) return inner;
      }
      return undefined;
    };
    const item = find(Menu.getApplicationMenu()?.items ?? []);
    if (!item) return false;
    const window = BrowserWindow.getAllWindows()[0];
    item.click(undefined, window, window?.webContents);
    return true;
  }, label);
  if (!clicked) throw new Error(`the application menu has no item '${label}'`);
}

/** Records, in main, every request the session's network stack sees (webRequest.onBeforeRequest
 * is a slot hardening.ts leaves free: it uses onHeadersReceived). */
export async function recordSessionRequests(app: ElectronApplication): Promise<void> {
  await app.evaluate(({ session }) => {
    const seen: string[] = [];
    (globalThis as { __kpRequests?: string[] }).__kpRequests = seen;
    session.defaultSession.webRequest.onBeforeRequest((details, callback) => {
      seen.push(details.url);
      callback({});
    });
  });
}

export async function sessionRequests(app: ElectronApplication): Promise<string[]> {
  return app.evaluate(() => [...((globalThis as { __kpRequests?: string[] }).__kpRequests ?? [])]);
}
