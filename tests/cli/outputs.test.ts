// Where the CLI writes: never over an input or over its other output (usage error before
// anything is read), and a summary that says truthfully what was and was not written.
import { copyFile, link, mkdir, readFile, stat, symlink, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { goodPdf, removeTempDirs, runCli, tempDir } from './runCli';

afterAll(removeTempDirs);

describe('cli extract: an output may not overwrite an input or the other output', () => {
  it.for([
    ['--json is the input', (pdf: string) => ['extract', pdf, '--json', pdf], (pdf: string) => `De uitvoer --json zou invoerbestand '${pdf}' overschrijven.`],
    [
      '--xlsx is the input',
      (pdf: string, dir: string) => ['extract', pdf, '--json', path.join(dir, 'o.json'), '--xlsx', pdf],
      (pdf: string) => `De uitvoer --xlsx zou invoerbestand '${pdf}' overschrijven.`,
    ],
    [
      '--json is the input spelled differently',
      (pdf: string, dir: string) => ['extract', pdf, '--json', path.join(dir, '.', 'sub', '..', 'in.pdf')],
      (pdf: string) => `De uitvoer --json zou invoerbestand '${pdf}' overschrijven.`,
    ],
    [
      '--json is a link to the input',
      (pdf: string, dir: string) => ['extract', pdf, '--json', path.join(dir, 'koppeling.json')],
      (pdf: string) => `De uitvoer --json zou invoerbestand '${pdf}' overschrijven.`,
    ],
    [
      '--json is a hard link to the input',
      (pdf: string, dir: string) => ['extract', pdf, '--json', path.join(dir, 'hard.json')],
      (pdf: string) => `De uitvoer --json zou invoerbestand '${pdf}' overschrijven.`,
    ],
    [
      '--json is a PDF found in an input folder',
      (_pdf: string, dir: string) => ['extract', dir, '--json', path.join(dir, 'in.pdf')],
      (pdf: string) => `De uitvoer --json zou invoerbestand '${pdf}' overschrijven.`,
    ],
    [
      '--json and --xlsx are the same file',
      (pdf: string, dir: string) => ['extract', pdf, '--json', path.join(dir, 'x'), '--xlsx', path.join(dir, 'x')],
      (_pdf: string, dir: string) => `--json en --xlsx noemen hetzelfde bestand ('${path.join(dir, 'x')}'): de werkmap zou de JSON overschrijven.`,
    ],
  ] as const)('refuses when %s: exit 2, the input untouched', async ([, args, message]) => {
    const dir = await tempDir();
    const pdf = path.join(dir, 'in.pdf');
    await copyFile(goodPdf, pdf);
    await mkdir(path.join(dir, 'sub'));
    await symlink(pdf, path.join(dir, 'koppeling.json'));
    await link(pdf, path.join(dir, 'hard.json'));
    const before = await readFile(pdf);

    const run = await runCli(args(pdf, dir));

    expect(run.code, run.stderr).toBe(2);
    expect(run.stderr).toContain(message(pdf, dir));
    expect(run.stderr).toContain('Gebruik: npm run cli -- extract');
    expect((await readFile(pdf)).equals(before)).toBe(true);
    await expect(stat(path.join(dir, 'x'))).rejects.toThrow();
    await expect(stat(path.join(dir, 'o.json'))).rejects.toThrow();
  });
});

describe('cli extract: the summary after a failed write', () => {
  it('says which output was not written and why, and which was', async () => {
    const dir = await tempDir();
    const jsonPath = path.join(dir, 'uit.json');
    const xlsxPath = path.join(dir, 'uit.xlsx');
    await mkdir(xlsxPath); // a folder where the workbook should go
    await writeFile(path.join(xlsxPath, 'binnen.txt'), 'blijft');

    const run = await runCli(['extract', goodPdf, '--json', jsonPath, '--xlsx', xlsxPath]);

    expect(run.code, run.stderr).toBe(1);
    const last = run.stderr.trim().split('\n').at(-1);
    expect(last).toMatch(
      new RegExp(
        `^Klaar: 1 bestand, 1 tabel, 0 meldingen, 0 fouten\\. Geschreven: ${escape(jsonPath)}\\. Niet geschreven: ${escape(xlsxPath)} \\(er staat al een map met die naam\\)\\.$`,
      ),
    );
    expect(JSON.parse(await readFile(jsonPath, 'utf8')).documents).toHaveLength(1);
  });

  it('says nothing was written when no output could be', async () => {
    const dir = await tempDir();
    const blocker = path.join(dir, 'bestand');
    await writeFile(blocker, 'geen map');
    const jsonPath = path.join(blocker, 'uit.json'); // a folder that is a file

    const run = await runCli(['extract', goodPdf, '--json', jsonPath]);

    expect(run.code, run.stderr).toBe(1);
    expect(run.stderr).toMatch(/FOUT: Kon 'uit\.json' niet opslaan: een deel van het pad is een bestand in plaats van een map \((EEXIST|ENOTDIR)\)/);
    expect(run.stderr).not.toMatch(/Geschreven:/);
    expect(run.stderr.trim().split('\n').at(-1)).toBe(
      `Klaar: 1 bestand, 1 tabel, 0 meldingen, 0 fouten. Niets geschreven: ${jsonPath} (een deel van het pad is een bestand in plaats van een map).`,
    );
  });
});

function escape(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}
