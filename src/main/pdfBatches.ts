// Turns paths the user chose in main (open dialog, command line, "Open with") into PDFs for the
// renderer. Folders are searched recursively with findPdfFiles, as the CLI does. The bytes travel in
// batches of bounded size, so a folder of hundreds of PDFs is not one giant IPC message and the
// first files can be read while the rest are still loading. Only regular files are read, each
// bounded in time and in how many file threads it may take (boundedReads.ts): a FIFO or a dead
// network share given on the command line never blocks main. No Electron import.
import { stat } from 'node:fs/promises';
import path from 'node:path';
import type { OpenedPdfs } from '@shared/ipc';
import { findPdfFiles, NoPdfsFoundError } from '../node/findPdfs';
import { boundedFileRead, readRegularFile } from './boundedReads';
import { MAX_PDF_BYTES } from '@shared/fileLimits';

export interface BatchOptions {
  /** A batch is sent once its files reach this many bytes; default 32 MB. */
  maxBatchBytes?: number;
}

const DEFAULT_BATCH_BYTES = 32 * 1024 * 1024;
/** parsePdfFile's limit, which the names must pass when the renderer sends the files back. */
const MAX_NAME_LENGTH = 255;

/** Reads the PDFs in `paths` (files as given, folders searched) and yields them in batches,
 * each with the Dutch errors met so far. Never throws for a bad path. */
export async function* readPdfBatches(paths: readonly string[], options: BatchOptions = {}): AsyncGenerator<OpenedPdfs> {
  const maxBatchBytes = options.maxBatchBytes ?? DEFAULT_BATCH_BYTES;
  const { files, errors } = await listPdfs(paths);
  const names = distinctNames(files);
  let batch: OpenedPdfs = { files: [], errors };
  let batchBytes = 0;
  for (const [index, file] of files.entries()) {
    const name = names[index]!;
    const read = await boundedFileRead(file, () =>
      readRegularFile(file, MAX_PDF_BYTES).catch((error: unknown) => {
        throw new Error(reason(error));
      }),
    );
    if (read.ok) {
      // The path goes along: a restored session or a project can read the file again from there.
      batch.files.push({ name, bytes: read.value, path: file });
      batchBytes += read.value.byteLength;
    } else {
      batch.errors.push(`${name} kon niet worden geopend: ${read.reason}.`);
    }
    if (batchBytes >= maxBatchBytes) {
      yield batch;
      batch = { files: [], errors: [] };
      batchBytes = 0;
    }
  }
  if (batch.files.length > 0 || batch.errors.length > 0) yield batch;
}

async function listPdfs(paths: readonly string[]): Promise<{ files: string[]; errors: string[] }> {
  const files: string[] = [];
  const errors: string[] = [];
  for (const input of paths) {
    // Time-limited too: stat on a dead network share can hang.
    const looked = await boundedFileRead(input, () => stat(input));
    const info = looked.ok ? looked.value : undefined;
    if (!info) errors.push(`${input} bestaat niet (meer) en is overgeslagen.`);
    else if (!info.isDirectory())
      files.push(input); // a non-PDF becomes that document's error
    else {
      try {
        files.push(...(await findPdfFiles([input])).files);
      } catch (error) {
        // findPdfFiles says it in the CLI's words; here the folder is named.
        errors.push(error instanceof NoPdfsFoundError ? `Geen PDF's gevonden in map ${input}.` : `Map ${input} kon niet worden doorzocht: ${reason(error)}.`);
      }
    }
  }
  return { files: [...new Set(files.map((file) => path.resolve(file)))], errors };
}

/** The file name, or where two files share one, their paths from the nearest common folder
 * ("2019/rapport.pdf", "2020/rapport.pdf"), at most 255 characters. */
export function distinctNames(files: readonly string[]): string[] {
  const byName = new Map<string, string[]>();
  for (const file of files) byName.set(path.basename(file), [...(byName.get(path.basename(file)) ?? []), file]);
  return files.map((file) => {
    const twins = byName.get(path.basename(file))!;
    const name = twins.length > 1 ? path.relative(commonFolder(twins), file) : path.basename(file);
    return name.length > MAX_NAME_LENGTH ? `…${name.slice(-(MAX_NAME_LENGTH - 1))}` : name;
  });
}

function commonFolder(files: readonly string[]): string {
  let folder = path.dirname(files[0]!);
  while (!files.every((file) => file.startsWith(folder.endsWith(path.sep) ? folder : folder + path.sep))) {
    const parent = path.dirname(folder);
    if (parent === folder) break;
    folder = parent;
  }
  return folder;
}

function reason(error: unknown): string {
  const code = typeof error === 'object' && error !== null && 'code' in error ? String(error.code) : undefined;
  if (code === 'EACCES' || code === 'EPERM') return 'geen leesrechten';
  if (code === 'ENOENT') return 'het bestand bestaat niet meer';
  if (code === 'EISDIR') return 'het is een map';
  return error instanceof Error ? error.message : String(error);
}
