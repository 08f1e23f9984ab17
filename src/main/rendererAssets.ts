// Maps app:// request URLs to files of the built renderer. Pure (node:path only) so the
// path-traversal guard can be tested without Electron.
import path from 'node:path';
import { APP_HOST, APP_SCHEME } from './security';

/**
 * The file inside `rendererDir` that `requestUrl` names, or null when the URL is not the app's
 * or would leave the folder (`..`, encoded separators, absolute paths).
 */
export function resolveRendererAsset(rendererDir: string, requestUrl: string): string | null {
  let url: URL;
  try {
    url = new URL(requestUrl);
  } catch {
    return null;
  }
  if (url.protocol !== `${APP_SCHEME}:` || url.host !== APP_HOST || url.username || url.password) return null;
  let pathname: string;
  try {
    pathname = decodeURIComponent(url.pathname);
  } catch {
    return null; // malformed percent-encoding
  }
  if (pathname.includes('\0')) return null;
  const relativeRequest = pathname.replace(/^\/+/, '') || 'index.html';
  const root = path.resolve(rendererDir);
  const target = path.resolve(root, relativeRequest);
  const inside = path.relative(root, target);
  if (inside === '' || inside === '..' || inside.startsWith(`..${path.sep}`) || path.isAbsolute(inside)) return null;
  return target;
}
