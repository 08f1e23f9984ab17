// Smoke test of a packaged app (CI's packaging job, after electron-builder):
//   tsx tests/electron/packaged.ts [path to the packaged executable]
// Without an argument the executable is looked for in release/<version>/{linux,win,mac}-… .
// The packaged app has its Node inspector fuse off, so _electron.launch (which needs --inspect)
// cannot drive it; Chromium's own --remote-debugging-port still works, and Playwright connects
// to the page over CDP. It starts the app with a fresh data folder and a scan on the command
// line and waits until the scan is read by OCR and its first row matches the fixture's truth.
// Exit code 0 when it did, 1 otherwise (one line saying why).
import { spawn } from 'node:child_process';
import { copyFile, mkdtemp, readdir, readFile, rm } from 'node:fs/promises';
import { existsSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { chromium, type Page } from 'playwright-core';
import { formatNumber } from '../../src/engine/format';
import { APP_ENTRY_URL } from '../../src/main/security';
import { FIXTURES_DIR } from '../e2e/support/fixtures';
import { REPO_ROOT } from './support/electronBinary';

const SCAN = 'scans/p4_300dpi_2020q3_twente.pdf';
const TIMEOUT_MS = 240_000;

async function findPackagedExecutable(): Promise<string> {
  const release = path.join(REPO_ROOT, 'release');
  const versions = existsSync(release) ? await readdir(release) : [];
  for (const version of versions) {
    const base = path.join(release, version);
    const entries = existsSync(base) ? await readdir(base) : [];
    const candidates = [
      path.join(base, 'linux-unpacked', 'klantprofielen'),
      path.join(base, 'linux-unpacked', 'Klantprofielen'),
      path.join(base, 'win-unpacked', 'Klantprofielen.exe'),
      ...entries.filter((entry) => entry.startsWith('mac')).map((entry) => path.join(base, entry, 'Klantprofielen.app', 'Contents', 'MacOS', 'Klantprofielen')),
    ];
    const found = candidates.find((candidate) => existsSync(candidate));
    if (found) return found;
  }
  throw new Error(`no packaged app under ${release} (run electron-builder first, or name the executable)`);
}

async function appPage(wsEndpoint: string): Promise<Page> {
  const browser = await chromium.connectOverCDP(wsEndpoint);
  const until = Date.now() + 60_000;
  for (;;) {
    const page = browser
      .contexts()
      .flatMap((context) => context.pages())
      .find((candidate) => candidate.url() === APP_ENTRY_URL);
    if (page) return page;
    if (Date.now() > until) throw new Error('the app window never showed app://klantprofielen/index.html');
    await new Promise((resolve) => setTimeout(resolve, 250));
  }
}

async function main(): Promise<void> {
  const executable = process.argv[2] ? path.resolve(process.argv[2]) : await findPackagedExecutable();
  const dir = await mkdtemp(path.join(tmpdir(), 'klantprofielen-packaged-'));
  const scan = path.join(dir, path.basename(SCAN));
  await copyFile(path.join(FIXTURES_DIR, SCAN), scan);
  const userData = path.join(dir, 'userData');
  const child = spawn(executable, ['--remote-debugging-port=0', `--user-data-dir=${userData}`, scan], {
    env: { ...process.env, XDG_CONFIG_HOME: userData },
    stdio: ['ignore', 'inherit', 'pipe'],
  });
  try {
    const wsEndpoint = await new Promise<string>((resolve, reject) => {
      let text = '';
      const timer = setTimeout(() => reject(new Error(`no DevTools endpoint within 60 s; stderr: ${text.slice(-500)}`)), 60_000);
      child.stderr.on('data', (chunk: Buffer) => {
        process.stderr.write(chunk);
        text += chunk.toString();
        const match = /DevTools listening on (ws:\/\/\S+)/.exec(text);
        if (match?.[1]) {
          clearTimeout(timer);
          resolve(match[1]);
        }
      });
      child.once('exit', (code) => reject(new Error(`the app exited with code ${code} before it could be driven`)));
    });
    const page = await appPage(wsEndpoint);
    const name = path.basename(scan);
    await page.waitForFunction((file) => [...document.querySelectorAll<HTMLElement>('[data-testid="loaded-file"]')].some((item) => item.title === file), name, {
      timeout: TIMEOUT_MS,
    });

    const truth = JSON.parse(await readFile(path.join(FIXTURES_DIR, SCAN.replace(/\.pdf$/, '.json')), 'utf8')) as {
      documents: { tables: { rows: { name: string; total: number | null }[] }[] }[];
    };
    const first = truth.documents[0]?.tables[0]?.rows[0];
    if (!first || first.total === null) throw new Error(`${SCAN}: no first row with a total in its truth`);
    const shown = await page.evaluate((wanted) => {
      for (const row of document.querySelectorAll('[data-testid="municipality-grid"] .ag-row')) {
        if (row.querySelector('.ag-cell[col-id="name"]')?.textContent?.trim() !== wanted) continue;
        const id = row.getAttribute('row-id');
        const cell = document.querySelector(`[data-testid="municipality-grid"] .ag-row[row-id="${id}"] .ag-cell[col-id="total"]`);
        return cell?.textContent?.trim() ?? null;
      }
      return null;
    }, first.name);
    if (shown !== formatNumber(first.total)) throw new Error(`${first.name}: total shown ${String(shown)}, expected ${formatNumber(first.total)}`);
    console.log(`Packaged app ${executable} read ${name} with OCR: ${first.name} ${shown}.`);
  } finally {
    child.kill();
    await new Promise((resolve) => setTimeout(resolve, 1_000));
    await rm(dir, { recursive: true, force: true }).catch(() => undefined);
  }
}

main().then(
  () => process.exit(0),
  (error: unknown) => {
    console.error(`Packaged-app smoke test failed: ${error instanceof Error ? error.message : String(error)}`);
    process.exit(1);
  },
);
