import type { DocumentError, DocumentErrorCode, DocumentWarning, ExtractedDocument, ExtractedTable } from './model';
import { readPageText, type PdfPageLike } from './pdf/readPage';
import { judgeTextLayer } from './pdf/textLayer';
import { readPageTables, type PageTable } from './publication/pageTables';
import { joinContinuedTables } from './publication/continuedTables';
import { checkTable } from './checks';
import { sha256Hex } from './hash';
import type { OcrOptions } from './ocr/ocrEngine';
import { DEFAULT_IMAGE_OPS, type ImageOps, type PdfImagePageLike } from './ocr/pageImages';
import { MAX_IMAGE_PIXELS, oversizedImageReason, oversizedImages } from './ocr/imageLimits';
import { readOcrNames } from './ocr/ocrNames';
import { NOTHING_TO_RECOGNIZE, recognizeScan, type ScanResult } from './ocr/recognizeScan';
import type { CanvasFactoryLike } from './ocr/renderedPage';

/** The slice of pdfjs-dist the engine uses; hosts pass the build that suits them
 * (Node: `pdfjs-dist/legacy/build/pdf.mjs`, browser: `pdfjs-dist`). `OPS` (operator codes,
 * used to find a scan's images) falls back to pdfjs-dist 5's values when absent. */
export type PdfjsModule = Pick<typeof import('pdfjs-dist'), 'getDocument'> & { OPS?: Partial<ImageOps> };

export interface ExtractOptions {
  /** Folder or URL (trailing slash) of pdfjs-dist's standard_fonts. */
  standardFontDataUrl?: string;
  /** Called after each page is read. */
  onProgress?: (pagesDone: number, pageCount: number) => void;
  /** Checked between pages; when aborted the extraction rejects with the signal's reason. */
  signal?: AbortSignal;
  /** Reads scanned pages with this OCR engine. Without it a scan gets the needs-ocr
   * warning (and the needs-ocr error when no page has a table). */
  ocr?: OcrOptions;
  /** The bytes' SHA-256 when the caller has it already (the read cache's key): hashed once per file. */
  sha256?: string;
}

/** Reads one PDF into tables with checks. Never throws for bad input: a file that cannot
 * be read comes back with `error` set (Dutch message naming the file). Only an abort
 * through `options.signal` rejects. */
