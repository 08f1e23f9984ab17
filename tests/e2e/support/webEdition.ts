// The browser edition as the e2e tests use it: built once per test file into a private
// temporary folder (others may build into dist-web/ at the same time) and served in-process on
// an ephemeral 127.0.0.1 port, with the CSP header, exactly as `npm run web` serves it.
import { mkdtemp, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { buildWebEdition } from '../../../src/web/buildWeb';
import { serveStatic } from '../../../src/web/staticServer';

export interface WebEdition {
  url: string;
  stop(): Promise<void>;
}

export async function startWebEdition(): Promise<WebEdition> {
  const outDir = await mkdtemp(path.join(os.tmpdir(), 'klantprofielen-web-'));
  try {
    await buildWebEdition(outDir);
    const server = await serveStatic(outDir);
    return {
      url: server.url,
      async stop() {
        await server.close();
        await rm(outDir, { recursive: true, force: true });
      },
    };
  } catch (error) {
    await rm(outDir, { recursive: true, force: true });
    throw error;
  }
}
