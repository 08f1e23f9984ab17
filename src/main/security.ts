// The app's security settings in one place. No Electron runtime import, so the build config
// (dev CSP) and the tests can read exactly what the app uses.
import type { WebPreferences } from 'electron';

/** The renderer is served from this privileged scheme instead of file://, which would give the
 * page read access to local files and make "the app's own URL" hard to tell apart. */
export const APP_SCHEME = 'app';
export const APP_HOST = 'klantprofielen';
export const APP_ENTRY_URL = `${APP_SCHEME}://${APP_HOST}/index.html`;

/** Every window gets these; only `preload` is added per window. */
export const SECURE_WEB_PREFERENCES = Object.freeze({
  contextIsolation: true,
  sandbox: true,
  nodeIntegration: false,
  nodeIntegrationInWorker: false,
  nodeIntegrationInSubFrames: false,
  webSecurity: true,
  allowRunningInsecureContent: false,
  webviewTag: false,
  experimentalFeatures: false,
  navigateOnDragDrop: false,
  safeDialogs: true,
} as const satisfies WebPreferences);

export function webPreferencesWithPreload(preload: string): WebPreferences {
  return { ...SECURE_WEB_PREFERENCES, preload };
}

type Directives = Readonly<Record<string, readonly string[]>>;

const PRODUCTION_DIRECTIVES: Directives = {
  'default-src': ["'self'"],
  'script-src': ["'self'"],
  // No 'unsafe-inline': AG Grid 36's theming API injects <style> elements (measured in
  // Chromium: 25 blocked under this policy), so the grid must use theme: 'legacy' with the
  // ag-grid.css + ag-theme-quartz.css files, which load from 'self' with no violation.
  'style-src': ["'self'"],
  'img-src': ["'self'", 'data:', 'blob:'],
  // The legacy Quartz theme embeds its icon font as a data: URL.
  'font-src': ["'self'", 'data:'],
  // pdf.js in the browser edition runs its worker from a bundled file or a blob.
  'worker-src': ["'self'", 'blob:'],
  'connect-src': ["'self'"],
  'object-src': ["'none'"],
  'base-uri': ["'none'"],
  'form-action': ["'none'"],
};

function serialize(directives: Directives): string {
  return Object.entries(directives)
    .map(([name, sources]) => `${name} ${sources.join(' ')}`)
    .join('; ');
}

/** The policy of the packaged app: sent as a header and repeated in index.html's meta tag. */
export const CONTENT_SECURITY_POLICY = serialize(PRODUCTION_DIRECTIVES);

/**
 * The browser edition's policy: the desktop one plus 'wasm-unsafe-eval', which lets its engine
 * workers compile WebAssembly (tesseract.js's OCR core; the desktop app runs OCR in main's
 * worker threads instead). It still blocks eval() and new Function().
 */
export const BROWSER_EDITION_CONTENT_SECURITY_POLICY = serialize({
  ...PRODUCTION_DIRECTIVES,
  'script-src': [...(PRODUCTION_DIRECTIVES['script-src'] ?? []), "'wasm-unsafe-eval'"],
});

/**
 * The policy while developing against the Vite dev server, which needs two things the build
 * does not: React Fast Refresh's inline preamble (allowed by its hash only) and CSS injected
 * as <style> elements.
 */
export function devContentSecurityPolicy(inlineScriptHashes: readonly string[]): string {
  const { 'script-src': scripts = [], 'style-src': styles = [] } = PRODUCTION_DIRECTIVES;
  return serialize({
    ...PRODUCTION_DIRECTIVES,
    'script-src': [...scripts, ...inlineScriptHashes.map((hash) => `'sha256-${hash}'`)],
    'style-src': [...styles, "'unsafe-inline'"],
  });
}

/**
 * The Vite dev server origin from ELECTRON_RENDERER_URL, accepted only on loopback so an
 * environment variable cannot point the app at a remote site. Undefined when unusable.
 */
export function devServerOrigin(rendererUrl: string | undefined): string | undefined {
  if (!rendererUrl) return undefined;
  try {
    const url = new URL(rendererUrl);
    const loopback = ['localhost', '127.0.0.1', '[::1]'].includes(url.hostname);
    return loopback && url.protocol === 'http:' ? url.origin : undefined;
  } catch {
    return undefined;
  }
}

/** True only for the app's own pages: the app scheme, or the loopback dev server when given. */
export function isAppUrl(rawUrl: string | undefined, devOrigin?: string): boolean {
  if (!rawUrl) return false;
  let url: URL;
  try {
    url = new URL(rawUrl);
  } catch {
    return false;
  }
  if (url.username || url.password) return false;
  // Compare scheme and host: Node reports origin "null" for non-special schemes like app:.
  if (url.protocol === `${APP_SCHEME}:` && url.host === APP_HOST) return true;
  return devOrigin !== undefined && url.origin === devOrigin;
}
