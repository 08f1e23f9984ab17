// --timeout must be a time Node's timers can keep: a 32-bit millisecond count overflows at
// 2147484 s and then fires after 1 ms, and a value that rounds to 0 ms is no limit at all.
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { parseCliArgs } from '../../src/cli/args';
import { UsageError } from '../../src/cli/usage';
import { goodPdf, readJson, removeTempDirs, runCli, tempDir } from './runCli';

afterAll(removeTempDirs);

const withTimeout = (value: string) => ['extract', 'a.pdf', '--json', 'o.json', '--timeout', value];
const RANGE = /--timeout verwacht een aantal seconden van 0,001 tot 86\.400/;

describe('--timeout range', () => {
  it.for(['2147484', '2147483.648', '1e10', '86400.5', '1e-9', '0,0004', '0', '-1', 'Infinity', 'NaN'])('refuses %s with a usage error', (value) => {
    expect(() => parseCliArgs(withTimeout(value))).toThrow(UsageError);
    expect(() => parseCliArgs(withTimeout(value))).toThrow(RANGE);
  });

  it.for([
    ['0,001', 1],
    ['2,5', 2500],
    ['60', 60_000],
    ['86400', 86_400_000],
  ] as const)('accepts %s as %i ms', ([value, ms]) => {
    expect(parseCliArgs(withTimeout(value))).toMatchObject({ timeoutMs: ms });
  });

  it('exits 2 on an overflowing --timeout instead of failing every file after 1 ms', async () => {
    const dir = await tempDir();
    const jsonPath = path.join(dir, 'uit.json');
    const run = await runCli(['extract', goodPdf, '--json', jsonPath, '--timeout', '2147484']);
    expect(run.code, run.stderr).toBe(2);
    expect(run.stderr).toMatch(RANGE);
    await expect(readFile(jsonPath)).rejects.toThrow();
  });

  it('reads a file with the largest --timeout', async () => {
    const dir = await tempDir();
    const jsonPath = path.join(dir, 'uit.json');
    const run = await runCli(['extract', goodPdf, '--json', jsonPath, '--timeout', '86400']);
    expect(run.code, run.stderr).toBe(0);
    const result = await readJson(jsonPath);
    expect(result.documents[0]?.error).toBeUndefined();
  });
});
