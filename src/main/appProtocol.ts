// Serves the built renderer on app://klantprofielen/ (see security.ts for why not file://).
import { readFile } from 'node:fs/promises';
import { protocol } from 'electron';
import { contentTypeFor } from '@shared/contentTypes';
import { resolveRendererAsset } from './rendererAssets';
import { APP_SCHEME } from './security';

/** Must run before app 'ready': Chromium fixes scheme privileges at startup. */
export function registerAppScheme(): void {
  protocol.registerSchemesAsPrivileged([
    {
      scheme: APP_SCHEME,
      // standard + secure: a real origin and a secure context; corsEnabled: Vite's module
      // scripts are fetched in CORS mode. Deliberately no bypassCSP.
      privileges: { standard: true, secure: true, supportFetchAPI: true, corsEnabled: true },
    },
  ]);
}

/** Answers app:// requests with files from `rendererDir`, each with the CSP header. */
export function serveRenderer(rendererDir: string, contentSecurityPolicy: string): void {
  protocol.handle(APP_SCHEME, async (request) => {
    const file = request.method === 'GET' ? resolveRendererAsset(rendererDir, request.url) : null;
    const contentType = file ? contentTypeFor(file) : undefined;
    if (!file || !contentType) return notFound();
    try {
      const body = await readFile(file);
      return new Response(new Uint8Array(body), {
        headers: {
          'Content-Type': contentType,
          'Content-Security-Policy': contentSecurityPolicy,
          'X-Content-Type-Options': 'nosniff',
        },
      });
    } catch {
      return notFound();
    }
  });
}

function notFound(): Response {
  return new Response('Niet gevonden', { status: 404, headers: { 'Content-Type': 'text/plain; charset=utf-8' } });
}
