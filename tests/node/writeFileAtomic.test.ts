import { existsSync } from 'node:fs';
import { chmod, mkdir, mkdtemp, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { saveErrorMessage, writeFileAtomic } from '../../src/node/writeFileAtomic';

let folder: string;

beforeEach(async () => {
  folder = await mkdtemp(join(tmpdir(), 'klantprofielen-atomic-'));
});

afterEach(async () => {
  await chmod(folder, 0o755).catch(() => undefined);
  await rm(folder, { recursive: true, force: true });
});

const bytes = (text: string) => new TextEncoder().encode(text);

async function temporaryFiles(dir: string): Promise<string[]> {
  return (await readdir(dir)).filter((name) => name.endsWith('.tmp'));
}

describe('writeFileAtomic', () => {
  it('writes a new file and leaves no temporary file', async () => {
    const target = join(folder, 'export.xlsx');
    await writeFileAtomic(target, bytes('nieuw'));
    expect(await readFile(target, 'utf8')).toBe('nieuw');
    expect(await readdir(folder)).toEqual(['export.xlsx']);
  });

  it('replaces an existing file', async () => {
    const target = join(folder, 'export.xlsx');
    await writeFile(target, 'oud en langer dan nieuw');
    await writeFileAtomic(target, bytes('nieuw'));
    expect(await readFile(target, 'utf8')).toBe('nieuw');
    expect(await temporaryFiles(folder)).toEqual([]);
  });

  it('fails with a Dutch message when the folder does not exist', async () => {
    const target = join(folder, 'bestaat-niet', 'x.xlsx');
    await expect(writeFileAtomic(target, bytes('x'))).rejects.toThrow(
      "Kon 'x.xlsx' niet opslaan: de map bestaat niet (ENOENT)",
    );
    expect(existsSync(join(folder, 'bestaat-niet'))).toBe(false);
    expect(await readdir(folder)).toEqual([]);
  });

  it('removes the temporary file when the final rename fails, and leaves the target alone', async () => {
    // A non-empty folder where the file should go: the temporary file is written, the rename fails.
    const target = join(folder, 'x.xlsx');
    await mkdir(target);
    await writeFile(join(target, 'binnen.txt'), 'blijft');
    const failure = await writeFileAtomic(target, bytes('x')).catch((error: unknown) => error);
    expect(failure).toBeInstanceOf(Error);
    expect((failure as Error).message).toMatch(/^Kon 'x\.xlsx' niet opslaan: er staat al een map met die naam \((EISDIR|ENOTEMPTY|EEXIST)\)$/);
    expect((failure as Error & { code?: string }).code).toMatch(/^(EISDIR|ENOTEMPTY|EEXIST)$/);
    expect((failure as Error).cause).toBeInstanceOf(Error);
    expect(await readdir(folder)).toEqual(['x.xlsx']);
    expect(await readFile(join(target, 'binnen.txt'), 'utf8')).toBe('blijft');
  });

  it('leaves an existing target unchanged when the temporary file cannot be created', async () => {
    // The target's name fits, the name plus ".<random>.tmp" does not (255 bytes per name).
    const target = join(folder, `${'k'.repeat(245)}.xlsx`);
    await writeFile(target, 'oude inhoud');
    await expect(writeFileAtomic(target, bytes('nieuwe inhoud'))).rejects.toThrow(
      /niet opslaan: de bestandsnaam of het pad is te lang \(ENAMETOOLONG\)$/,
    );
    expect(await readFile(target, 'utf8')).toBe('oude inhoud');
    expect(await temporaryFiles(folder)).toEqual([]);
  });
});

describe('saveErrorMessage', () => {
  it('explains the system codes a save usually fails with', () => {
    expect(saveErrorMessage('x.xlsx', 'EACCES')).toBe(
      "Kon 'x.xlsx' niet opslaan: het bestand is misschien geopend in Excel of de map is alleen-lezen (EACCES)",
    );
    expect(saveErrorMessage('x.xlsx', 'EBUSY')).toBe(
      "Kon 'x.xlsx' niet opslaan: het bestand is geopend in een ander programma, bijvoorbeeld Excel (EBUSY)",
    );
    expect(saveErrorMessage('x.xlsx', 'ENOSPC')).toBe("Kon 'x.xlsx' niet opslaan: de schijf is vol (ENOSPC)");
    expect(saveErrorMessage('x.xlsx', 'EWHAT')).toBe("Kon 'x.xlsx' niet opslaan: er ging iets mis bij het schrijven (EWHAT)");
    expect(saveErrorMessage('x.xlsx', undefined)).toBe("Kon 'x.xlsx' niet opslaan: er ging iets mis bij het schrijven");
  });
});
