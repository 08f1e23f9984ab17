// Turns files from an <input> or a drop into the PdfFile the backend takes.
import type { PdfFile } from '@shared/ipc';

export function isPdf(file: File): boolean {
  return file.type === 'application/pdf' || file.name.toLowerCase().endsWith('.pdf');
}

export interface ReadFiles {
  files: PdfFile[];
  /** Dutch, one per skipped file. */
  errors: string[];
}

export async function readPdfFiles(list: Iterable<File>): Promise<ReadFiles> {
  const read: ReadFiles = { files: [], errors: [] };
  for (const file of list) {
    if (!isPdf(file)) {
      read.errors.push(`${file.name} is geen PDF en is overgeslagen.`);
      continue;
    }
    try {
      read.files.push({ name: file.name, bytes: new Uint8Array(await file.arrayBuffer()) });
    } catch {
      read.errors.push(`${file.name} kon niet worden gelezen.`);
    }
  }
  return read;
}
