// What the window holds, as the session to save: every file (loaded or still pending) with its
// edits and acceptances, and the column names. Pure; the formats around it are in persistence/.
import type { ExtractedDocument } from '@engine/model';
import { documentKey } from './acceptances';
import { readCell, sameValue } from './cells';
import type { PendingFile } from './pending';
import { rowNameOf } from './restore';
import type { SavedAcceptance, SavedEdit, SavedFile, SessionSnapshot } from '@shared/savedWork/saved';
import type { Session } from './session';

export interface SnapshotSource {
  session: Session;
  /** Path of each file by SHA-256, where the host knows it. */
  paths: ReadonlyMap<string, string>;
  pending: readonly PendingFile[];
}

export function snapshotOf({ session, paths, pending }: SnapshotSource): SessionSnapshot {
  const files: SavedFile[] = [];
  const loaded = new Set<string>();
  // A file that failed once and was read later (OCR turned on, say) is saved as read, with its work.
  const readable = new Set(session.documents.flatMap((document) => (!document.error && document.sha256 ? [document.sha256] : [])));
  session.documents.forEach((document, doc) => {
    // Without a hash the file could not be recognised again; the engine always gives one.
    if (document.sha256 === undefined || loaded.has(document.sha256)) return;
    if (document.error && readable.has(document.sha256)) return;
    loaded.add(document.sha256);
    const leftovers = pending.filter((file) => file.saved.sha256 === document.sha256);
    const path = paths.get(document.sha256) ?? leftovers.find((file) => file.saved.path)?.saved.path;
    files.push({
      name: document.file,
      sha256: document.sha256,
      ...(path ? { path } : {}),
      // Work that did not fit when restored stays with its file.
      edits: [...editsOf(session, doc, document), ...leftovers.flatMap((file) => file.saved.edits)],
      acceptances: [...acceptancesOf(session, document), ...leftovers.flatMap((file) => file.saved.acceptances)],
      ...(document.error ? { error: { code: document.error.code, message: document.error.message } } : {}),
    });
  });
  for (const file of pending) {
    if (!loaded.has(file.saved.sha256)) files.push(file.saved);
  }
  return { files, columnNames: [...session.columnNames] };
}

/** Cells of the document that differ from what was extracted, oldest edit first. */
function editsOf(session: Session, doc: number, document: ExtractedDocument): SavedEdit[] {
  const original = session.originals[doc];
  if (!original || document.error) return [];
  return [...session.marks.values()]
    .filter((mark) => mark.cell.document === documentKey(document))
    .sort((a, b) => a.seq - b.seq)
    .flatMap(({ cell, time, seq }): SavedEdit[] => {
      const originalTable = original.tables[cell.table];
      const table = document.tables[cell.table];
      if (!originalTable || !table) return [];
      const before = readCell(originalTable, cell) ?? null;
      const after = readCell(table, cell) ?? null;
      if (sameValue(before, after)) return [];
      return [{ table: cell.table, row: cell.row, column: cell.column, rowName: rowNameOf(originalTable, cell), original: before, value: after, time, seq }];
    });
}

function acceptancesOf(session: Session, document: ExtractedDocument): SavedAcceptance[] {
  const key = documentKey(document);
  return [...session.acceptances.values()].filter((acceptance) => acceptance.document === key).map(({ document: _document, ...saved }) => saved);
}
