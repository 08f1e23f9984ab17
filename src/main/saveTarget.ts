// Where a save dialog's answer says to write. Linux save dialogs do not add the extension of
// the chosen filter, so it is added here; but a name completed here bypassed the dialog's
// "replace?" question, so it must never land on an existing file.
import { access } from 'node:fs/promises';
import path from 'node:path';

export type SaveTarget = { ok: true; target: string } | { ok: false; error: string };

export async function saveTarget(chosen: string, extension: string): Promise<SaveTarget> {
  if (path.extname(chosen) !== '') return { ok: true, target: chosen };
  const target = `${chosen}${extension}`;
  if (!(await exists(target))) return { ok: true, target };
  return {
    ok: false,
    error: `Er bestaat al een bestand '${path.basename(target)}'. Kies een andere naam of typ de naam met ${extension} om het te vervangen.`,
  };
}

async function exists(file: string): Promise<boolean> {
  return access(file).then(
    () => true,
    () => false,
  );
}
