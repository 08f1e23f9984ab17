// Security properties of the desktop shell that can be checked without running Electron:
// the settings main uses, the CSP in header and meta, URL and path guards, request parsing,
// and the built preload (CommonJS, requires only 'electron', exposes only the contract).
import { spawn } from 'node:child_process';
import { mkdtemp, readdir, readFile, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import vm from 'node:vm';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { EVENT_CHANNELS, INVOKE_CHANNELS } from '../../src/shared/ipc';
import { resolveRendererAsset } from '../../src/main/rendererAssets';
import { contentTypeFor } from '../../src/shared/contentTypes';
import { safeWorkbookName } from '../../src/shared/safeFileName';
import { parseRequest } from '../../src/main/requests';
import { MAX_PDF_BYTES } from '../../src/shared/fileLimits';
import { APP_ENTRY_URL, SECURE_WEB_PREFERENCES, devServerOrigin, isAppUrl, webPreferencesWithPreload } from '../../src/main/security';
import { BROWSER_EDITION_CONTENT_SECURITY_POLICY, CONTENT_SECURITY_POLICY, devContentSecurityPolicy } from '../../src/shared/contentSecurityPolicy';

const repoRoot = path.resolve(__dirname, '../..');

function directives(policy: string): Map<string, string[]> {
  return new Map(
    policy
      .split(';')
      .map((part) => part.trim().split(/\s+/))
      .filter((tokens) => tokens[0])
      .map(([name, ...sources]) => [name as string, sources]),
  );
}

function metaPolicy(html: string): string | undefined {
  const meta = /<meta\s+http-equiv="Content-Security-Policy"\s+content="([^"]*)"/i.exec(html);
  return meta?.[1];
}

async function sourceFiles(dir: string): Promise<string[]> {
  const entries = await readdir(dir, { withFileTypes: true, recursive: true });
  return entries.filter((entry) => entry.isFile() && /\.tsx?$/.test(entry.name)).map((entry) => path.join(entry.parentPath, entry.name));
}

