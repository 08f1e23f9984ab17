// Electron main process: app lifecycle and wiring only. Security settings are in security.ts and
// hardening.ts, IPC in ipc.ts/handlers.ts; PDF parsing happens on worker threads (extractPool).
// The logic lives in plain modules tested in Node: launchArgs (command line), pdfBatches (reading
// chosen paths), openedFilesOutbox (holding files until the page listens), extractJobs, saveWorkbook.
import path from 'node:path';
import { app, BrowserWindow, Menu, session } from 'electron';
import { createExtractPool, resolveWorkerEntry } from '../node/extractPool';
import { createFolderReadCache, engineVersionOf } from '../node/readCacheFolder';
import { registerAppScheme, serveRenderer } from './appProtocol';
import { choosePdfPaths, showAbout } from './dialogs';
import { createExtractJobs } from './extractJobs';
import { registerIpcHandlers } from './handlers';
import { createKnownPdfPaths } from './knownPdfPaths';
import { hardenSession, hardenWebContents } from './hardening';
import { send, trustSendersAt } from './ipc';
import { launchData, parseLaunchData, pathsFromArgv } from './launchArgs';
import { appMenuTemplate } from './menu';
import { createOpenedFilesOutbox } from './openedFilesOutbox';
import { readPdfBatches } from './pdfBatches';
import { createSessionStorage } from './sessionStorage';
import { CONTENT_SECURITY_POLICY } from '@shared/contentSecurityPolicy';
import { APP_ENTRY_URL, devServerOrigin, isAppUrl } from './security';
import { createMainWindow } from './window';

/** Replaced at build time by electron.vite.config.ts. */
declare const __DEV_CONTENT_SECURITY_POLICY__: string;

// The dev server is honoured only in an unpackaged build; a shipped app always uses app://.
const devOrigin = app.isPackaged ? undefined : devServerOrigin(process.env['ELECTRON_RENDERER_URL']);
const entryUrl = devOrigin ? (process.env['ELECTRON_RENDERER_URL'] as string) : APP_ENTRY_URL;
const contentSecurityPolicy = devOrigin ? __DEV_CONTENT_SECURITY_POLICY__ : CONTENT_SECURITY_POLICY;
const isOwnUrl = (url: string): boolean => isAppUrl(url, devOrigin);
const argvOptions = { defaultApp: process.defaultApp === true };

// Before 'ready': sandbox every renderer, and give app:// its privileges.
app.enableSandbox();
registerAppScheme();

// A second start ("Open with" while the app runs) passes its files to this one and quits. They
// travel as additionalData: Chromium may reorder and extend the argv the first instance sees.
const launchPaths = pathsFromArgv(process.argv, process.cwd(), argvOptions);
if (!app.requestSingleInstanceLock(launchData(launchPaths))) {
  app.quit();
} else {
  start();
}

function start(): void {
  let mainWindow: BrowserWindow | null = null;
  const pool = createExtractPool({ readCache: readCacheIn(app.getPath('userData')) });
  const jobs = createExtractJobs(pool);
  const outbox = createOpenedFilesOutbox();
  // The only paths 'pdf:read-path' will read.
  const knownPaths = createKnownPdfPaths();

  const openWindow = (): BrowserWindow => {
    const window = createMainWindow(entryUrl, path.join(__dirname, '../preload/index.js'));
    const contents = window.webContents;
    const pageId = contents.id;
    outbox.attach(pageId, (opened) => send(contents, 'files:opened', opened));
    // A reloaded or crashed page forgets its jobs and must say again that it listens.
    const pageGone = (): void => {
      jobs.cancelAll(pageId);
      outbox.pageLeft(pageId);
    };
    contents.on('did-navigate', pageGone);
    contents.on('render-process-gone', pageGone);
    contents.on('destroyed', () => {
      jobs.cancelAll(pageId);
      outbox.detach(pageId);
    });
    window.on('closed', () => {
      if (mainWindow === window) mainWindow = null;
    });
    mainWindow = window;
    return window;
  };

  const shownWindow = (): BrowserWindow => {
    const window = mainWindow ?? openWindow();
    if (window.isMinimized()) window.restore();
    window.focus();
    return window;
  };

  /** Reads the PDFs in `paths` and hands them to the page once it listens. */
  const openPaths = async (paths: readonly string[]): Promise<void> => {
    if (paths.length === 0) return;
    await app.whenReady();
    shownWindow();
    for await (const batch of readPdfBatches(paths)) {
      knownPaths.add(batch.files.flatMap((file) => (file.path ? [file.path] : [])));
      outbox.deliver(batch);
    }
  };
  const openPathsLogged = (paths: readonly string[]): void => {
    openPaths(paths).catch((error: unknown) => console.error('Openen mislukt:', error));
  };

  // macOS: files opened from Finder or dropped on the Dock icon; can come before 'ready'.
  app.on('open-file', (event, filePath) => {
    event.preventDefault();
    openPathsLogged([filePath]);
  });

  app.on('second-instance', (_event, argv, workingDirectory, additionalData) => {
    shownWindow();
    openPathsLogged(parseLaunchData(additionalData) ?? pathsFromArgv(argv, workingDirectory, argvOptions));
  });

  app.on('web-contents-created', (_event, contents) => hardenWebContents(contents, isOwnUrl));

  app.on('window-all-closed', () => {
    if (process.platform !== 'darwin') app.quit();
  });

  app.on('will-quit', () => {
    void pool.close();
  });

  void app.whenReady().then(() => {
    hardenSession(session.defaultSession, contentSecurityPolicy);
    serveRenderer(path.join(__dirname, '../renderer'), CONTENT_SECURITY_POLICY);
    trustSendersAt(isOwnUrl);
    // The session is saved continuously in the app's data folder (session.json).
    registerIpcHandlers({ jobs, outbox, knownPaths, sessions: createSessionStorage({ folder: () => app.getPath('userData') }) });

    const menu = appMenuTemplate(
      {
        openPdfs: (kind) => {
          const window = shownWindow();
          choosePdfPaths(window, kind)
            .then(openPathsLogged)
            .catch((error: unknown) => console.error('Openen mislukt:', error));
        },
        sendCommand: (command) => {
          if (mainWindow) send(mainWindow.webContents, 'menu:command', command);
        },
        showAbout: () => void showAbout(mainWindow),
      },
      { isMac: process.platform === 'darwin', withDevTools: !app.isPackaged },
    );
    Menu.setApplicationMenu(Menu.buildFromTemplate(menu));

    if (!mainWindow) openWindow();
    openPathsLogged(launchPaths);
    app.on('activate', () => {
      if (BrowserWindow.getAllWindows().length === 0) openWindow();
    });
  });
}

/** Files read before are answered from `<userData>/leescache`, kept per engine version (none
 * when the engine runs from TypeScript sources: their version is not pinned). */
function readCacheIn(userData: string): ReturnType<typeof createFolderReadCache> | undefined {
  const version = engineVersionOf(resolveWorkerEntry());
  return version ? createFolderReadCache(path.join(userData, 'leescache'), version) : undefined;
}
