// The desktop app's security settings in one place (the CSP, shared with the browser edition,
// is in src/shared/contentSecurityPolicy.ts). No Electron runtime import, so the tests can read
// exactly what the app uses.
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
