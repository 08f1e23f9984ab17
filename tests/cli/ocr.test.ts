// The CLI's --ocr option: parsed with Dutch messages, and passed on to the workers.
import { spawn } from 'node:child_process';
import { mkdtemp, readFile, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { parseCliArgs } from '../../src/cli/args';
import { USAGE, UsageError } from '../../src/cli/usage';

const root = path.resolve(__dirname, '../..');
const scan = path.join(root, 'tests/fixtures/scans/p4_300dpi_2020q3_twente.pdf');

const tempDirs: string[] = [];
afterAll(async () => {
  await Promise.all(tempDirs.map((dir) => rm(dir, { recursive: true, force: true })));
});

/** Runs the CLI; `onStderr` sees the error output so far and may signal the process. */
function runCli(args: string[], onStderr?: (stderr: string, signal: (name: NodeJS.Signals) => void) => void): Promise<{ code: number | null; stderr: string }> {
  return new Promise((resolve, reject) => {
    const child = spawn(path.join(root, 'node_modules/.bin/tsx'), ['src/cli/main.ts', ...args], { cwd: root, stdio: ['ignore', 'ignore', 'pipe'] });
    let stderr = '';
    child.stderr.on('data', (chunk: Buffer) => {
      stderr += chunk.toString('utf8');
      onStderr?.(stderr, (name) => child.kill(name));
    });
    child.on('error', reject);
    child.on('close', (code) => resolve({ code, stderr }));
  });
}

describe('cli --ocr', () => {
  it('defaults to auto and accepts auto, always and never in either spelling', () => {
    const base = ['extract', 'a.pdf', '--json', 'uit.json'];
    expect(parseCliArgs(base)).toMatchObject({ ocr: 'auto' });
    expect(parseCliArgs([...base, '--ocr', 'never'])).toMatchObject({ ocr: 'never' });
    expect(parseCliArgs([...base, '--ocr=ALWAYS'])).toMatchObject({ ocr: 'always' });
  });

  it('refuses anything else with a Dutch message', () => {
    expect(() => parseCliArgs(['extract', 'a.pdf', '--json', 'uit.json', '--ocr', 'ja'])).toThrow(UsageError);
    expect(() => parseCliArgs(['extract', 'a.pdf', '--json', 'uit.json', '--ocr', 'ja'])).toThrow('--ocr verwacht auto, always, never, niet "ja".');
    expect(() => parseCliArgs(['extract', 'a.pdf', '--json', 'uit.json', '--ocr'])).toThrow('Optie --ocr heeft een waarde nodig.');
    expect(USAGE).toContain('--ocr auto|always|never');
  });

  it('--ocr never leaves a scan unread: exit 1 with the needs-ocr error in the JSON', async () => {
    const dir = await mkdtemp(path.join(os.tmpdir(), 'klantprofielen-cli-ocr-'));
    tempDirs.push(dir);
    const jsonPath = path.join(dir, 'uit.json');
    const run = await runCli(['extract', scan, '--json', jsonPath, '--ocr', 'never']);
    expect(run.code, run.stderr).toBe(1);
    const result = JSON.parse(await readFile(jsonPath, 'utf8')) as { documents: { error?: { code: string } }[] };
    expect(result.documents[0]!.error?.code).toBe('needs-ocr');
    expect(run.stderr).toContain('tekstherkenning (OCR) is nodig');
  });

  it('says which page of which scan is being recognised', async () => {
    const dir = await mkdtemp(path.join(os.tmpdir(), 'klantprofielen-cli-ocr-'));
    tempDirs.push(dir);
    const run = await runCli(['extract', scan, '--json', path.join(dir, 'uit.json')]);
    expect(run.code, run.stderr).toBe(0);
    const lines = run.stderr.trimEnd().split('\n');
    const ocrLine = lines.indexOf('      tekstherkenning (OCR): p4_300dpi_2020q3_twente.pdf, pagina 1 van 1…');
    expect(ocrLine, run.stderr).toBeGreaterThanOrEqual(0);
    expect(lines[ocrLine + 1]).toMatch(/^\[1\/1\] p4_300dpi_2020q3_twente\.pdf: 1 tabel/);
  });

  it('stops on Ctrl+C during OCR: workers stopped, nothing written, exit 130', async () => {
    const dir = await mkdtemp(path.join(os.tmpdir(), 'klantprofielen-cli-ocr-'));
    tempDirs.push(dir);
    const jsonPath = path.join(dir, 'uit.json');
    let interrupted = false;
    const run = await runCli(
      ['extract', scan, scan.replace('300dpi_2020q3_twente', '200dpi_2017q4_noord-holland-noord'), '--json', jsonPath],
      (stderr, signal) => {
        if (!interrupted && stderr.includes('tekstherkenning (OCR)')) {
          interrupted = true;
          signal('SIGINT');
        }
      },
    );
    expect(interrupted).toBe(true);
    expect(run.code, run.stderr).toBe(130);
    expect(run.stderr.trimEnd().split('\n').at(-1)).toBe('Afgebroken (Ctrl+C): er is niets geschreven.');
    expect(run.stderr).not.toMatch(/\[\d\/2\]/); // no file reported as read
    await expect(readFile(jsonPath, 'utf8')).rejects.toMatchObject({ code: 'ENOENT' });
  });
});
