// A stand-in for the 'electron' module, just wide enough to run the built main bundle in Node:
// it records what main registers (IPC handlers, menu, protocol, windows) and lets a test play
// the operating system and the page (ready, second start, open-file, invoke, navigate).
import { EventEmitter } from 'node:events';

export interface FakeFrame {
  url: string;
  parent: FakeFrame | null;
}

let nextContentsId = 1;

export class FakeWebContents extends EventEmitter {
  readonly id = nextContentsId++;
  readonly sent: [string, unknown][] = [];
  mainFrame: FakeFrame = { url: 'app://klantprofielen/index.html', parent: null };
  windowOpenHandler?: (details: { url: string }) => { action: string };
  destroyed = false;

  send(channel: string, payload: unknown): void {
    this.sent.push([channel, payload]);
  }
  isDestroyed(): boolean {
    return this.destroyed;
  }
  setWindowOpenHandler(handler: (details: { url: string }) => { action: string }): void {
    this.windowOpenHandler = handler;
  }
  /** Payloads sent on `channel`, oldest first. */
  sentOn(channel: string): unknown[] {
    return this.sent.filter(([name]) => name === channel).map(([, payload]) => payload);
  }
}

export class FakeBrowserWindow extends EventEmitter {
  static readonly all: FakeBrowserWindow[] = [];
  readonly webContents = new FakeWebContents();
  loadedUrl?: string;
  focused = 0;

  constructor(readonly options: { webPreferences?: Record<string, unknown> }) {
    super();
    FakeBrowserWindow.all.push(this);
  }
  static getAllWindows(): FakeBrowserWindow[] {
    return FakeBrowserWindow.all.filter((window) => !window.webContents.destroyed);
  }
  static fromWebContents(contents: FakeWebContents): FakeBrowserWindow | null {
    return FakeBrowserWindow.all.find((window) => window.webContents === contents) ?? null;
  }
  loadURL(url: string): Promise<void> {
    this.loadedUrl = url;
    return Promise.resolve();
  }
  isMinimized(): boolean {
    return false;
  }
  restore(): void {}
  focus(): void {
    this.focused += 1;
  }
  show(): void {}
}

type Invoke = (event: { sender: FakeWebContents; senderFrame: FakeFrame | null }, raw: unknown) => Promise<unknown>;

export function createFakeElectron(options: { documents: string }) {
  let markReady!: () => void;
  const ready = new Promise<void>((resolve) => (markReady = resolve));
  const app = Object.assign(new EventEmitter(), {
    isPackaged: false,
    sandboxed: false,
    singleInstanceData: undefined as unknown,
    enableSandbox() {
      app.sandboxed = true;
    },
    requestSingleInstanceLock(additionalData?: unknown) {
      app.singleInstanceData = additionalData;
      return true;
    },
    quit() {},
    whenReady: () => ready,
    getVersion: () => '9.8.7',
    getPath: (name: string) => {
      // The data folder: session.json, kept sessions, main's record of PDF access.
      if (name === 'userData') return `${options.documents}/userData`;
      if (name !== 'documents') throw new Error(`unexpected getPath(${name})`);
      return options.documents;
    },
  });

  const handlers = new Map<string, Invoke>();
  const dialogCalls: { method: string; options: Record<string, unknown> }[] = [];
  const dialogAnswers = {
    open: [] as string[],
    save: undefined as string | undefined,
  };
  const sessionEvents = new EventEmitter();
  const recorded = {
    schemes: [] as unknown[],
    protocolHandlers: new Map<string, (request: Request) => Promise<Response>>(),
    menuTemplate: undefined as unknown,
    permissionRequestHandler: undefined as unknown,
    headersListener: undefined as unknown,
  };

  const electron = {
    app,
    BrowserWindow: FakeBrowserWindow,
    ipcMain: {
      handle(channel: string, handler: Invoke) {
        if (handlers.has(channel)) throw new Error(`second handler for ${channel}`);
        handlers.set(channel, handler);
      },
    },
    protocol: {
      registerSchemesAsPrivileged: (schemes: unknown[]) => recorded.schemes.push(...schemes),
      handle: (scheme: string, handler: (request: Request) => Promise<Response>) => recorded.protocolHandlers.set(scheme, handler),
    },
    session: {
      defaultSession: Object.assign(sessionEvents, {
        setPermissionRequestHandler: (handler: unknown) => (recorded.permissionRequestHandler = handler),
        setPermissionCheckHandler: () => undefined,
        setDevicePermissionHandler: () => undefined,
        webRequest: { onHeadersReceived: (listener: unknown) => (recorded.headersListener = listener) },
      }),
    },
    Menu: {
      buildFromTemplate: (template: unknown) => ({ template }),
      setApplicationMenu: (menu: { template: unknown }) => (recorded.menuTemplate = menu.template),
    },
    dialog: {
      async showOpenDialog(_window: unknown, dialogOptions: Record<string, unknown>) {
        dialogCalls.push({ method: 'showOpenDialog', options: dialogOptions });
        return { canceled: dialogAnswers.open.length === 0, filePaths: dialogAnswers.open };
      },
      async showSaveDialog(...args: unknown[]) {
        dialogCalls.push({ method: 'showSaveDialog', options: args.at(-1) as Record<string, unknown> });
        return { canceled: !dialogAnswers.save, filePath: dialogAnswers.save ?? '' };
      },
      async showMessageBox(...args: unknown[]) {
        dialogCalls.push({ method: 'showMessageBox', options: args.at(-1) as Record<string, unknown> });
        return { response: 0 };
      },
    },
  };

  /** Calls a registered handler the way ipcRenderer.invoke would from `sender`'s frame. */
  async function invoke(channel: string, raw: unknown, sender: FakeWebContents, frame: FakeFrame | null = sender.mainFrame) {
    const handler = handlers.get(channel);
    if (!handler) throw new Error(`no handler for ${channel}`);
    return handler({ sender, senderFrame: frame }, raw);
  }

  return { electron, app, markReady, handlers, invoke, dialogCalls, dialogAnswers, recorded };
}
