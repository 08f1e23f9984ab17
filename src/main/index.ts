// Electron main process: app lifecycle and wiring. Security settings are in security.ts and
// hardening.ts, IPC in ipc.ts/handlers.ts; PDF parsing happens on worker threads (extractPool).
import { once } from 'node:events';
import path from 'node:path';
import { app, BrowserWindow, dialog, Menu, session } from 'electron';
import { createExtractPool } from '../node/extractPool';
import { registerAppScheme, serveRenderer } from './appProtocol';
import { choosePdfs } from './dialogs';
import { registerIpcHandlers } from './handlers';
import { hardenSession, hardenWebContents } from './hardening';
import { send, trustSendersAt } from './ipc';
import { appMenuTemplate } from './menu';
import { APP_ENTRY_URL, CONTENT_SECURITY_POLICY, devServerOrigin, isAppUrl } from './security';
import { createMainWindow } from './window';

/** Replaced at build time by electron.vite.config.ts. */
declare const __DEV_CONTENT_SECURITY_POLICY__: string;

// The dev server is honoured only in an unpackaged build; a shipped app always uses app://.
const devOrigin = app.isPackaged ? undefined : devServerOrigin(process.env['ELECTRON_RENDERER_URL']);
const entryUrl = devOrigin ? (process.env['ELECTRON_RENDERER_URL'] as string) : APP_ENTRY_URL;
const contentSecurityPolicy = devOrigin ? __DEV_CONTENT_SECURITY_POLICY__ : CONTENT_SECURITY_POLICY;
const isOwnUrl = (url: string): boolean => isAppUrl(url, devOrigin);

// Before 'ready': sandbox every renderer, and give app:// its privileges.
app.enableSandbox();
registerAppScheme();

if (!app.requestSingleInstanceLock()) {
  app.quit();
} else {
  start();
}

function start(): void {
  let mainWindow: BrowserWindow | null = null;
  const pool = createExtractPool();

  app.on('web-contents-created', (_event, contents) => hardenWebContents(contents, isOwnUrl));

  app.on('second-instance', () => {
    if (mainWindow?.isMinimized()) mainWindow.restore();
    mainWindow?.focus();
  });

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
    registerIpcHandlers(pool);

    const openWindow = (): BrowserWindow => {
      const window = createMainWindow(entryUrl, path.join(__dirname, '../preload/index.js'));
      window.on('closed', () => {
        if (mainWindow === window) mainWindow = null;
      });
      mainWindow = window;
      return window;
    };

    // On macOS the menu lives on without windows; the page must be loaded before it is sent files.
    const loadedWindow = async (): Promise<BrowserWindow> => {
      if (mainWindow) return mainWindow;
      const window = openWindow();
      await once(window.webContents, 'did-finish-load');
      return window;
    };

    const menu = appMenuTemplate(
      {
        openPdfs: () => {
          void loadedWindow().then(async (window) => {
            const opened = await choosePdfs(window);
            if (opened.files.length > 0 || opened.errors.length > 0) send(window.webContents, 'files:opened', opened);
          });
        },
        sendCommand: (command) => {
          if (mainWindow) send(mainWindow.webContents, 'menu:command', command);
        },
        showAbout: () => {
          const options = {
            type: 'info' as const,
            title: 'Over Klantprofielen',
            message: `Klantprofielen ${app.getVersion()}`,
            detail: "Leest UWV's 'Transparantie van klantprofielen' in gecontroleerde tabellen en Excel-werkmappen.",
          };
          void (mainWindow ? dialog.showMessageBox(mainWindow, options) : dialog.showMessageBox(options));
        },
      },
      { isMac: process.platform === 'darwin', withDevTools: !app.isPackaged },
    );
    Menu.setApplicationMenu(Menu.buildFromTemplate(menu));

    openWindow();
    app.on('activate', () => {
      if (BrowserWindow.getAllWindows().length === 0) openWindow();
    });
  });
}