export async function extractDocument(bytes: Uint8Array, fileName: string, pdfjs: PdfjsModule, options: ExtractOptions = {}): Promise<ExtractedDocument> {
  const sha256 = options.sha256 ?? (await sha256Hex(bytes));
  const empty = { file: fileName, pageCount: 0, tables: [], warnings: [], sha256 };
  if (!hasPdfHeader(bytes)) return { ...empty, error: documentError('not-a-pdf', fileName) };

  let doc: Awaited<ReturnType<PdfjsModule['getDocument']>['promise']>;
  try {
    doc = await pdfjs.getDocument({
      // pdf.js takes ownership of (detaches) the buffer it is given: pass a copy.
      data: bytes.slice(),
      isEvalSupported: false,
      disableFontFace: true,
      useSystemFonts: false,
      verbosity: 0,
      // Larger images are dropped before decoding (imageLimits.ts says why the page went unread).
      maxImageSize: MAX_IMAGE_PIXELS,
      // OCR needs the decoded pixels: without these pdf.js may hand images out as
      // ImageBitmaps (browser, Web Worker), which only a canvas can read.
      ...(ocrEnabled(options.ocr) ? { isOffscreenCanvasSupported: false, isImageDecoderSupported: false } : {}),
      ...(options.standardFontDataUrl ? { standardFontDataUrl: options.standardFontDataUrl } : {}),
    }).promise;
  } catch (err) {
    const code: EngineErrorCode = errorName(err) === 'PasswordException' ? 'password-protected' : 'damaged-pdf';
    // pdf.js's words are English and technical: kept for logs, not put in the Dutch message.
    return { ...empty, error: { ...documentError(code, fileName), technical: errorMessage(err) } };
  }

  try {
    const pageCount = doc.numPages;
    // pdf.js takes the page tree's /Count as it is: a lying file may claim -5 or 2.5 pages.
    if (!Number.isSafeInteger(pageCount) || pageCount < 0) {
      return { ...empty, error: documentError('damaged-pdf', fileName, "het opgegeven aantal pagina's is ongeldig") };
    }
    const warnings: DocumentWarning[] = [];
    const pageTables: PageTable[] = [];
    const textPages: number[] = [];
    const ocrPages: number[] = [];
    /** Pages that need OCR and did not get it: the reason for a needs-ocr error. */
    let unreadScans = 0;
    let failedPages = 0;
    /** Why OCR could not read a page, for the file's error (the first one). */
    let ocrFailure: string | undefined;
    // Read from the raw bytes only when a scan page finds no image it could decode.
    let tooLarge: string | null | undefined;
    const imageTooLarge = (): string | undefined => (tooLarge ??= oversizedImageReason(oversizedImages(bytes)) ?? null) ?? undefined;
    const ops: ImageOps = { ...DEFAULT_IMAGE_OPS, ...pdfjs.OPS };
    for (let p = 1; p <= pageCount; p++) {
      throwIfAborted(options.signal);
      try {
        const page = await doc.getPage(p);
        const text = await readPageText(page as unknown as PdfPageLike, p);
        const verdict = judgeTextLayer(text.runs);
        const scan =
          ocrEnabled(options.ocr) && (verdict !== 'usable' || options.ocr.mode === 'always')
            ? await recognizeScan(
                page as unknown as PdfImagePageLike,
                p,
                pageCount,
                verdict === 'usable',
                options.ocr,
                ops,
                canvasFactoryOf(doc),
                imageTooLarge,
              )
            : NOTHING_TO_RECOGNIZE;
        page.cleanup();
        if (scan.status === 'read') {
          ocrPages.push(p);
          pageTables.push(...scan.tables);
          if (scan.tables.length === 0 && scan.looksLikeTable) {
            warnings.push({
              code: 'incomplete-table',
              page: p,
              message: `Pagina ${p} is een scan met een tabel die de tekstherkenning niet kon lezen; neem deze pagina over uit de pdf.`,
            });
          }
        } else if (verdict === 'usable') {
          textPages.push(p);
          pageTables.push(...readPageTables(text, 'text'));
        } else {
          ocrPages.push(p);
          unreadScans++;
          if (scan.status === 'failed') ocrFailure ??= scan.reason;
          warnings.push(unreadScanWarning(p, verdict, scan, ocrEnabled(options.ocr)));
        }
      } catch (err) {
        if (options.signal?.aborted) throw err;
        failedPages++;
        warnings.push({ code: 'incomplete-table', page: p, message: `Pagina ${p} kon niet worden gelezen: ${errorMessage(err)}` });
      }
      options.onProgress?.(p, pageCount);
    }
    const tables: ExtractedTable[] = joinContinuedTables(pageTables).map(finishTable);
    const result: ExtractedDocument = { file: fileName, pageCount, tables, warnings, sha256, textPages, ocrPages };
    if (tables.length === 0) {
      if (failedPages === pageCount) result.error = documentError('damaged-pdf', fileName, 'geen enkele pagina leesbaar');
      else if (unreadScans > 0 && ocrFailure !== undefined) result.error = ocrFailed(fileName, ocrPages, ocrFailure);
      else if (unreadScans > 0) result.error = documentError('needs-ocr', fileName, ocrPages.join(', '));
      else result.error = documentError('no-table', fileName, pageCount === 1 ? '1 pagina' : `${pageCount} pagina's`);
    }
    return result;
  } finally {
    await doc.destroy();
  }
}

function ocrEnabled(ocr: OcrOptions | undefined): ocr is OcrOptions {
  return ocr !== undefined && ocr.mode !== 'never';
}

