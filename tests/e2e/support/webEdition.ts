// The browser edition as the e2e tests use it: built into a temporary folder and served
// in-process on an ephemeral 127.0.0.1 port, with the CSP header, exactly as `npm run web`
// serves it. The build is shared by every test file of a run (and by later runs while the
// sources stay the same): it is keyed by the state of everything that goes into it, so a
// changed file means a new build. Never dist-web/: others may build there at the same time.
import { createHash } from 'node:crypto';
import { existsSync } from 'node:fs';
import { mkdtemp, readdir, rename, rm, stat, utimes } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { buildWebEdition, repoRoot } from '../../../src/web/buildWeb';
import { serveStatic } from '../../../src/web/staticServer';

export interface WebEdition {
  url: string;
  stop(): Promise<void>;
}

const BUILD_PREFIX = 'klantprofielen-web-e2e-';
/** Builds of other source states unused for this long are removed (a test run takes minutes). */
const STALE_AFTER_MS = 30 * 60_000;
const BUILD_INPUTS = ['src', 'vite.web.config.ts', 'electron.vite.config.ts', 'tsconfig.json', 'package.json', 'package-lock.json'];

export async function startWebEdition(): Promise<WebEdition> {
  const server = await serveStatic(await sharedBuild());
  return { url: server.url, stop: () => server.close() };
}

async function sharedBuild(): Promise<string> {
  const key = await sourceStateKey();
  const folder = path.join(os.tmpdir(), `${BUILD_PREFIX}${key}`);
  if (existsSync(path.join(folder, 'index.html'))) {
    // Marked as in use: a run from another checkout (a worktree) prunes builds by this time, and
    // pruning one that a long series of runs still serves from made its pages "Niet gevonden".
    await touch(folder);
    return folder;
  }
  const staging = await mkdtemp(path.join(os.tmpdir(), 'klantprofielen-web-staging-'));
  try {
    await buildWebEdition(staging);
    // Atomic: a folder under the final name is always complete. When another test file got
    // there first, its build is the same and this one is dropped.
    await rename(staging, folder).catch(() => undefined);
  } finally {
    await rm(staging, { recursive: true, force: true });
  }
  await removeStaleBuilds(folder);
  return folder;
}

/** Hash of path, size and modification time of every build input. */
async function sourceStateKey(): Promise<string> {
  const hash = createHash('sha256');
  for (const input of BUILD_INPUTS) {
    const absolute = path.join(repoRoot, input);
    const info = await stat(absolute).catch(() => null);
    if (!info) continue;
    const files = info.isDirectory()
      ? (await readdir(absolute, { recursive: true, withFileTypes: true }))
          .filter((entry) => entry.isFile())
          .map((entry) => path.join(entry.parentPath, entry.name))
      : [absolute];
    for (const file of files.sort()) {
      const { size, mtimeMs } = await stat(file);
      hash.update(`${path.relative(repoRoot, file)}\0${size}\0${mtimeMs}\n`);
    }
  }
  return hash.digest('hex').slice(0, 16);
}

async function touch(folder: string): Promise<void> {
  const now = new Date();
  await utimes(folder, now, now).catch(() => undefined);
}

/** Builds of other source states not used for STALE_AFTER_MS (see touch). */
async function removeStaleBuilds(current: string): Promise<void> {
  const now = Date.now();
  for (const name of await readdir(os.tmpdir())) {
    const folder = path.join(os.tmpdir(), name);
    if (!name.startsWith(BUILD_PREFIX) || folder === current) continue;
    const info = await stat(folder).catch(() => null);
    if (info && now - info.mtimeMs > STALE_AFTER_MS) await rm(folder, { recursive: true, force: true });
  }
}
