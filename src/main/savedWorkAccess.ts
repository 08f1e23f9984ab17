// Main's answers about PDFs named in saved work ('session:load', 'project:open', 'pdf:read-path',
// 'pdf:locate'), with the dialogs passed in: plain logic, shared by the IPC handlers and the
// desktop e2e tests. Every path main hands out here is remembered, and 'pdf:read-path' reads
// nothing else (see knownPdfPaths.ts). No Electron.
import type { OpenProjectResult, PdfLookup } from '@shared/ipc';
import type { KnownPdfPaths } from './knownPdfPaths';
import { readPdfAtPath } from './pdfAtPath';
import { openProject } from './projectFiles';
import type { SessionStorage } from './sessionStorage';

export interface SavedWorkAccess {
  loadSession(): Promise<string | null>;
  openProject(chooseProject: () => Promise<string | undefined>): Promise<OpenProjectResult>;
  readPath(file: string): Promise<PdfLookup>;
  /** The open dialog for one PDF (null when cancelled), read. */
  locate(choosePdf: () => Promise<string | undefined>): Promise<PdfLookup | null>;
}

export function createSavedWorkAccess(sessions: Pick<SessionStorage, 'load'>, knownPaths: KnownPdfPaths): SavedWorkAccess {
  return {
    async loadSession() {
      const text = await sessions.load();
      knownPaths.addListedIn(text);
      return text;
    },
    async openProject(chooseProject) {
      const opened = await openProject({ chooseProject });
      if (opened.opened) knownPaths.addListedIn(opened.text ?? null);
      return opened;
    },
    async readPath(file) {
      if (!knownPaths.has(file)) return { status: 'missing', detail: `${file} is niet in deze sessie geopend` };
      return readPdfAtPath(file);
    },
    async locate(choosePdf) {
      const file = await choosePdf();
      if (!file) return null;
      knownPaths.add([file]);
      return readPdfAtPath(file);
    },
  };
}
