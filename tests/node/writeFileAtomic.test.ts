import { spawn, spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { chmod, mkdir, mkdtemp, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
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
    await expect(writeFileAtomic(target, bytes('x'))).rejects.toThrow("Kon 'x.xlsx' niet opslaan: de map bestaat niet (ENOENT)");
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
    await expect(writeFileAtomic(target, bytes('nieuwe inhoud'))).rejects.toThrow(/niet opslaan: de bestandsnaam of het pad is te lang \(ENAMETOOLONG\)$/);
    expect(await readFile(target, 'utf8')).toBe('oude inhoud');
    expect(await temporaryFiles(folder)).toEqual([]);
  });
});

describe('writeFileAtomic after a writer was killed', () => {
  const root = resolve(__dirname, '../..');

  it('removes the temporary files a SIGKILLed writer left, on the next write to the same target', async () => {
    const target = join(folder, 'out.json');
    // A writer that saves 32 MB over and over; it is killed while a temporary file exists.
    const script = join(folder, 'writer.mts');
    await writeFile(
      script,
      `import { writeFileAtomic } from ${JSON.stringify(join(root, 'src/node/writeFileAtomic.ts'))};\n` +
        `const bytes = new Uint8Array(32 * 1024 * 1024).fill(32);\n` +
        `for (;;) await writeFileAtomic(${JSON.stringify(target)}, bytes);\n`,
    );
    for (let kill = 0; kill < 3; kill++) {
      // One process (no tsx launcher in between), so SIGKILL hits the writer itself.
      const writer = spawn(process.execPath, ['--import', 'tsx', script], { cwd: root, stdio: 'ignore' });
      const exited = new Promise((done) => writer.on('exit', done));
      while ((await readdir(folder)).every((name) => !name.startsWith('out.json.'))) {
        await new Promise((done) => setTimeout(done, 5));
      }
      writer.kill('SIGKILL');
      await exited;
    }
    // Not every kill lands inside a write, but a temporary file existed at each kill.
    expect((await temporaryFiles(folder)).length).toBeGreaterThan(0);

    await writeFileAtomic(target, bytes('{}'));

    expect(await temporaryFiles(folder)).toEqual([]);
    expect(await readFile(target, 'utf8')).toBe('{}');
  }, 60_000);

  it('removes only stale temporary files of its own naming for that target', async () => {
    const target = join(folder, 'out.json');
    const dead = spawnSync(process.execPath, ['-e', '']).pid!; // finished: its pid is free
    const stale = [`out.json.${dead.toString(16)}-0123456789ab.tmp`, 'out.json.0123456789ab.tmp'];
    const kept = [
      // A writer that is still running (this test's own parent process).
      `out.json.${process.ppid.toString(16)}-0123456789ab.tmp`,
      // Other names: not ours, or another target's.
      'out.json.notities.tmp',
      'out.json.abc.tmp',
      `ander.json.${dead.toString(16)}-0123456789ab.tmp`,
      'out.json.0123456789ab.tmp.bak',
    ];
    for (const name of [...stale, ...kept]) await writeFile(join(folder, name), 'x');

    await writeFileAtomic(target, bytes('{}'));

    expect((await readdir(folder)).sort()).toEqual(['out.json', ...kept].sort());
  });

  it('never removes the temporary file of a write still under way in the same process', async () => {
    const target = join(folder, 'out.json');
    const big = new Uint8Array(4 * 1024 * 1024).fill(65);
    const writes = Array.from({ length: 12 }, () => writeFileAtomic(target, big));
    await expect(Promise.all(writes)).resolves.toHaveLength(12);
    expect(await readdir(folder)).toEqual(['out.json']);
  });
});

describe('saveErrorMessage', () => {
  it('explains the system codes a save usually fails with', () => {
    expect(saveErrorMessage('x.xlsx', 'EACCES')).toBe(
      "Kon 'x.xlsx' niet opslaan: het bestand is misschien geopend in Excel of de map is alleen-lezen (EACCES)",
    );
    expect(saveErrorMessage('x.xlsx', 'EBUSY')).toBe("Kon 'x.xlsx' niet opslaan: het bestand is geopend in een ander programma, bijvoorbeeld Excel (EBUSY)");
    expect(saveErrorMessage('x.xlsx', 'ENOSPC')).toBe("Kon 'x.xlsx' niet opslaan: de schijf is vol (ENOSPC)");
    expect(saveErrorMessage('x.xlsx', 'EWHAT')).toBe("Kon 'x.xlsx' niet opslaan: er ging iets mis bij het schrijven (EWHAT)");
    expect(saveErrorMessage('x.xlsx', undefined)).toBe("Kon 'x.xlsx' niet opslaan: er ging iets mis bij het schrijven");
  });
});
