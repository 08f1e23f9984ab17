// The PDF paths main itself has handed to the renderer: files chosen in a dialog, given on the
// command line or by the OS ("Openen met"), listed in the session file or a project main read.
// 'pdf:read-path' reads only these, so a compromised page cannot ask main for any PDF on disk
// (it could only get back files the analyst already opened or saved in their work). No Electron.
import path from 'node:path';
import { pathsIn } from './projectFiles';

export interface KnownPdfPaths {
  add(paths: Iterable<string>): void;
  /** Every `files[].path` of a session or project file's JSON (nothing for anything else). */
  addListedIn(text: string | null): void;
  has(file: string): boolean;
}

export function createKnownPdfPaths(platform: NodeJS.Platform = process.platform): KnownPdfPaths {
  const known = new Set<string>();
  // Windows and macOS file systems ignore case by default: "C:\\A.pdf" is "c:\\a.pdf".
  const key = (file: string): string => {
    const resolved = path.resolve(file);
    return platform === 'linux' ? resolved : resolved.toLowerCase();
  };
  const add = (paths: Iterable<string>): void => {
    for (const file of paths) if (path.isAbsolute(file)) known.add(key(file));
  };
  return {
    add,
    addListedIn: (text) => add(text ? pathsIn(text) : []),
    has: (file) => path.isAbsolute(file) && known.has(key(file)),
  };
}
