// Where the Electron binary of node_modules/electron is, found without require('electron'):
// that package's index.js starts a download when the binary is missing, and this check must
// only say so. ELECTRON_OVERRIDE_DIST_PATH is honoured as electron's own index.js does.
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';

export const REPO_ROOT = path.resolve(__dirname, '../../..');

export type ElectronBinary = { found: true; path: string } | { found: false; reason: string };

export function findElectronBinary(): ElectronBinary {
  const packageDir = path.join(REPO_ROOT, 'node_modules', 'electron');
  if (!existsSync(path.join(packageDir, 'package.json'))) {
    return { found: false, reason: 'node_modules/electron is not installed (run npm ci)' };
  }
  const pathFile = path.join(packageDir, 'path.txt');
  const relative = existsSync(pathFile) ? readFileSync(pathFile, 'utf8').trim() : '';
  const override = process.env['ELECTRON_OVERRIDE_DIST_PATH'];
  if (override) {
    const candidate = path.join(override, relative || 'electron');
    return existsSync(candidate) ? { found: true, path: candidate } : { found: false, reason: `${candidate} (ELECTRON_OVERRIDE_DIST_PATH) does not exist` };
  }
  if (!relative) return { found: false, reason: 'node_modules/electron/path.txt is missing, so its postinstall download never finished' };
  const binary = path.join(packageDir, 'dist', relative);
  return existsSync(binary) ? { found: true, path: binary } : { found: false, reason: `${binary} does not exist` };
}

/** The one line printed when the binary is missing. */
export function missingBinaryLine(reason: string): string {
  return `Electron binary missing: ${reason}. npm install downloads it (node node_modules/electron/install.js retries); where that is impossible, test:electron cannot run.`;
}
