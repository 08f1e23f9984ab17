// OCR never reaches the network and leaves no files behind: the real CLI reads a scan in a
// child process whose every thread (main, extract worker, tesseract.js worker) loads a
// preload that logs and refuses DNS, TCP/TLS, http(s) and fetch.
import { spawn } from 'node:child_process';
import { mkdtemp, readdir, readFile, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';

const root = path.resolve(__dirname, '../..');
const preload = path.join(__dirname, 'ocrBlockNetwork.cjs');
const scan = path.join(root, 'tests/fixtures/scans/p4_200dpi_2017q4_noord-holland-noord.pdf');

const tempDirs: string[] = [];
afterAll(async () => {
  await Promise.all(tempDirs.map((dir) => rm(dir, { recursive: true, force: true })));
});

function run(command: string, args: string[], cwd: string, logFile: string): Promise<{ code: number | null; stderr: string }> {
  return new Promise((resolve, reject) => {
    const child = spawn(command, args, {
      cwd,
      env: { ...process.env, NODE_OPTIONS: `--require ${preload}`, NETWORK_LOG: logFile },
      stdio: ['ignore', 'ignore', 'pipe'],
    });
    let stderr = '';
    child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString('utf8')));
    child.on('error', reject);
    child.on('close', (code) => resolve({ code, stderr }));
  });
}

async function logLines(file: string): Promise<string[]> {
  return (await readFile(file, 'utf8')).split('\n').filter(Boolean);
}

describe('OCR offline', () => {
  it('the preload catches a request when one is made (the trap works)', async () => {
    const dir = await mkdtemp(path.join(os.tmpdir(), 'klantprofielen-net-'));
    tempDirs.push(dir);
    const logFile = path.join(dir, 'network.log');
    await run(process.execPath, ['-e', "fetch('http://example.invalid/eng.traineddata').catch(() => {})"], dir, logFile);
    expect(await logLines(logFile)).toContain('attempt 0 fetch http://example.invalid/eng.traineddata');
  });

  it('reads a scan with the CLI without any network request and writes nothing else', async () => {
    const dir = await mkdtemp(path.join(os.tmpdir(), 'klantprofielen-net-'));
    tempDirs.push(dir);
    const logFile = path.join(dir, 'network.log');
    const jsonPath = path.join(dir, 'uit.json');
    const cli = await run(path.join(root, 'node_modules/.bin/tsx'), [path.join(root, 'src/cli/main.ts'), 'extract', scan, '--json', jsonPath], dir, logFile);

    expect(cli.code, cli.stderr).toBe(0);
    const result = JSON.parse(await readFile(jsonPath, 'utf8')) as { documents: { tables: { source: string; region: string }[] }[] };
    expect(result.documents[0]!.tables.map((t) => [t.source, t.region])).toEqual([['ocr', 'Noord-Holland Noord']]);

    const lines = await logLines(logFile);
    expect(lines.filter((line) => line.startsWith('attempt'))).toEqual([]);
    // The CLI's main thread, its extract worker and the tesseract.js worker inside it all ran
    // with the trap (thread ids are per process; tsx may start more than one process).
    expect(lines.filter((line) => line.startsWith('loaded')).length).toBeGreaterThanOrEqual(3);
    expect(lines.some((line) => /^loaded [1-9]/.test(line))).toBe(true);
    // cacheMethod 'none': no eng.traineddata in the working directory.
    expect((await readdir(dir)).sort()).toEqual(['network.log', 'uit.json']);
  }, 180_000);
});