function unreadScanWarning(page: number, verdict: 'none' | 'garbled', scan: ScanResult, ocrOn: boolean): DocumentWarning {
  const problem = verdict === 'none' ? 'heeft geen tekstlaag (scan)' : 'heeft een onleesbare tekstlaag';
  if (scan.status === 'failed') {
    return { code: 'incomplete-table', page, message: `Pagina ${page} ${problem} en de tekstherkenning mislukte (${scan.reason}).` };
  }
  return {
    code: 'needs-ocr',
    page,
    message: ocrOn
      ? `Pagina ${page} ${problem} en geen gescande afbeelding om te herkennen; deze pagina kan niet worden gelezen.`
      : `Pagina ${page} ${problem}; tekstherkenning (OCR) is nodig.`,
  };
}

/** OCR ran and could not read the scan: say what happened, not that OCR is needed. */
function ocrFailed(file: string, pages: readonly number[], reason: string): DocumentError {
  return {
    code: 'needs-ocr',
    message: `'${file}' heeft geen bruikbare tekstlaag (pagina ${pages.join(', ')}) en de tekstherkenning kon die niet lezen: ${reason}.`,
  };
}

/** Drops the page-reading detail, takes misread OCR names as the region's official ones (now
 * that period and region are known) and attaches the checks. */
function finishTable(table: PageTable): ExtractedTable {
  const { printedHeaders: _printed, ...rest } = table;
  const withoutFlags: ExtractedTable = readOcrNames({ ...rest, flags: [] });
  return { ...withoutFlags, flags: checkTable(withoutFlags) };
}

function hasPdfHeader(bytes: Uint8Array): boolean {
  // The header may follow some junk bytes; readers accept it within the first KiB.
  const head = new TextDecoder('latin1').decode(bytes.subarray(0, 1024));
  return head.includes('%PDF-');
}

/** The errors the engine itself gives. A file stopped from outside (time limit, cancel, a worker
 * that failed) gets its error from the host's pool: shared/pdfPool/readFailures.ts. */
type EngineErrorCode = Exclude<DocumentErrorCode, 'timeout' | 'cancelled' | 'read-failed'>;

function documentError(code: EngineErrorCode, file: string, detail = ''): DocumentError {
  const name = `'${file}'`;
  const messages: Record<EngineErrorCode, string> = {
    'not-a-pdf': `${name} is geen PDF-bestand (het begint niet met %PDF-). Misschien is een ander soort bestand hernoemd naar .pdf.`,
    'damaged-pdf': `${name} is beschadigd of onvolledig en kan niet worden gelezen${detail ? ` (${detail})` : ''}. Download of exporteer het bestand opnieuw.`,
    'password-protected': `${name} is beveiligd met een wachtwoord. Sla het op zonder wachtwoord en probeer het opnieuw.`,
    'no-table': `${name} bevat geen tabel uit 'Transparantie van klantprofielen' (${detail} doorzocht).`,
    'needs-ocr': `${name} heeft geen bruikbare tekstlaag (pagina ${detail}: een scan, of tekst die niet als letters en cijfers te lezen is); tekstherkenning (OCR) is nodig.`,
  };
  return { code, message: messages[code] };
}

function errorName(err: unknown): string {
  return err && typeof err === 'object' && 'name' in err ? String((err as { name: unknown }).name) : '';
}

function errorMessage(err: unknown): string {
  return err instanceof Error ? err.message : String(err);
}

function throwIfAborted(signal: AbortSignal | undefined): void {
  if (signal?.aborted) throw signal.reason ?? new Error('afgebroken');
}

/** The canvas factory pdf.js made for this document (its host's: @napi-rs/canvas in Node, the
 * browser edition's OffscreenCanvas one in a worker), if the module exposes it. */
function canvasFactoryOf(doc: unknown): CanvasFactoryLike | undefined {
  const factory = (doc as { canvasFactory?: unknown }).canvasFactory;
  return factory && typeof (factory as CanvasFactoryLike).create === 'function' ? (factory as CanvasFactoryLike) : undefined;
}
