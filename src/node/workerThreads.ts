// Starting our worker threads the same way everywhere (extract pool, workbook builder): the
// script is found next to the calling module, compiled (`<name>.js` in the Electron main
// bundle, which must emit it as its own entry: electron.vite.config.ts) or as TypeScript
// source under tsx and vitest.
import { existsSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { Worker, type WorkerOptions } from 'node:worker_threads';

/** The worker script `name` next to `moduleUrl`'s folder or its parent. */
export function findWorkerScript(name: string, moduleUrl: string): string {
  const here = path.dirname(fileURLToPath(moduleUrl));
  const candidates = [here, path.dirname(here)].flatMap((dir) => ['.js', '.cjs', '.mjs', '.ts'].map((extension) => path.join(dir, `${name}${extension}`)));
  const found = candidates.find((candidate) => existsSync(candidate));
  if (!found) throw new Error(`${name} not found next to ${here}`);
  return found;
}

/** A worker thread running `entry`, compiled or TypeScript. */
export function startWorker(entry: string, options: WorkerOptions = {}): Worker {
  return entry.endsWith('.ts') ? new Worker(typeScriptBootstrap(entry), { ...options, eval: true }) : new Worker(entry, options);
}

/**
 * Node 20 ignores `--import tsx` in a worker's execArgv, so a .ts worker is started from a
 * small CommonJS script that registers tsx's require hook first (the package is CommonJS,
 * which is also how tsx runs the CLI).
 */
function typeScriptBootstrap(entry: string): string {
  const tsxApi = createRequire(import.meta.url).resolve('tsx/cjs/api');
  return `require(${JSON.stringify(tsxApi)}).register();\nrequire(${JSON.stringify(entry)});\n`;
}
