// Serves a built browser edition from 127.0.0.1 only, with the browser edition's CSP as a header
// on every response: workers take their policy from their own response, not from the page.
import { createReadStream } from 'node:fs';
import { stat } from 'node:fs/promises';
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import path from 'node:path';
import { BROWSER_EDITION_CONTENT_SECURITY_POLICY } from '../shared/contentSecurityPolicy';
import { contentTypeFor } from '../shared/contentTypes';

export const LOOPBACK_HOST = '127.0.0.1';

// The desktop app's app:// types, plus what a dev build also emits.
const EXTRA_CONTENT_TYPES: Readonly<Record<string, string>> = {
  '.map': 'application/json',
  '.txt': 'text/plain; charset=utf-8',
  // tesseract.js's language data: served as the bytes it is (no Content-Encoding), since
  // tesseract.js unpacks it itself.
  '.gz': 'application/gzip',
};

const SECURITY_HEADERS = {
  'Content-Security-Policy': BROWSER_EDITION_CONTENT_SECURITY_POLICY,
  'X-Content-Type-Options': 'nosniff',
  'Referrer-Policy': 'no-referrer',
  'Cross-Origin-Opener-Policy': 'same-origin',
  'Cross-Origin-Resource-Policy': 'same-origin',
};

export interface StaticServer {
  /** e.g. http://127.0.0.1:5173/ */
  url: string;
  close(): Promise<void>;
}

/** The file a request path names inside `root`, or null when it points elsewhere. */
export function fileForPath(root: string, requestUrl: string | undefined): string | null {
  let pathname: string;
  try {
    pathname = decodeURIComponent(new URL(requestUrl ?? '/', 'http://host').pathname);
  } catch {
    return null;
  }
  if (pathname.includes('\0')) return null;
  const file = path.resolve(root, `.${pathname.endsWith('/') ? `${pathname}index.html` : pathname}`);
  return file.startsWith(root + path.sep) ? file : null;
}

/** Vite names everything under assets/ by content hash: such a URL never changes content. */
function isHashedAsset(root: string, file: string): boolean {
  return path.relative(root, file).split(path.sep)[0] === 'assets';
}

/** A request may only name this server: with DNS rebinding a web page on another site makes its
 * own host name resolve to 127.0.0.1 and reads the app from there; its Host header gives it away. */
export function isOwnHost(hostHeader: string | undefined, port: number): boolean {
  const host = (hostHeader ?? '').toLowerCase();
  return host === `${LOOPBACK_HOST}:${port}` || host === `localhost:${port}`;
}

async function respond(root: string, port: number, request: IncomingMessage, response: ServerResponse): Promise<void> {
  for (const [name, value] of Object.entries(SECURITY_HEADERS)) response.setHeader(name, value);
  if (!isOwnHost(request.headers.host, port)) {
    response.writeHead(421, { 'Content-Type': 'text/plain; charset=utf-8' }).end('Verkeerde host');
    return;
  }
  if (request.method !== 'GET' && request.method !== 'HEAD') {
    response.writeHead(405, { Allow: 'GET, HEAD' }).end();
    return;
  }
  const file = fileForPath(root, request.url);
  const info = file ? await stat(file).catch(() => null) : null;
  if (!info && request.url === '/favicon.ico') {
    response.writeHead(204).end(); // browsers ask for it unprompted; a 404 would log an error
    return;
  }
  if (!file || !info?.isFile()) {
    response.writeHead(404, { 'Content-Type': 'text/plain; charset=utf-8' }).end('Niet gevonden');
    return;
  }
  // Validators let the browser keep what it has; Chromium keeps compiled code only for
  // cached scripts, which makes the engine workers start faster on the next visit.
  const etag = `W/"${info.size.toString(16)}-${Math.floor(info.mtimeMs).toString(16)}"`;
  response.setHeader('ETag', etag);
  response.setHeader('Cache-Control', isHashedAsset(root, file) ? 'public, max-age=31536000, immutable' : 'no-cache');
  if (request.headers['if-none-match'] === etag) {
    response.writeHead(304).end();
    return;
  }
  response.writeHead(200, {
    'Content-Type': contentTypeFor(file) ?? EXTRA_CONTENT_TYPES[path.extname(file).toLowerCase()] ?? 'application/octet-stream',
    'Content-Length': info.size,
  });
  if (request.method === 'HEAD') response.end();
  else createReadStream(file).pipe(response);
}

/** Serves `root` on 127.0.0.1; port 0 picks a free one. */
export function serveStatic(root: string, port = 0): Promise<StaticServer> {
  const absoluteRoot = path.resolve(root);
  const server = createServer((request, response) => {
    const { port: bound } = server.address() as AddressInfo;
    respond(absoluteRoot, bound, request, response).catch(() => {
      if (!response.headersSent) response.writeHead(500);
      response.end();
    });
  });
  return new Promise((resolve, reject) => {
    server.once('error', reject);
    server.listen(port, LOOPBACK_HOST, () => {
      const { port: bound } = server.address() as AddressInfo;
      resolve({
        url: `http://${LOOPBACK_HOST}:${bound}/`,
        close: () =>
          new Promise<void>((done) => {
            server.closeAllConnections();
            server.close(() => done());
          }),
      });
    });
  });
}
