// What the renderer may send on each invoke channel, as one schema per channel: the schema is
// both the request's TypeScript type (shared/ipc.ts infers it from here) and the runtime check
// main runs before any handler sees the request (main/requests.ts). The renderer is the least
// trusted part of the app (it shows text read from arbitrary PDFs), so shapes and sizes are
// checked, and every message is Dutch for the status bar.
// Relative imports: the CLI reaches this file, and tsx run from another folder knows no aliases.
import * as v from 'valibot';
import { SCHEMA, type ExtractionResult } from '../engine/model';
import { OCR_MODES } from '../engine/ocr/ocrEngine';
import { MAX_PDF_BYTES } from './fileLimits';

/** Session and project files are text of bounded size (no tables in them, only edits). */
export const MAX_SAVED_TEXT_LENGTH = 20 * 1024 * 1024;
const MAX_NAME_LENGTH = 255;
const MAX_PATH_LENGTH = 4096;

/** A kept session's name in the sessions folder: an id can never reach outside it. */
export const KEPT_SESSION_NAME = /^session-(\d{4}-\d{2}-\d{2}T\d{2}-\d{2}-\d{2}-\d{3}Z)(?:-\d+)?(\.unreadable)?\.json$/;

/** Job ids are made by the renderer; short and plain, so they cannot smuggle anything into logs
 * or maps. */
const JOB_ID = /^[A-Za-z0-9_-]{1,64}$/;

const fileName = (what: string) =>
  v.pipe(
    v.string(`${what} ontbreekt of is te lang`),
    v.minLength(1, `${what} ontbreekt of is te lang`),
    v.maxLength(MAX_NAME_LENGTH, `${what} ontbreekt of is te lang`),
  );
const savedText = (what: string) =>
  v.pipe(
    v.string(`${what} ontbreekt of is te groot`),
    v.minLength(1, `${what} ontbreekt of is te groot`),
    v.maxLength(MAX_SAVED_TEXT_LENGTH, `${what} ontbreekt of is te groot`),
  );
const jobId = v.pipe(v.string('ongeldige taak-id'), v.regex(JOB_ID, 'ongeldige taak-id'));

/** An absolute path on Linux, macOS or Windows, written without Node so every layer can check
 * it; what it may point at is main's allow-list's to decide. */
function looksAbsolute(path: string): boolean {
  return path.startsWith('/') || /^[A-Za-z]:[\\/]/.test(path) || path.startsWith('\\\\');
}

/** A PDF as the renderer hands it over. A `path` it sends back is dropped: main uses only paths
 * it obtained itself. */
const pdfFile = v.pipe(
  v.object({ name: fileName('bestandsnaam'), bytes: v.custom<Uint8Array>((input) => input instanceof Uint8Array, 'geen bestandsinhoud') }, 'geen bestand'),
  v.check(
    (file) => file.bytes.byteLength <= MAX_PDF_BYTES,
    (issue) => `${(issue.input as { name: string }).name} is groter dan 100 MB`,
  ),
);

/** For channels that carry nothing: anything but undefined or null is refused. */
const nothing = v.pipe(
  v.custom<null | undefined>((input) => input === undefined || input === null, 'dit verzoek heeft geen gegevens'),
  v.transform((): void => undefined),
);

export const extractRequest = v.object(
  {
    jobId,
    file: pdfFile,
    /** Scanned pages: main's default ('auto') when absent. */
    ocr: v.optional(v.picklist(OCR_MODES, `onbekende OCR-stand (verwacht ${OCR_MODES.join(', ')})`)),
  },
  'geen leesopdracht',
);

export const cancelExtractRequest = v.object({ jobId }, 'geen taak om te annuleren');

export const saveWorkbookRequest = v.object(
  {
    /** Tables as corrected in the grid, with `corrections` for the "Correcties" sheet. The shape
     * below the document list is the workbook writer's to read; it only reads. */
    result: v.custom<ExtractionResult>((input) => {
      const result = input as { schema?: unknown; documents?: unknown } | null;
      return typeof result === 'object' && result !== null && result.schema === SCHEMA && Array.isArray(result.documents);
    }, `resultaat is geen ${SCHEMA}`),
    /** File name offered in the save dialog; main keeps only a safe base name of it. */
    suggestedName: fileName('voorgestelde naam'),
  },
  'geen resultaat om op te slaan',
);

/** A chart is a screen-sized PNG, far below this (measured: about 100 kB at 2× pixel ratio). */
export const MAX_CHART_BYTES = 20 * 1024 * 1024;
const PNG_SIGNATURE = [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a];

export const saveChartRequest = v.object(
  {
    /** The chart as drawn, a PNG: main writes only bytes that start as one, of bounded size. */
    png: v.custom<Uint8Array>(
      (input) => input instanceof Uint8Array && input.length <= MAX_CHART_BYTES && PNG_SIGNATURE.every((byte, index) => input[index] === byte),
      'geen PNG-afbeelding (of groter dan 20 MB)',
    ),
    suggestedName: fileName('voorgestelde naam'),
  },
  'geen grafiek om op te slaan',
);

export const saveSessionRequest = v.object({ /** The session file (shared/savedWork), JSON. */ text: savedText('sessie') }, 'geen sessie om op te slaan');

export const keptSessionRequest = v.object(
  { /** A SavedSessionInfo's id. */ id: v.pipe(v.string('geen bewaarde sessie'), v.regex(KEPT_SESSION_NAME, 'geen bewaarde sessie')) },
  'geen bewaarde sessie',
);

export const saveProjectRequest = v.object(
  {
    /** The project file with absolute PDF paths; main makes them relative to where it is saved. */
    text: savedText('project'),
    suggestedName: fileName('voorgestelde naam'),
  },
  'geen project om op te slaan',
);

export const readPdfPathRequest = v.object(
  {
    /** Absolute path of a PDF named in a saved session or project. */
    path: v.pipe(
      v.string('geen geldig pad'),
      v.maxLength(MAX_PATH_LENGTH, 'geen geldig pad'),
      v.check((path) => !path.includes('\u0000') && looksAbsolute(path), 'geen geldig pad'),
    ),
  },
  'geen geldig pad',
);

export const locatePdfRequest = v.object(
  { /** The file name looked for, shown in the dialog's title. */ name: fileName('bestandsnaam') },
  'geen bestand om te zoeken',
);

/** The schema of every invoke channel's request. */
export const REQUEST_SCHEMAS = {
  'app:version': nothing,
  'pdf:extract': extractRequest,
  'pdf:cancel': cancelExtractRequest,
  'workbook:save': saveWorkbookRequest,
  'chart:save': saveChartRequest,
  'files:ready': nothing,
  'session:load': nothing,
  'session:save': saveSessionRequest,
  'session:history': nothing,
  'session:read-kept': keptSessionRequest,
  'session:export-kept': keptSessionRequest,
  'project:save': saveProjectRequest,
  'project:open': nothing,
  'pdf:read-path': readPdfPathRequest,
  'pdf:locate': locatePdfRequest,
} as const;

export type RequestOf<S extends v.GenericSchema> = v.InferOutput<S>;
