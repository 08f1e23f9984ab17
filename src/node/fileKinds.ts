// Dutch words for what a path turned out to be when it is not a regular file, and for why a
// path could not be looked at. Shared by the folder search (a skip note) and the reader (the
// file's error).
import type { Stats } from 'node:fs';

/** What fs.Stats and fs.Dirent both tell. */
type FileType = Pick<Stats, 'isDirectory' | 'isFIFO' | 'isCharacterDevice' | 'isBlockDevice' | 'isSocket'>;

/** "een named pipe (FIFO)", ... for anything but a regular file. */
export function notRegularKind(info: FileType): string {
  if (info.isDirectory()) return 'een map';
  if (info.isFIFO()) return 'een named pipe (FIFO)';
  if (info.isCharacterDevice() || info.isBlockDevice()) return 'een apparaat (zoals /dev/zero)';
  if (info.isSocket()) return 'een socket';
  return 'een bijzonder bestand';
}

export function notRegularReason(info: FileType): string {
  return `het is geen gewoon bestand maar ${notRegularKind(info)}`;
}

/** Why stat() on `file` failed; `isLink` when the path itself exists as a symbolic link. */
export function unreachableReason(error: unknown, isLink: boolean): string {
  const code = errorCode(error);
  if (code === 'ENOENT' || code === 'ENOTDIR') {
    return isLink ? 'de koppeling leidt naar een bestand dat niet bestaat' : 'het bestand bestaat niet';
  }
  if (code === 'ELOOP') return 'de koppeling verwijst in een kring naar zichzelf en leidt niet naar een bestand';
  if (code === 'EACCES' || code === 'EPERM') return `er is geen toegang tot het bestand (${code})`;
  if (code === 'ENAMETOOLONG') return 'het pad is te lang';
  return `het bestand kon niet worden geopend (${code ?? String(error)})`;
}

export function errorCode(error: unknown): string | undefined {
  if (typeof error === 'object' && error !== null && 'code' in error && typeof error.code === 'string') return error.code;
  return undefined;
}
