// Which Chromium the e2e tests drive, looked for in this order: the CHROMIUM_PATH environment
// variable, Debian's chromium package, Playwright's browser cache. When there is none, Debian's
// chromium is installed here where apt-get can be used (one line says so); otherwise the run
// stops with one line naming the command to run. The e2e tests never skip.
import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, readdirSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';

const DEBIAN_CHROMIUM = '/usr/bin/chromium';
const INSTALL_COMMAND = 'sudo apt-get install chromium';
/** Test files run in parallel workers: one installs, the others wait for it. */
const INSTALL_LOCK = path.join(os.tmpdir(), 'klantprofielen-chromium-install.lock');
const INSTALL_WAIT_MS = 15 * 60_000;

let found: string | undefined;

export function chromiumPath(): string {
  found ??= lookForChromium() ?? installChromium();
  return found;
}

export function lookForChromium(): string | null {
  const fromEnvironment = process.env.CHROMIUM_PATH;
  if (fromEnvironment) {
    if (!existsSync(fromEnvironment)) throw new Error(`CHROMIUM_PATH=${fromEnvironment} does not exist: point it at a Chromium binary or unset it.`);
    return fromEnvironment;
  }
  if (existsSync(DEBIAN_CHROMIUM)) return DEBIAN_CHROMIUM;
  return playwrightChromium();
}

/** The newest Chromium in Playwright's cache (PLAYWRIGHT_BROWSERS_PATH or ~/.cache/ms-playwright). */
function playwrightChromium(): string | null {
  const cache = process.env.PLAYWRIGHT_BROWSERS_PATH || path.join(os.homedir(), '.cache', 'ms-playwright');
  if (!existsSync(cache)) return null;
  const builds = readdirSync(cache)
    .filter((name) => /^chromium-\d+$/.test(name))
    .sort((a, b) => Number(b.slice(9)) - Number(a.slice(9)));
  for (const build of builds) {
    for (const binary of ['chrome-linux64/chrome', 'chrome-linux/chrome']) {
      const candidate = path.join(cache, build, binary);
      if (existsSync(candidate)) return candidate;
    }
  }
  return null;
}

function installChromium(): string {
  if (!canUseAptGet()) {
    throw new Error(`No Chromium for the e2e tests: run \`${INSTALL_COMMAND}\` or set CHROMIUM_PATH to a Chromium binary.`);
  }
  if (takeLock()) {
    try {
      console.warn("No Chromium found: installing Debian's chromium for the e2e tests (apt-get install chromium).");
      const sudo = process.getuid?.() === 0 ? [] : ['sudo', '-n'];
      const run = (args: string[]) =>
        execFileSync(sudo[0] ?? args[0]!, [...sudo.slice(1), ...(sudo.length ? args : args.slice(1))], {
          stdio: ['ignore', 'ignore', 'inherit'],
          env: { ...process.env, DEBIAN_FRONTEND: 'noninteractive' },
        });
      run(['apt-get', 'update', '-q']);
      run(['apt-get', 'install', '-y', '-q', '--no-install-recommends', 'chromium']);
    } finally {
      rmSync(INSTALL_LOCK, { recursive: true, force: true });
    }
  } else {
    waitForLock();
  }
  if (!existsSync(DEBIAN_CHROMIUM)) throw new Error(`Installing chromium failed: run \`${INSTALL_COMMAND}\` by hand.`);
  return DEBIAN_CHROMIUM;
}

function canUseAptGet(): boolean {
  try {
    execFileSync('apt-get', ['--version'], { stdio: 'ignore' });
    if (process.getuid?.() === 0) return true;
    execFileSync('sudo', ['-n', 'true'], { stdio: 'ignore' });
    return true;
  } catch {
    return false;
  }
}

function takeLock(): boolean {
  try {
    mkdirSync(INSTALL_LOCK);
    return true;
  } catch {
    return false;
  }
}

function waitForLock(): void {
  const until = Date.now() + INSTALL_WAIT_MS;
  while (existsSync(INSTALL_LOCK) && Date.now() < until) {
    execFileSync('sleep', ['1']);
  }
}
