// Project files on disk: saving (dialog passed in, paths made relative to the project, written
// atomically) and opening (read, paths made absolute again). The JSON is the renderer's to
// validate (src/shared/savedWork); main only rewrites `files[].path`. No Electron import.
//
// A PDF is referenced relative to the project when it lies in the project's folder, below it, or
// in a folder beside it ("project/" and "pdf/" next to each other): then a colleague who gets the
// whole folder finds them. PDFs elsewhere (a network share, Downloads) keep their absolute path,
// which still works for colleagues on the same share; a PDF not found either way is reported.
import { readFile, stat } from 'node:fs/promises';
import path from 'node:path';
import type { OpenProjectResult, SaveProjectRequest, SaveProjectResult } from '@shared/ipc';
import { PROJECT_EXTENSION, safeProjectName } from '@shared/safeFileName';
import { saveTarget } from './saveTarget';
import { writeFileAtomic } from '../node/writeFileAtomic';

export const MAX_PROJECT_BYTES = 20 * 1024 * 1024;

/** `pdf` as the project stores it: relative with '/' when near the project, else absolute. */
export function storedPath(pdf: string, projectFolder: string): string {
  const relative = path.relative(projectFolder, pdf);
  const parts = relative.split(path.sep);
  const ups = parts.filter((part) => part === '..').length;
  if (path.isAbsolute(relative) || relative === '' || ups > 1) return pdf;
  return parts.join('/');
}

/** A stored path back to an absolute one. */
export function resolvedPath(stored: string, projectFolder: string): string {
  if (path.isAbsolute(stored) || /^[A-Za-z]:[\\/]/.test(stored) || stored.startsWith('\\\\')) return stored;
  return path.resolve(projectFolder, ...stored.split('/'));
}

/** A project or session file's JSON with its `files` list, or null for anything else. */
function withFiles(text: string): { files: unknown[] } | null {
  let parsed: unknown;
  try {
    parsed = JSON.parse(text);
  } catch {
    return null;
  }
  if (typeof parsed !== 'object' || parsed === null || !Array.isArray((parsed as { files?: unknown }).files)) return null;
  return parsed as { files: unknown[] };
}

function pathOfEntry(file: unknown): string | null {
  if (typeof file !== 'object' || file === null) return null;
  const stored = (file as { path?: unknown }).path;
  return typeof stored === 'string' && stored !== '' ? stored : null;
}

/** Rewrites every `files[].path` of the JSON text; text that is not such JSON is returned as it
 * is (the renderer's validation reports what is wrong with it). */
export function rewritePaths(text: string, rewrite: (stored: string) => string): string {
  const project = withFiles(text);
  if (!project) return text;
  const files = project.files.map((file) => {
    const stored = pathOfEntry(file);
    return stored === null ? file : { ...(file as object), path: rewrite(stored) };
  });
  return `${JSON.stringify({ ...project, files }, null, 2)}\n`;
}

/** Every `files[].path` of a project or session file's JSON (none for anything else). */
export function pathsIn(text: string): string[] {
  return (withFiles(text)?.files ?? []).map(pathOfEntry).filter((stored): stored is string => stored !== null);
}

export interface ProjectDialogs {
  /** Save dialog with `fileName` proposed; the chosen path, or undefined when cancelled. */
  chooseSaveTarget(fileName: string): Promise<string | undefined>;
  /** Open dialog; the chosen project file, or undefined when cancelled. */
  chooseProject(): Promise<string | undefined>;
}

export async function saveProject(
  request: SaveProjectRequest,
  dialogs: Pick<ProjectDialogs, 'chooseSaveTarget'>,
  write: (target: string, bytes: Uint8Array) => Promise<void> = writeFileAtomic,
): Promise<SaveProjectResult> {
  const chosen = await dialogs.chooseSaveTarget(safeProjectName(request.suggestedName));
  if (!chosen) return { saved: false };
  const place = await saveTarget(chosen, PROJECT_EXTENSION);
  if (!place.ok) return { saved: false, error: place.error };
  const { target } = place;
  const folder = path.dirname(target);
  try {
    await write(target, new TextEncoder().encode(rewritePaths(request.text, (stored) => storedPath(stored, folder))));
  } catch (error) {
    return { saved: false, error: error instanceof Error ? error.message : String(error) };
  }
  return { saved: true, path: target };
}

export async function openProject(dialogs: Pick<ProjectDialogs, 'chooseProject'>): Promise<OpenProjectResult> {
  const file = await dialogs.chooseProject();
  if (!file) return { opened: false };
  return readProjectFile(file);
}

/** The project's text with absolute paths, or a Dutch error. */
export async function readProjectFile(file: string): Promise<OpenProjectResult> {
  const name = path.basename(file);
  try {
    const info = await stat(file);
    if (!info.isFile()) return { opened: false, error: `'${name}' is geen bestand.` };
    if (info.size > MAX_PROJECT_BYTES) return { opened: false, error: `'${name}' is te groot voor een projectbestand.` };
    const text = await readFile(file, 'utf8');
    return { opened: true, path: file, text: rewritePaths(text, (stored) => resolvedPath(stored, path.dirname(file))) };
  } catch (error) {
    const code = typeof error === 'object' && error !== null && 'code' in error ? String(error.code) : '';
    const why = code === 'ENOENT' ? 'het bestaat niet (meer)' : code === 'EACCES' || code === 'EPERM' ? 'geen leesrechten' : 'het kon niet worden gelezen';
    return { opened: false, error: `Project '${name}' kon niet worden geopend: ${why}.` };
  }
}
