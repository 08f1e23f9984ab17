// The server behind `npm run web` and the e2e tests: loopback only, the app's CSP on every
// response (workers take their policy from their own response), nothing outside its folder.
import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { request } from 'node:http';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { BROWSER_EDITION_CONTENT_SECURITY_POLICY } from '../../src/shared/contentSecurityPolicy';
import { fileForPath, serveStatic, type StaticServer } from '../../src/web/staticServer';

let root = '';
let server: StaticServer;

beforeAll(async () => {
  root = await mkdtemp(path.join(os.tmpdir(), 'klantprofielen-static-'));
  await mkdir(path.join(root, 'assets'));
  await writeFile(path.join(root, 'index.html'), '<!doctype html><title>t</title>');
  await writeFile(path.join(root, 'assets', 'engineWorker-abc123.js'), 'self.onmessage = () => {};');
  await writeFile(path.join(os.tmpdir(), 'klantprofielen-outside.txt'), 'secret');
  server = await serveStatic(root);
});

afterAll(async () => {
  await server?.close();
  await rm(root, { recursive: true, force: true });
  await rm(path.join(os.tmpdir(), 'klantprofielen-outside.txt'), { force: true });
});

/** A raw GET: fetch() would normalise '..' segments before they reach the server. */
function get(rawPath: string, headers: Record<string, string> = {}): Promise<{ status: number; headers: Record<string, unknown>; body: string }> {
  const { port } = new URL(server.url);
  return new Promise((resolve, reject) => {
    const req = request({ host: '127.0.0.1', port, path: rawPath, headers }, (response) => {
      let body = '';
      response.on('data', (chunk: Buffer) => (body += chunk.toString('utf8')));
      response.on('end', () => resolve({ status: response.statusCode ?? 0, headers: response.headers, body }));
    });
    req.on('error', reject);
    req.end();
  });
}

describe('static server of the browser edition', () => {
  it('listens on 127.0.0.1 only', () => {
    expect(new URL(server.url).hostname).toBe('127.0.0.1');
  });

  it('sends the CSP on every response, the worker script and a 404 included', async () => {
    for (const target of ['/', '/assets/engineWorker-abc123.js', '/missing.js']) {
      const response = await get(target);
      expect(response.headers['content-security-policy'], target).toBe(BROWSER_EDITION_CONTENT_SECURITY_POLICY);
      expect(response.headers['x-content-type-options'], target).toBe('nosniff');
    }
    const worker = await get('/assets/engineWorker-abc123.js');
    expect(worker.status).toBe(200);
    expect(worker.headers['content-type']).toMatch(/^text\/javascript/);
  });

  it('serves nothing outside its folder, however the path is spelled', async () => {
    for (const target of [
      '/../klantprofielen-outside.txt',
      '/..%2fklantprofielen-outside.txt',
      '/%2e%2e/klantprofielen-outside.txt',
      '/assets/..%2f..%2fklantprofielen-outside.txt',
      '/index.html%00.png',
    ]) {
      const response = await get(target);
      expect(response.status, target).toBe(404);
      expect(response.body, target).not.toContain('secret');
    }
    expect(fileForPath(root, '/%E0%A4%A')).toBeNull();
  });

  it('answers only requests addressed to itself, so a rebound DNS name cannot read it', async () => {
    const { port } = new URL(server.url);
    for (const host of [`evil.example:${port}`, 'evil.example', `127.0.0.1.evil.example:${port}`, `127.0.0.1:${Number(port) + 1}`]) {
      const response = await get('/', { Host: host });
      expect(response.status, host).toBe(421);
      expect(response.body, host).not.toContain('<title>');
    }
    for (const host of [`127.0.0.1:${port}`, `localhost:${port}`, `LOCALHOST:${port}`]) {
      expect((await get('/', { Host: host })).status, host).toBe(200);
    }
  });

  it('lets the browser keep hashed assets and revalidate the rest', async () => {
    const asset = await get('/assets/engineWorker-abc123.js');
    expect(asset.headers['cache-control']).toContain('immutable');
    const page = await get('/');
    expect(page.headers['cache-control']).toBe('no-cache');
    const again = await get('/', { 'If-None-Match': String(page.headers.etag) });
    expect(again.status).toBe(304);
  });
});
