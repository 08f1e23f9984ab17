import type { ExtractedDocument } from './model';

/** The slice of pdfjs-dist the engine uses; hosts pass the build that suits them
 * (Node: `pdfjs-dist/legacy/build/pdf.mjs`, browser: `pdfjs-dist`). */
export type PdfjsModule = typeof import('pdfjs-dist');

export interface ExtractOptions {
  /** Folder or URL (trailing slash) of pdfjs-dist's standard_fonts. */
  standardFontDataUrl?: string;
  /** Called after each page is read. */
  onProgress?: (pagesDone: number, pageCount: number) => void;
  /** Checked between pages; when aborted the extraction rejects. */
  signal?: AbortSignal;
}

/** Reads one PDF into tables with checks. Never throws for bad input: a file that cannot
 * be read comes back with `error` set (Dutch message naming the file). */
export async function extractDocument(
  bytes: Uint8Array,
  fileName: string,
  pdfjs: PdfjsModule,
  options: ExtractOptions = {},
): Promise<ExtractedDocument> {
  void bytes; void pdfjs; void options;
  throw new Error(`not implemented yet: ${fileName}`);
}
