// The real command line over compression bombs, huge declared images, a FIFO, a link to
// /dev/zero and one good file, with a
// lower memory limit per worker (KLANTPROFIELEN_WORKER_MEMORY_MB): every bomb gets its Dutch
// error, the good file is read, the run ends well within the time limit, and the CLI process's
// peak resident memory (VmHWM, Linux) stays under the 1.5 GB goal. Before the limits one such
// bomb took the process to 2.5–4.3 GB.
import { execFileSync, spawn } from 'node:child_process';
import { mkdtemp, readFile, rm, symlink, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { contentStreamBomb, hugeImagePdf, toUnicodeBomb } from '../helpers/bombs';

const root = path.resolve(__dirname, '../..');
const goodPdf = path.join(root, 'tests/fixtures/text/p1_2017q4_groningen.pdf');
const MB = 1024 * 1024;
const GOAL_MB = 1536;

/** VmHWM of a process in MB (its peak resident memory so far), or 0 when it is gone. */
async function peakMb(pid: number): Promise<number> {
  const status = await readFile(`/proc/${pid}/status`, 'utf8').catch(() => '');
  const kb = Number(/VmHWM:\s+(\d+)/.exec(status)?.[1] ?? 0);
  return kb / 1024;
}

interface Run {
  code: number | null;
  stderr: string;
  peakMb: number;
  elapsedMs: number;
}

function runCli(args: string[], env: Record<string, string>, limitMs: number): Promise<Run> {
  return new Promise((resolve, reject) => {
    const started = Date.now();
    const child = spawn(process.execPath, ['--import', 'tsx', 'src/cli/main.ts', ...args], {
      cwd: root,
      env: { ...process.env, ...env },
      stdio: ['ignore', 'ignore', 'pipe'],
    });
    let stderr = '';
    let peak = 0;
    child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString('utf8')));
    // Sampled until the end: VmHWM only grows, so the last sample is the run's peak.
    const sampler = setInterval(() => void peakMb(child.pid!).then((mb) => (peak = Math.max(peak, mb))), 100);
    const killer = setTimeout(() => child.kill('SIGKILL'), limitMs);
    child.on('error', reject);
    child.on('exit', (code) => {
      clearInterval(sampler);
      clearTimeout(killer);
      resolve({ code, stderr, peakMb: peak, elapsedMs: Date.now() - started });
    });
  });
}

let dir = '';
afterAll(async () => {
  if (dir) await rm(dir, { recursive: true, force: true });
});

describe.runIf(process.platform === 'linux')('cli extract over memory bombs', () => {
  it('gives every bomb its Dutch error, reads the good file and stays under 1.5 GB', async () => {
    dir = await mkdtemp(path.join(os.tmpdir(), 'klantprofielen-bombs-'));
    const bombs: Record<string, Uint8Array> = {
      'inhoud.pdf': await contentStreamBomb(1024 * MB),
      'tounicode.pdf': await toUnicodeBomb(1024 * MB),
      'tekst.pdf': await contentStreamBomb(512 * MB, true),
      'beeld-20000.pdf': await hugeImagePdf(20_000, 20_000, true),
      'beeld-1e6.pdf': await hugeImagePdf(1_000_000, 1_000_000, false),
    };
    for (const [name, bytes] of Object.entries(bombs)) await writeFile(path.join(dir, name), bytes);
    // In the same run: a FIFO that never gets a writer and a link to the endless /dev/zero.
    execFileSync('mkfifo', [path.join(dir, 'pijp.pdf')]);
    await symlink('/dev/zero', path.join(dir, 'nullen.pdf'));
    const json = path.join(dir, 'uit.json');
    const files = [...Object.keys(bombs), 'pijp.pdf', 'nullen.pdf'].map((name) => path.join(dir, name)).concat(goodPdf);

    const run = await runCli(['extract', ...files, '--json', json], { KLANTPROFIELEN_WORKER_MEMORY_MB: '256' }, 120_000);
    expect(run.code, run.stderr).toBe(1);
    const result = JSON.parse(await readFile(json, 'utf8')) as { documents: { file: string; tables: { region: string }[]; error?: { message: string } }[] };
    const byName = new Map(result.documents.map((doc) => [doc.file, doc]));
    const memory = (name: string) => `${name}: het lezen is afgebroken omdat het bestand meer geheugen vraagt dan de grens van 256 MB per bestand`;
    for (const name of ['inhoud.pdf', 'tounicode.pdf', 'tekst.pdf']) expect(byName.get(name)?.error?.message).toContain(memory(name));
    expect(byName.get('beeld-20000.pdf')?.error?.message).toContain('20.000 × 20.000 pixels, meer dan de grens van 60 miljoen pixels');
    expect(byName.get('beeld-1e6.pdf')?.error?.message).toContain('1.000.000 × 1.000.000 pixels, meer dan de grens van 60 miljoen pixels');
    expect(byName.get('pijp.pdf')?.error?.message).toContain('het is geen gewoon bestand maar een named pipe (FIFO)');
    expect(byName.get('nullen.pdf')?.error?.message).toContain('het is geen gewoon bestand maar een apparaat (zoals /dev/zero)');
    const good = byName.get(path.basename(goodPdf));
    expect(good?.error).toBeUndefined();
    expect(good?.tables[0]?.region).toBe('Groningen');

    expect(run.elapsedMs).toBeLessThan(60_000); // every file well within the per-file time limit
    console.info(`cli over ${files.length} files: peak RSS ${Math.round(run.peakMb)} MB in ${run.elapsedMs} ms`);
    expect(run.peakMb).toBeGreaterThan(0);
    expect(run.peakMb).toBeLessThan(GOAL_MB);
  }, 240_000);
});
