// Main's answers about PDFs named in saved work ('session:load', 'project:open', 'pdf:read-path',
// 'pdf:locate'), with the dialogs passed in: plain logic, shared by the IPC handlers and the
// desktop e2e tests. 'pdf:read-path' reads only what knownPdfPaths.ts allows: paths main itself
// obtained from the analyst (dialogs, command line, "Openen met", a project file the analyst
// chose and the app can open), or a file whose bytes main already read for the renderer. The
// session file is the renderer's writing: loading it grants nothing. No Electron.
import { stat } from 'node:fs/promises';
import path from 'node:path';
import type { LoadedSession, OpenProjectResult, PdfLookup } from '@shared/ipc';
import { parseProject } from '@shared/savedWork/projectFile';
import type { KnownPdfPaths } from './knownPdfPaths';
import { readPdfAtPath } from './pdfAtPath';
import { openProject, pathsIn } from './projectFiles';
import type { SessionStorage } from './sessionStorage';

export interface SavedWorkAccess {
  loadSession(): Promise<LoadedSession>;
  openProject(chooseProject: () => Promise<string | undefined>): Promise<OpenProjectResult>;
  readPath(file: string): Promise<PdfLookup>;
  /** The open dialog for one PDF (null when cancelled), read. */
  locate(choosePdf: () => Promise<string | undefined>): Promise<PdfLookup | null>;
}

export function createSavedWorkAccess(sessions: Pick<SessionStorage, 'load'>, knownPaths: KnownPdfPaths): SavedWorkAccess {
  const notOpened = (file: string): PdfLookup => ({ status: 'missing', detail: `${file} is niet in deze sessie geopend` });
  return {
    loadSession: () => sessions.load(),
    async openProject(chooseProject) {
      const opened = await openProject({ chooseProject });
      // Only a project the app will open grants its PDFs (not one of a newer version, say).
      if (opened.opened && opened.text !== undefined && opensAsProject(opened.text)) knownPaths.add(pathsIn(opened.text));
      return opened;
    },
    async readPath(file) {
      await knownPaths.settled();
      if (knownPaths.has(file)) return readPdfAtPath(file);
      // Not granted: only a regular file whose bytes main already read for the renderer. Its
      // type is looked at first, so a FIFO or device is never opened.
      if (!path.isAbsolute(file)) return notOpened(file);
      const info = await stat(file).catch(() => undefined);
      if (!info?.isFile()) return notOpened(file);
      const found = await readPdfAtPath(file);
      if (found.status !== 'found' || !knownPaths.hasContent(found.sha256)) return notOpened(file);
      knownPaths.add([file]);
      return found;
    },
    async locate(choosePdf) {
      const file = await choosePdf();
      if (!file) return null;
      knownPaths.add([file]);
      return readPdfAtPath(file);
    },
  };
}

function opensAsProject(text: string): boolean {
  try {
    parseProject(text);
    return true;
  } catch {
    return false;
  }
}
