// Reads a PDF named in a saved session or project, for restoring it. The path comes from the
// renderer (which read it from session.json or a project file), so main only ever hands back a
// regular file that is a PDF: absolute path, .pdf name, within the size limit, starting with the
// PDF header. The SHA-256 goes with it, so the renderer can tell a changed file. No Electron.
import { createHash } from 'node:crypto';
import { open } from 'node:fs/promises';
import path from 'node:path';
import type { PdfLookup } from '@shared/ipc';
import { MAX_PDF_BYTES } from './requests';

/** The PDF header may follow up to 1024 bytes of junk (PDF 1.7, annex H). */
const HEADER_WINDOW = 1024;

export async function readPdfAtPath(file: string): Promise<PdfLookup> {
  if (!path.isAbsolute(file) || path.extname(file).toLowerCase() !== '.pdf') return { status: 'missing', detail: `${file} is geen PDF` };
  let handle;
  try {
    handle = await open(file, 'r');
  } catch (error) {
    return { status: 'missing', detail: reason(error, file) };
  }
  try {
    const info = await handle.stat();
    if (!info.isFile()) return { status: 'missing', detail: `${file} is geen bestand` };
    if (info.size > MAX_PDF_BYTES) return { status: 'missing', detail: `${path.basename(file)} is groter dan 100 MB` };
    const bytes = new Uint8Array(await handle.readFile());
    const head = new TextDecoder('latin1').decode(bytes.subarray(0, HEADER_WINDOW));
    if (!head.includes('%PDF-')) return { status: 'missing', detail: `${path.basename(file)} is geen PDF` };
    const sha256 = createHash('sha256').update(bytes).digest('hex');
    return { status: 'found', file: { name: path.basename(file), bytes, path: file }, sha256 };
  } catch (error) {
    return { status: 'missing', detail: reason(error, file) };
  } finally {
    await handle.close();
  }
}

function reason(error: unknown, file: string): string {
  const code = typeof error === 'object' && error !== null && 'code' in error ? String(error.code) : '';
  if (code === 'ENOENT' || code === 'ENOTDIR') return `niet gevonden op ${file}`;
  if (code === 'EACCES' || code === 'EPERM') return `geen leesrechten op ${file}`;
  if (code === 'EISDIR') return `${file} is een map`;
  return `${file} kon niet worden gelezen`;
}
