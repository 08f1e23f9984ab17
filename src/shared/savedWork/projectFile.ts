// The project file a colleague can open: the loaded PDFs by name, SHA-256 and path (relative to
// the project file where the desktop app can, done in main), every edit and acceptance, and the
// column names. Version 1:
//
//   { "format": "klantprofielen-project", "version": 1, "savedAt": "2024-05-01T09:00:00.000Z",
//     "app": "Klantprofielen 0.1.0", "columnNames": [null, "Beperkt", null, null],
//     "files": [ { "name": "x.pdf", "sha256": "…", "path": "pdf/x.pdf",
//                  "edits": [ { "table": 0, "row": 9, "column": "total", "rowName": "Utrecht",
//                               "original": 5503, "value": 5493, "time": "…", "seq": 1 } ],
//                  "acceptances": [ { "table": 0, "code": "row-total-mismatch", "rowIndex": 9,
//                                     "row": "Utrecht", "column": 4, "note": "…", "time": "…",
//                                     "message": "…" } ] },
//                { "name": "kapot.pdf", "sha256": "…", "edits": [], "acceptances": [],
//                  "error": { "code": "damaged-pdf", "message": "'kapot.pdf' is beschadigd …" } } ] }
//
// A file with an `error` could not be read: it is listed again as such, never asked for. Older
// builds of version 1 ignore the field and look for the file, as they always did.
import type { SessionSnapshot } from './saved';
import { SESSION_FORMAT } from './sessionFile';
import { snapshotFromBody } from './validate';
import { parseJson, upgrade, type FormatSpec, type Migration } from './versioning';

export const PROJECT_FORMAT = 'klantprofielen-project';
export const PROJECT_VERSION = 1;
/** Double extension: the OS opens it as JSON, the name says what it is. */

/** Migrations by the version they start from. Version 1 is the first: none yet. When version 2
 * comes, `1: (v1) => v2` goes here, and files of version 1 keep opening. */
export const projectMigrations: Readonly<Record<number, Migration>> = {};

export const projectSpec: FormatSpec = { format: PROJECT_FORMAT, current: PROJECT_VERSION, migrations: projectMigrations, noun: 'projectbestand' };

export interface ParsedProject {
  snapshot: SessionSnapshot;
  savedAt: string | null;
}

export function serializeProject(snapshot: SessionSnapshot, meta: { savedAt: string; app: string }): string {
  const project = {
    format: PROJECT_FORMAT,
    version: PROJECT_VERSION,
    savedAt: meta.savedAt,
    app: meta.app,
    columnNames: snapshot.columnNames,
    files: snapshot.files,
  };
  return `${JSON.stringify(project, null, 2)}\n`;
}

/** The project in `text`, or a FormatError with a Dutch message. `spec` is for tests of the
 * migration mechanism. */
export function parseProject(text: string, spec: FormatSpec = projectSpec): ParsedProject {
  const body = upgrade(parseJson(text, spec), spec, { [SESSION_FORMAT]: 'sessiebestand' });
  return { snapshot: snapshotFromBody(body, spec.noun), savedAt: typeof body.savedAt === 'string' ? body.savedAt : null };
}
