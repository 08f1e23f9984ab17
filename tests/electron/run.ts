// `npm run test:electron`: the real Electron app, driven by playwright-core's _electron. Not part
// of `npm test` (vitest.config.ts includes tests/**/*.test.ts; these files are *.electron.ts and
// run with tests/electron/vitest.config.ts only).
//
// 1. The Electron binary must be there: otherwise one line and exit code 1 (never a download).
// 2. Linux without a display: the run is repeated under `xvfb-run -a` (or one line, exit 1).
// 3. `electron-vite build` (skip with KLANTPROFIELEN_SKIP_BUILD=1 when out/ is fresh).
// 4. vitest with tests/electron/vitest.config.ts; its exit code is ours.
import { spawnSync } from 'node:child_process';
import path from 'node:path';
import { findElectronBinary, missingBinaryLine, REPO_ROOT } from './support/electronBinary';

function run(command: string, args: string[], env: NodeJS.ProcessEnv = process.env): number {
  // No shell: only node itself and xvfb-run are started, and node's path may contain spaces.
  const result = spawnSync(command, args, { cwd: REPO_ROOT, stdio: 'inherit', env });
  if (result.error) {
    console.error(`${command} could not be started: ${result.error.message}`);
    return 1;
  }
  return result.status ?? 1;
}

function hasCommand(command: string): boolean {
  return spawnSync('which', [command], { stdio: 'ignore' }).status === 0;
}

function main(): number {
  const binary = findElectronBinary();
  if (!binary.found) {
    console.error(missingBinaryLine(binary.reason));
    return 1;
  }

  if (process.platform === 'linux' && !process.env['DISPLAY'] && !process.env['WAYLAND_DISPLAY']) {
    if (process.env['KLANTPROFIELEN_UNDER_XVFB']) {
      console.error('xvfb-run gave no DISPLAY: cannot start Electron.');
      return 1;
    }
    if (!hasCommand('xvfb-run')) {
      console.error('No display and no xvfb-run: install xvfb (apt-get install xvfb) or run with a DISPLAY.');
      return 1;
    }
    // -a: a free server number; the screen is big enough for the 1280×820 window.
    return run('xvfb-run', ['-a', '--server-args=-screen 0 1920x1080x24', process.execPath, ...process.execArgv, __filename, ...process.argv.slice(2)], {
      ...process.env,
      KLANTPROFIELEN_UNDER_XVFB: '1',
    });
  }

  if (!process.env['KLANTPROFIELEN_SKIP_BUILD']) {
    const built = run(process.execPath, [path.join(REPO_ROOT, 'node_modules', 'electron-vite', 'bin', 'electron-vite.js'), 'build']);
    if (built !== 0) return built;
  }

  const vitest = path.join(REPO_ROOT, 'node_modules', 'vitest', 'vitest.mjs');
  return run(process.execPath, [vitest, 'run', '--config', path.join('tests', 'electron', 'vitest.config.ts'), ...process.argv.slice(2)], {
    ...process.env,
    KLANTPROFIELEN_ELECTRON_BINARY: binary.path,
  });
}

process.exitCode = main();
