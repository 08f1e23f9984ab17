// Builds the browser edition with vite.web.config.ts into a chosen folder (tests and the bench
// use a private temporary one: others may build into dist-web/ at the same time).
// Vite runs as its own process: in-process under tsx it cannot resolve its own helpers.
import { spawn } from 'node:child_process';
import path from 'node:path';

export const repoRoot = path.resolve(__dirname, '../..');
export const DEFAULT_WEB_OUT_DIR = path.join(repoRoot, 'dist-web');

export function buildWebEdition(outDir: string = DEFAULT_WEB_OUT_DIR): Promise<void> {
  const vite = path.join(repoRoot, 'node_modules/.bin/vite');
  const args = ['build', '--config', 'vite.web.config.ts', '--outDir', outDir, '--emptyOutDir', '--logLevel', 'warn'];
  return new Promise((resolve, reject) => {
    const child = spawn(vite, args, {
      cwd: repoRoot,
      stdio: ['ignore', 'pipe', 'pipe'],
      // The config is TypeScript loaded through Vite's bundling loader on purpose.
      env: { ...process.env, VITE_CONFIG_NATIVE_IGNORE_WARNING: 'true' },
    });
    let output = '';
    child.stdout.on('data', (chunk: Buffer) => (output += chunk.toString('utf8')));
    child.stderr.on('data', (chunk: Buffer) => (output += chunk.toString('utf8')));
    child.on('error', reject);
    child.on('close', (code) => (code === 0 ? resolve() : reject(new Error(`vite build (browser edition) failed with code ${code}:\n${output}`))));
  });
}
