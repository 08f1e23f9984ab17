// Reads a PDF named in a saved session or project, for restoring it. The path comes from the
// renderer (which read it from session.json or a project file), so main only ever hands back a
// regular file that is a PDF: absolute path, .pdf name, within the size limit, starting with the
// PDF header. The SHA-256 goes with it, so the renderer can tell a changed file. The read is
// bounded (boundedReads.ts): a FIFO, a device or a dead network share named by saved work never
// blocks main or its session writes. No Electron.
import { createHash } from 'node:crypto';
import path from 'node:path';
import type { PdfLookup } from '@shared/ipc';
import { boundedFileRead, NotARegularFileError, readRegularFile, TooLargeError } from './boundedReads';
import { MAX_PDF_BYTES } from '@shared/fileLimits';

/** The PDF header may follow up to 1024 bytes of junk (PDF 1.7, annex H). */
const HEADER_WINDOW = 1024;

export async function readPdfAtPath(file: string): Promise<PdfLookup> {
  if (!path.isAbsolute(file) || path.extname(file).toLowerCase() !== '.pdf') return { status: 'missing', detail: `${file} is geen PDF` };
  const read = await boundedFileRead(file, () =>
    readRegularFile(file, MAX_PDF_BYTES).catch((error: unknown) => {
      throw new Error(reason(error, file));
    }),
  );
  if (!read.ok) return { status: 'missing', detail: read.reason };
  const bytes = read.value;
  const head = new TextDecoder('latin1').decode(bytes.subarray(0, HEADER_WINDOW));
  if (!head.includes('%PDF-')) return { status: 'missing', detail: `${path.basename(file)} is geen PDF` };
  const sha256 = createHash('sha256').update(bytes).digest('hex');
  return { status: 'found', file: { name: path.basename(file), bytes, path: file }, sha256 };
}

function reason(error: unknown, file: string): string {
  if (error instanceof NotARegularFileError) return `${file} is geen gewoon bestand (maar bijvoorbeeld een pipe of apparaat) en is niet gelezen`;
  if (error instanceof TooLargeError) return `${path.basename(file)} is groter dan 100 MB`;
  const code = typeof error === 'object' && error !== null && 'code' in error ? String(error.code) : '';
  if (code === 'ENOENT' || code === 'ENOTDIR') return `niet gevonden op ${file}`;
  if (code === 'EACCES' || code === 'EPERM') return `geen leesrechten op ${file}`;
  if (code === 'EISDIR') return `${file} is een map`;
  return `${file} kon niet worden gelezen`;
}
