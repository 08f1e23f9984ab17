// Runs the real command line (src/cli/main.ts under tsx) in a child process, for the CLI tests.
// A run that does not end within `limitMs` is killed and reported as such, so a hang fails
// the test instead of stalling the suite.
import { spawn } from 'node:child_process';
import { mkdtemp, readFile, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { FIXTURES_DIR } from '../helpers/fixtures';

export const root = path.resolve(__dirname, '../..');
export const goodPdf = path.join(FIXTURES_DIR, 'text/p1_2017q4_groningen.pdf');

export interface CliRun {
  code: number | null;
  stdout: string;
  stderr: string;
  /** True when the run was killed after `limitMs`. */
  killed: boolean;
  elapsedMs: number;
}

export function runCli(args: string[], limitMs = 30_000): Promise<CliRun> {
  return new Promise((resolve, reject) => {
    const started = Date.now();
    // Node itself with tsx's loader, not the tsx launcher: a kill must reach the CLI process,
    // not leave it running as an orphan.
    const child = spawn(process.execPath, ['--import', 'tsx', 'src/cli/main.ts', ...args], {
      cwd: root,
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let stdout = '';
    let stderr = '';
    let killed = false;
    const timer = setTimeout(() => {
      killed = true;
      child.kill('SIGKILL');
    }, limitMs);
    child.stdout.on('data', (chunk: Buffer) => (stdout += chunk.toString('utf8')));
    child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString('utf8')));
    child.on('error', reject);
    child.on('close', (code) => {
      clearTimeout(timer);
      resolve({ code, stdout, stderr, killed, elapsedMs: Date.now() - started });
    });
  });
}

/** Temporary folders, removed by `removeTempDirs()` in afterAll. */
const dirs: string[] = [];
export async function tempDir(): Promise<string> {
  const dir = await mkdtemp(path.join(os.tmpdir(), 'klantprofielen-cli-'));
  dirs.push(dir);
  return dir;
}
export async function removeTempDirs(): Promise<void> {
  await Promise.all(dirs.splice(0).map((dir) => rm(dir, { recursive: true, force: true })));
}

export interface JsonDocument {
  file: string;
  pageCount: number;
  tables: { region: string; rows: { name: string; counts: number[]; total: number }[]; flags: unknown[] }[];
  error?: { code: string; message: string };
  sha256?: string;
}
export interface JsonResult {
  schema: string;
  documents: JsonDocument[];
}

export async function readJson<T = JsonResult>(file: string): Promise<T> {
  return JSON.parse(await readFile(file, 'utf8')) as T;
}
