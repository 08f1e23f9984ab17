// Inputs that are not plain PDF files: a FIFO, a link to /dev/zero, a file over the size
// limit, a missing file, a link loop, links inside a folder. Each is that file's Dutch error
// (or a said skip) while the good file is read, and the run always ends.
import { execFileSync } from 'node:child_process';
import { copyFile, mkdir, symlink, truncate, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { goodPdf, readJson, removeTempDirs, runCli, tempDir, type JsonResult } from './runCli';

afterAll(removeTempDirs);

const DUTCH = /\b(het|de|een|is|niet|geen|kan|bevat|werd|duurde)\b/;

function byName(result: JsonResult, name: string) {
  const doc = result.documents.find((candidate) => candidate.file === name);
  if (!doc) throw new Error(`${name} not in ${result.documents.map((d) => d.file).join(', ')}`);
  return doc;
}

describe('cli extract: files that are not regular files', () => {
  it('answers a FIFO named x.pdf and a link to /dev/zero with their own errors, reads the good file, and ends', async () => {
    const dir = await tempDir();
    const fifo = path.join(dir, 'x.pdf');
    execFileSync('mkfifo', [fifo]); // coreutils; nothing ever writes into it
    const zero = path.join(dir, 'nul.pdf');
    await symlink('/dev/zero', zero);
    const jsonPath = path.join(dir, 'uit.json');

    // A generous bound: before the fix the FIFO never ended and /dev/zero grew without limit.
    const run = await runCli(['extract', fifo, zero, goodPdf, '--json', jsonPath, '--timeout', '20'], 45_000);

    expect(run.killed, run.stderr).toBe(false);
    expect(run.code, run.stderr).toBe(1);
    const result = await readJson(jsonPath);
    expect(result.documents.map((doc) => doc.file)).toEqual(['x.pdf', 'nul.pdf', 'p1_2017q4_groningen.pdf']);
    expect(byName(result, 'p1_2017q4_groningen.pdf').error).toBeUndefined();
    expect(byName(result, 'p1_2017q4_groningen.pdf').tables).toHaveLength(1);
    for (const name of ['x.pdf', 'nul.pdf']) {
      const error = byName(result, name).error;
      expect(error?.code).toBe('read-failed');
      expect(error?.message).toContain(name);
      expect(error?.message).toMatch(DUTCH);
      expect(error?.message).toMatch(/geen gewoon bestand/);
    }
    expect(run.stderr).toMatch(/FOUT: x\.pdf: .*geen gewoon bestand/);
  }, 90_000);

  it('refuses a file over the size limit without reading it into memory', async () => {
    const dir = await tempDir();
    const big = path.join(dir, 'groot.pdf');
    await writeFile(big, '%PDF-1.7\n');
    await truncate(big, 101 * 1024 * 1024); // sparse: no disk used
    const jsonPath = path.join(dir, 'uit.json');

    const run = await runCli(['extract', big, goodPdf, '--json', jsonPath]);

    expect(run.code, run.stderr).toBe(1);
    const result = await readJson(jsonPath);
    expect(byName(result, 'groot.pdf').error?.message).toBe('groot.pdf: het bestand is groter dan 100 MB en wordt niet gelezen.');
    expect(byName(result, 'p1_2017q4_groningen.pdf').error).toBeUndefined();
  });
});

describe('cli extract: missing files and link loops', () => {
  it('makes a missing file and a link loop their own errors, exit 1, and reads the others', async () => {
    const dir = await tempDir();
    const missing = path.join(dir, 'bestaat-niet.pdf');
    const loopA = path.join(dir, 'kring-a.pdf');
    const loopB = path.join(dir, 'kring-b.pdf');
    await symlink(loopB, loopA);
    await symlink(loopA, loopB);
    const jsonPath = path.join(dir, 'uit.json');

    const run = await runCli(['extract', missing, loopA, goodPdf, '--json', jsonPath]);

    expect(run.code, run.stderr).toBe(1);
    expect(run.stderr).not.toContain('Gebruik:');
    const result = await readJson(jsonPath);
    expect(result.documents.map((doc) => doc.file)).toEqual(['bestaat-niet.pdf', 'kring-a.pdf', 'p1_2017q4_groningen.pdf']);
    expect(byName(result, 'bestaat-niet.pdf').error).toEqual({
      code: 'read-failed',
      message: 'bestaat-niet.pdf: het bestand bestaat niet.',
    });
    expect(byName(result, 'kring-a.pdf').error).toEqual({
      code: 'read-failed',
      message: 'kring-a.pdf: de koppeling verwijst in een kring naar zichzelf en leidt niet naar een bestand.',
    });
    expect(byName(result, 'p1_2017q4_groningen.pdf').tables).toHaveLength(1);
    expect(run.stderr.trim().split('\n').at(-1)).toMatch(/^Klaar: 3 bestanden, 1 tabel, 0 meldingen, 2 fouten\./);
  });
});

describe('cli extract: links inside a folder', () => {
  it('follows links to PDFs once each, never loops, and says what it skipped', async () => {
    const dir = await tempDir();
    const elsewhere = path.join(dir, 'elders');
    const input = path.join(dir, 'invoer');
    await mkdir(elsewhere);
    await mkdir(path.join(input, 'sub'), { recursive: true });
    await copyFile(goodPdf, path.join(elsewhere, 'echt.pdf'));
    await symlink(path.join(elsewhere, 'echt.pdf'), path.join(input, 'koppeling.pdf'));
    // The same PDF a second time through another link: read once.
    await symlink(path.join(elsewhere, 'echt.pdf'), path.join(input, 'sub', 'nogmaals.pdf'));
    // A link to a folder with a PDF is followed; a link back up would loop and is not.
    await symlink(elsewhere, path.join(input, 'map-koppeling'));
    await symlink(input, path.join(input, 'sub', 'terug'));
    await symlink(path.join(dir, 'weg.pdf'), path.join(input, 'kapot.pdf'));
    execFileSync('mkfifo', [path.join(input, 'sub', 'pijp.pdf')]);
    const jsonPath = path.join(dir, 'uit.json');

    const run = await runCli(['extract', input, '--json', jsonPath]);

    expect(run.code, run.stderr).toBe(0);
    const result = await readJson(jsonPath);
    expect(result.documents.map((doc) => doc.file)).toEqual(['koppeling.pdf']);
    expect(byName(result, 'koppeling.pdf').tables).toHaveLength(1);
    const skipped = (file: string, why: string) => `let op: ${path.join(input, file)} overgeslagen: ${why}.`;
    expect(run.stderr).toContain(skipped('kapot.pdf', 'de koppeling leidt naar een bestand dat niet bestaat'));
    expect(run.stderr).toContain(skipped('map-koppeling/echt.pdf', `hetzelfde bestand als ${path.join(input, 'koppeling.pdf')}`));
    expect(run.stderr).toContain(skipped('sub/nogmaals.pdf', `hetzelfde bestand als ${path.join(input, 'koppeling.pdf')}`));
    expect(run.stderr).toContain(skipped('sub/terug', 'de koppeling leidt naar een map die al wordt doorzocht'));
    // A FIFO in a folder is never opened (opening it would wait for a writer forever).
    expect(run.stderr).toContain(skipped('sub/pijp.pdf', 'het is geen gewoon bestand maar een named pipe (FIFO)'));
  });
});