describe('window settings', () => {
  it('isolate and sandbox the renderer without Node', () => {
    expect(SECURE_WEB_PREFERENCES).toMatchObject({
      contextIsolation: true,
      sandbox: true,
      nodeIntegration: false,
      nodeIntegrationInWorker: false,
      nodeIntegrationInSubFrames: false,
      webSecurity: true,
      allowRunningInsecureContent: false,
      webviewTag: false,
    });
    expect(Object.isFrozen(SECURE_WEB_PREFERENCES)).toBe(true);
  });

  it('keep every setting when the preload is added', () => {
    expect(webPreferencesWithPreload('/app/preload/index.js')).toEqual({
      ...SECURE_WEB_PREFERENCES,
      preload: '/app/preload/index.js',
    });
  });

  it('are the only way src/main creates a window, and raw ipcMain stays inside ipc.ts', async () => {
    for (const file of await sourceFiles(path.join(repoRoot, 'src/main'))) {
      const source = await readFile(file, 'utf8');
      const relative = path.relative(repoRoot, file);
      if (/new BrowserWindow\(/.test(source)) {
        expect(source, relative).toMatch(/webPreferences:\s*webPreferencesWithPreload\(/);
      }
      if (relative !== path.join('src', 'main', 'ipc.ts')) {
        expect(source, relative).not.toMatch(/ipcMain\.(handle|on|once)\(/);
      }
      expect(source, relative).not.toMatch(/(sandbox|contextIsolation|webSecurity):\s*false/);
    }
  });
});

describe('content security policy', () => {
  const policy = directives(CONTENT_SECURITY_POLICY);

  it('allows scripts from the app only: no eval, no inline, no remote hosts', () => {
    expect(CONTENT_SECURITY_POLICY).not.toContain('unsafe-eval');
    expect(policy.get('script-src')).toEqual(["'self'"]);
    expect(policy.get('default-src')).toEqual(["'self'"]);
    expect(policy.get('object-src')).toEqual(["'none'"]);
    expect(policy.get('base-uri')).toEqual(["'none'"]);
    for (const [name, sources] of policy) {
      for (const source of sources) expect(`${name} ${source}`).not.toMatch(/\*|https?:|wss?:/);
    }
  });

  it('allows no inline styles (AG Grid must use its CSS-file themes)', () => {
    expect(policy.get('style-src')).toEqual(["'self'"]);
  });

  it('is the same in index.html as in the header', async () => {
    const html = await readFile(path.join(repoRoot, 'src/renderer/index.html'), 'utf8');
    expect(metaPolicy(html)).toBe(CONTENT_SECURITY_POLICY);
  });

  it('relaxes the browser edition only by compiling WebAssembly (OCR), never by eval', () => {
    const web = directives(BROWSER_EDITION_CONTENT_SECURITY_POLICY);
    expect(web.get('script-src')).toEqual(["'self'", "'wasm-unsafe-eval'"]);
    expect(BROWSER_EDITION_CONTENT_SECURITY_POLICY).not.toMatch(/'unsafe-eval'|'unsafe-inline'/);
    expect(new Map([...web].filter(([name]) => name !== 'script-src'))).toEqual(new Map([...policy].filter(([name]) => name !== 'script-src')));
  });

  it('relaxes the dev policy only by an inline-script hash and inline styles', () => {
    const dev = directives(devContentSecurityPolicy(['abc=']));
    expect(dev.get('script-src')).toEqual(["'self'", "'sha256-abc='"]);
    expect(dev.get('style-src')).toEqual(["'self'", "'unsafe-inline'"]);
    expect([...dev.values()].flat()).not.toContain("'unsafe-eval'");
    expect(dev.get('default-src')).toEqual(policy.get('default-src'));
  });
});

describe('what counts as the app itself', () => {
  it('is the app scheme and host, nothing that merely looks like it', () => {
    expect(isAppUrl(APP_ENTRY_URL)).toBe(true);
    expect(isAppUrl('app://klantprofielen/assets/index.js?x=1#y')).toBe(true);
    for (const url of [
      undefined,
      '',
      'not a url',
      'app://evil/index.html',
      'app://klantprofielen.evil.com/',
      'app://klantprofielen@evil/',
      'app://user:pass@klantprofielen/',
      'https://klantprofielen/',
      'file:///etc/passwd',
      'javascript:alert(1)',
      'http://localhost:5173/',
    ]) {
      expect(isAppUrl(url), String(url)).toBe(false);
    }
  });

  it('includes the dev server only when given, and only on loopback http', () => {
    const origin = devServerOrigin('http://localhost:5173/');
    expect(origin).toBe('http://localhost:5173');
    expect(isAppUrl('http://localhost:5173/index.html', origin)).toBe(true);
    expect(isAppUrl('http://localhost:5174/', origin)).toBe(false);
    for (const url of ['http://example.com:5173/', 'https://localhost:5173/', 'http://192.168.1.2/', 'garbage', undefined]) {
      expect(devServerOrigin(url), String(url)).toBeUndefined();
    }
  });
});

describe('app:// file serving', () => {
  const root = path.resolve('/srv/renderer');

  it("knows only the build's file types, by the extension of the name itself", () => {
    expect(contentTypeFor('/srv/renderer/index.html')).toBe('text/html; charset=utf-8');
    expect(contentTypeFor('C:\\app\\renderer\\assets\\INDEX.JS')).toBe('text/javascript; charset=utf-8');
    expect(contentTypeFor('/srv/renderer/standard_fonts/FoxitSans.pfb')).toBe('application/x-font-type1');
    // A dot in a folder's name is no extension; a name that starts with a dot has none.
    for (const file of ['/srv/renderer.js/README', '/srv/renderer/.js', '/srv/renderer/notes.txt', '/srv/renderer/a.html.exe']) {
      expect(contentTypeFor(file), file).toBeUndefined();
    }
  });

  it('serves files inside the renderer folder, index.html for /', () => {
    expect(resolveRendererAsset(root, 'app://klantprofielen/')).toBe(path.join(root, 'index.html'));
    expect(resolveRendererAsset(root, 'app://klantprofielen/assets/a.js?v=1')).toBe(path.join(root, 'assets/a.js'));
  });

  it('refuses other hosts, encoded traversal and malformed paths', () => {
    for (const url of [
      'app://other/index.html',
      'https://klantprofielen/index.html',
      'app://klantprofielen/assets/..%2f..%2f..%2fetc%2fpasswd',
      'app://klantprofielen/%2e%2e%2f%2e%2e%2fetc%2fpasswd',
      'app://klantprofielen/%E0%A4%A',
      'app://klantprofielen/index.html%00.png',
    ]) {
      expect(resolveRendererAsset(root, url), url).toBeNull();
    }
  });

  it('keeps dot segments the URL parser resolves inside the folder', () => {
    for (const url of ['app://klantprofielen/../../etc/passwd', 'app://klantprofielen/%2e%2e/%2e%2e/etc/passwd']) {
      const resolved = resolveRendererAsset(root, url);
      expect(resolved, url).toBe(path.join(root, 'etc/passwd'));
    }
  });
});

describe('requests from the renderer', () => {
  it('accept a named PDF of bytes and nothing else', () => {
    const bytes = new Uint8Array([37, 80, 68, 70]);
    const parsePdfFile = (file: unknown) => parseRequest('pdf:extract', { jobId: 'job', file }).file;
    expect(parsePdfFile({ name: 'a.pdf', bytes })).toEqual({ name: 'a.pdf', bytes });
    // A path sent back is dropped: main reads only paths it obtained itself.
    expect(parsePdfFile({ name: 'a.pdf', bytes, path: '/etc/passwd' })).toEqual({ name: 'a.pdf', bytes });
    for (const raw of [null, 'a.pdf', { name: 'a.pdf' }, { name: '', bytes }, { name: 'x'.repeat(256), bytes }, { name: 'a.pdf', bytes: [1, 2] }, { bytes }]) {
      expect(() => parsePdfFile(raw), JSON.stringify(raw)).toThrow(/Ongeldig verzoek/);
    }
    const huge = { name: 'big.pdf', bytes: { byteLength: MAX_PDF_BYTES + 1 } };
    Object.setPrototypeOf(huge.bytes, Uint8Array.prototype);
    expect(() => parsePdfFile(huge)).toThrow('Ongeldig verzoek: big.pdf is groter dan 100 MB');
  });

  it('accept an extract job of a short plain id and a PDF, and a cancel of such an id', () => {
    const file = { name: 'a.pdf', bytes: new Uint8Array([37, 80, 68, 70]) };
    const jobId = '0f8fad5b-d9cb-469f-a165-70867728950e';
    expect(parseRequest('pdf:extract', { jobId, file })).toEqual({ jobId, file });
    expect(parseRequest('pdf:extract', { jobId, file, ocr: 'always' })).toEqual({ jobId, file, ocr: 'always' });
    for (const ocr of ['ALWAYS', 'ja', 1, null, {}]) {
      expect(() => parseRequest('pdf:extract', { jobId, file, ocr }), String(ocr)).toThrow(/Ongeldig verzoek: onbekende OCR-stand/);
    }
    expect(parseRequest('pdf:cancel', { jobId })).toEqual({ jobId });
    for (const bad of [undefined, '', 42, 'x'.repeat(65), '../etc', 'a b', 'job\n', { toString: () => 'x' }]) {
      expect(() => parseRequest('pdf:extract', { jobId: bad, file }), String(bad)).toThrow(/Ongeldig verzoek/);
      expect(() => parseRequest('pdf:cancel', { jobId: bad }), String(bad)).toThrow(/Ongeldig verzoek/);
    }
    for (const raw of [null, 'job', [jobId], file, { jobId }, { jobId, file: { name: 'a.pdf', bytes: [1] } }]) {
      expect(() => parseRequest('pdf:extract', raw), JSON.stringify(raw)).toThrow(/Ongeldig verzoek/);
    }
    for (const raw of [null, jobId, [jobId], {}]) {
      expect(() => parseRequest('pdf:cancel', raw), JSON.stringify(raw)).toThrow(/Ongeldig verzoek/);
    }
  });

  it('accept a klantprofielen/v1 result to save, and no payload where none belongs', () => {
    const result = { schema: 'klantprofielen/v1', documents: [] };
    expect(parseRequest('workbook:save', { result, suggestedName: 'x.xlsx' })).toEqual({ result, suggestedName: 'x.xlsx' });
    expect(() => parseRequest('workbook:save', { result: { documents: [] }, suggestedName: 'x' })).toThrow();
    expect(() => parseRequest('workbook:save', { result })).toThrow();
    expect(() => parseRequest('workbook:save', { result: { schema: 'klantprofielen/v1', documents: {} }, suggestedName: 'x' })).toThrow(
      'Ongeldig verzoek: resultaat is geen klantprofielen/v1',
    );
    expect(() => parseRequest('files:ready', { path: '/etc' })).toThrow('Ongeldig verzoek: dit verzoek heeft geen gegevens');
    expect(parseRequest('files:ready', undefined)).toBeUndefined();
    expect(parseRequest('app:version', null)).toBeUndefined();
  });

  it('never let a suggested name choose the folder', () => {
    expect(safeWorkbookName('../../.bashrc')).toBe('bashrc.xlsx');
    expect(safeWorkbookName('C:\\Windows\\System32\\evil.xlsx')).toBe('evil.xlsx');
    expect(safeWorkbookName('/etc/cron.d/job')).toBe('job.xlsx');
    expect(safeWorkbookName('Twente 2020 Q3')).toBe('Twente 2020 Q3.xlsx');
    expect(safeWorkbookName('')).toBe('klantprofielen.xlsx');
  });
});

describe('the built app', () => {
  let outDir = '';
  let preloadCode = '';

  beforeAll(async () => {
    // A private output folder: others may run `npm run build` into out/ at the same time.
    outDir = await mkdtemp(path.join(os.tmpdir(), 'klantprofielen-build-'));
    const bin = path.join(repoRoot, 'node_modules/.bin/electron-vite');
    await new Promise<void>((resolve, reject) => {
      const child = spawn(bin, ['build', '--outDir', outDir, '--logLevel', 'error'], { cwd: repoRoot, stdio: 'pipe' });
      let output = '';
      child.stdout.on('data', (chunk) => (output += chunk));
      child.stderr.on('data', (chunk) => (output += chunk));
      child.on('error', reject);
      child.on('close', (code) => (code === 0 ? resolve() : reject(new Error(`electron-vite build failed (${code}):\n${output}`))));
    });
    preloadCode = await readFile(path.join(outDir, 'preload/index.js'), 'utf8');
  });

  afterAll(async () => {
    if (outDir) await rm(outDir, { recursive: true, force: true });
  });

  it('has a CommonJS preload that requires nothing but electron (a sandbox allows no more)', () => {
    expect(preloadCode).toMatch(/require\(\s*["']electron["']\s*\)/);
    expect(preloadCode).not.toMatch(/^\s*(import|export)\s/m);
    const required = [...preloadCode.matchAll(/require\(\s*["']([^"']+)["']\s*\)/g)].map((match) => match[1]);
    expect(new Set(required)).toEqual(new Set(['electron']));
  });

  it('has a preload that exposes one wrapper per contract channel, never ipcRenderer or its events', () => {
    const handlers = new Map<string, Set<(...args: unknown[]) => void>>();
    const ipcRenderer = {
      invoke: vi.fn(async (channel: string) => `answer from ${channel}`),
      on: vi.fn((channel: string, fn: (...args: unknown[]) => void) => {
        handlers.set(channel, (handlers.get(channel) ?? new Set()).add(fn));
      }),
      removeListener: vi.fn((channel: string, fn: (...args: unknown[]) => void) => handlers.get(channel)?.delete(fn)),
      send: vi.fn(),
      sendSync: vi.fn(),
    };
    const exposed = new Map<string, unknown>();
    const electron = { contextBridge: { exposeInMainWorld: (key: string, value: unknown) => exposed.set(key, value) }, ipcRenderer };
    const sandboxRequire = (id: string): unknown => {
      if (id === 'electron') return electron;
      throw new Error(`a sandboxed preload cannot require '${id}'`);
    };
    vm.runInNewContext(preloadCode, { require: sandboxRequire, module: { exports: {} }, exports: {} });

    expect([...exposed.keys()]).toEqual(['klantprofielen']);
    const api = exposed.get('klantprofielen') as {
      invoke: Record<string, (request?: unknown) => Promise<unknown>>;
      on: Record<string, (listener: (...args: unknown[]) => void) => () => void>;
    };
    // pathForFile: webUtils.getPathForFile, for restoring dropped files from their path.
    expect(Object.keys(api).sort()).toEqual(['invoke', 'on', 'pathForFile']);
    expect(Object.keys(api.invoke).sort()).toEqual([...INVOKE_CHANNELS].sort());
    expect(Object.keys(api.on).sort()).toEqual([...EVENT_CHANNELS].sort());
    // Nothing reachable from the API is ipcRenderer or one of its functions.
    const leaked = Object.values({ ...api.invoke, ...api.on, api }).filter(
      (value: unknown) => value === ipcRenderer || Object.values(ipcRenderer).includes(value as never),
    );
    expect(leaked).toEqual([]);

    const request = { jobId: 'job-1', file: { name: 'a.pdf', bytes: new Uint8Array([1]) } };
    void api.invoke['pdf:extract']?.(request);
    expect(ipcRenderer.invoke).toHaveBeenCalledWith('pdf:extract', request);
    void api.invoke['pdf:cancel']?.({ jobId: 'job-1' });
    expect(ipcRenderer.invoke).toHaveBeenCalledWith('pdf:cancel', { jobId: 'job-1' });
    void api.invoke['files:ready']?.();
    expect(ipcRenderer.invoke).toHaveBeenLastCalledWith('files:ready', undefined);

    const listener = vi.fn();
    const unsubscribe = api.on['menu:command']?.(listener);
    for (const fn of handlers.get('menu:command') ?? []) fn({ sender: ipcRenderer, ports: [] }, 'save-xlsx');
    // The listener gets the payload only: the IPC event would hand the page ipcRenderer.
    expect(listener).toHaveBeenCalledTimes(1);
    expect(listener.mock.calls[0]).toEqual(['save-xlsx']);
    unsubscribe?.();
    expect(handlers.get('menu:command')?.size).toBe(0);
  });

  it('has a renderer page with the CSP meta and no inline scripts', async () => {
    const html = await readFile(path.join(outDir, 'renderer/index.html'), 'utf8');
    expect(metaPolicy(html)).toBe(CONTENT_SECURITY_POLICY);
    const scripts = [...html.matchAll(/<script\b([^>]*)>([\s\S]*?)<\/script>/gi)];
    expect(scripts.length).toBeGreaterThan(0);
    for (const [, attributes = '', body = ''] of scripts) {
      expect(attributes).toMatch(/\bsrc="\.\/assets\//);
      expect(body.trim()).toBe('');
    }
  });
});
