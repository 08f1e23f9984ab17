// Saving without half-written files: the bytes go to a temporary file next to the target and
// only a complete file is renamed over it. If anything fails the old file stays as it was.
// Node-only (fs); the engine stays free of it.
import { randomBytes } from 'node:crypto';
import { open, rename, rm } from 'node:fs/promises';
import { basename } from 'node:path';

/** Writes `bytes` to `target` atomically. Rejects with a Dutch message naming the file. */
export async function writeFileAtomic(target: string, bytes: Uint8Array): Promise<void> {
  // Same folder as the target: a rename across file systems would not be atomic.
  const temporary = `${target}.${randomBytes(6).toString('hex')}.tmp`;
  try {
    const handle = await open(temporary, 'wx');
    try {
      await handle.writeFile(bytes);
      // Flush before the rename, so a crash cannot leave a renamed but empty file.
      await handle.sync();
    } finally {
      await handle.close();
    }
    await rename(temporary, target);
  } catch (error) {
    await rm(temporary, { force: true }).catch(() => undefined);
    const code = errorCode(error);
    const failure = new Error(saveErrorMessage(basename(target), code), { cause: error });
    throw Object.assign(failure, { code });
  }
}

/** Dutch explanation of why saving `fileName` failed, with the system code at the end. */
export function saveErrorMessage(fileName: string, code: string | undefined): string {
  const reason = (code && reasons[code]) ?? 'er ging iets mis bij het schrijven';
  return `Kon '${fileName}' niet opslaan: ${reason}${code ? ` (${code})` : ''}`;
}

const reasons: Readonly<Record<string, string>> = {
  // Windows reports a file open in Excel as EBUSY or EPERM; elsewhere it is usually rights.
  EACCES: 'het bestand is misschien geopend in Excel of de map is alleen-lezen',
  EPERM: 'het bestand is misschien geopend in Excel of de map is alleen-lezen',
  EBUSY: 'het bestand is geopend in een ander programma, bijvoorbeeld Excel',
  EROFS: 'de schijf of map is alleen-lezen',
  ENOENT: 'de map bestaat niet',
  ENOTDIR: 'de map bestaat niet',
  EISDIR: 'er staat al een map met die naam',
  ENOTEMPTY: 'er staat al een map met die naam',
  ENOSPC: 'de schijf is vol',
  EDQUOT: 'de schijf is vol',
  ENAMETOOLONG: 'de bestandsnaam of het pad is te lang',
};

function errorCode(error: unknown): string | undefined {
  if (typeof error === 'object' && error !== null && 'code' in error && typeof error.code === 'string') {
    return error.code;
  }
  return undefined;
}
