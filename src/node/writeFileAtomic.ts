// Saving without half-written files: the bytes go to a temporary file next to the target and
// only a complete file is renamed over it. If anything fails the old file stays as it was.
// A writer killed mid-write (SIGKILL, power loss) leaves its temporary file behind; the next
// write to the same target removes such leftovers. Node-only (fs); the engine stays free of it.
import { randomBytes } from 'node:crypto';
import { open, readdir, rename, rm } from 'node:fs/promises';
import { basename, dirname, join, resolve } from 'node:path';

/** Writes `bytes` to `target` atomically. Rejects with a Dutch message naming the file. */
export async function writeFileAtomic(target: string, bytes: Uint8Array): Promise<void> {
  // Same folder as the target: a rename across file systems would not be atomic. The writer's
  // pid in the name tells a later write whether the file is a leftover (see removeStaleTemporaries).
  const temporary = resolve(`${target}.${process.pid.toString(16)}-${randomBytes(6).toString('hex')}.tmp`);
  try {
    await removeStaleTemporaries(target);
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

/** "<target>.<pid hex>-<12 hex>.tmp", and "<target>.<12 hex>.tmp" as written before the pid
 * was part of the name. */
function temporaryPattern(target: string): RegExp {
  const name = basename(target).replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
  return new RegExp(`^${name}\\.(?:([0-9a-f]{1,8})-)?[0-9a-f]{12}\\.tmp$`, 'i');
}

/** Best effort: removes leftovers of earlier writes to `target`. A file is a leftover when the
 * process that wrote it has ended (or it has no pid in its name); a write of a process still
 * running, this one and its worker threads included, is left alone so two writers never break
 * each other's rename. */
async function removeStaleTemporaries(target: string): Promise<void> {
  const folder = dirname(resolve(target));
  const pattern = temporaryPattern(target);
  const names = await readdir(folder).catch(() => [] as string[]);
  for (const name of names) {
    const match = pattern.exec(name);
    if (!match) continue;
    const file = join(folder, name);
    const pid = match[1] === undefined ? undefined : Number.parseInt(match[1], 16);
    if (pid !== undefined && (pid === process.pid || isRunning(pid))) continue;
    await rm(file, { force: true }).catch(() => undefined);
  }
}

function isRunning(pid: number): boolean {
  try {
    process.kill(pid, 0); // signal 0 only checks that the process exists
    return true;
  } catch (error) {
    // EPERM: it exists but belongs to another user.
    return errorCode(error) === 'EPERM';
  }
}

/** Dutch explanation of why saving `fileName` failed, with the system code at the end. */
export function saveErrorMessage(fileName: string, code: string | undefined): string {
  return `Kon '${fileName}' niet opslaan: ${saveErrorReason(code)}${code ? ` (${code})` : ''}`;
}

/** The Dutch reason alone, e.g. "de schijf is vol", for summaries that name the file themselves. */
export function saveErrorReason(code: string | undefined): string {
  return (code && reasons[code]) ?? 'er ging iets mis bij het schrijven';
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
