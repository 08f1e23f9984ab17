// The browser edition's side of never losing work and of projects: the session and the PDFs in
// IndexedDB (sessionDb.ts), a project saved as a download and opened with the file chooser.
import type { OpenProjectResult } from '@shared/ipc';
import type { Backend } from '../types';
import { downloadBlob } from './download';
import { openSessionDb } from './sessionDb';
import { sha256Hex } from '@engine/hash';
import { safeProjectName } from '@shared/safeFileName';

const PROJECT_TYPE = 'application/json';

type WebPersistence = Pick<
  Backend,
  'loadSession' | 'saveSession' | 'sessionHistory' | 'readKeptSession' | 'exportKeptSession' | 'keepPdf' | 'findPdf' | 'pathOf' | 'saveProject' | 'openProject'
>;

export function createWebPersistence(): WebPersistence {
  const db = openSessionDb();
  return {
    loadSession: () => db.loadSession(),
    saveSession: (text, keep) => db.saveSession(text, keep),
    sessionHistory: () => db.history(),
    readKeptSession: (id) => db.readKept(id),
    async exportKeptSession(id) {
      const text = await db.readKept(id);
      if (text === null) return { saved: false, error: 'Die bewaarde sessie bestaat niet meer.' };
      // "2026-01-01T10:00:00.000Z#0001" → "klantprofielen-sessie-2026-01-01T10-00-00.json".
      const name = `klantprofielen-sessie-${id.slice(0, 19).replace(/:/g, '-')}.json`;
      downloadBlob(new Blob([text], { type: PROJECT_TYPE }), name);
      return { saved: true, path: name };
    },
    keepPdf: (sha256, bytes) => db.keepPdf(sha256, bytes),
    async findPdf(file) {
      const bytes = await db.getPdf(file.sha256);
      if (!bytes) return { status: 'missing', detail: 'niet bewaard in deze browser' };
      // Stored under its hash; checked again, so a damaged store is a changed file, not a silent one.
      return { status: 'found', file: { name: file.name, bytes }, sha256: await sha256Hex(bytes) };
    },
    // A browser page never learns where a file is on disk.
    pathOf: () => undefined,
    async saveProject({ text, suggestedName }) {
      const name = safeProjectName(suggestedName);
      downloadBlob(new Blob([text], { type: PROJECT_TYPE }), name);
      return { saved: true, path: name };
    },
    openProject: chooseProjectFile,
  };
}

/** The file chooser for one project file; must be called from a click (user activation). */
function chooseProjectFile(): Promise<OpenProjectResult> {
  return new Promise((resolve) => {
    const input = document.createElement('input');
    input.type = 'file';
    input.accept = '.json,application/json';
    input.hidden = true;
    input.dataset.testid = 'project-input';
    const finish = (result: OpenProjectResult): void => {
      input.remove();
      resolve(result);
    };
    input.addEventListener('cancel', () => finish({ opened: false }));
    input.addEventListener('change', () => {
      const file = input.files?.[0];
      if (!file) return finish({ opened: false });
      file.text().then(
        (text) => finish({ opened: true, text, path: file.name }),
        () => finish({ opened: false, error: `Project '${file.name}' kon niet worden gelezen.` }),
      );
    });
    document.body.append(input);
    input.click();
  });
}
