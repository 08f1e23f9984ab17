// Parsers for what the renderer sends. The renderer is the least trusted part of the app
// (it shows text read from arbitrary PDFs), so main checks shapes and sizes before use.
import path from 'node:path';
import { SCHEMA } from '@engine/model';
import type { PdfFile, SaveWorkbookRequest } from '@shared/ipc';

/** Far above any UWV publication (a few MB), low enough to refuse absurd input early. */
export const MAX_PDF_BYTES = 100 * 1024 * 1024;
const MAX_NAME_LENGTH = 255;

export class InvalidRequestError extends Error {
  constructor(message: string) {
    super(`Ongeldig verzoek: ${message}`);
    this.name = 'InvalidRequestError';
  }
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function fileName(value: unknown, what: string): string {
  if (typeof value !== 'string' || value.length === 0 || value.length > MAX_NAME_LENGTH) {
    throw new InvalidRequestError(`${what} ontbreekt of is te lang`);
  }
  return value;
}

export function parseNothing(raw: unknown): void {
  if (raw !== undefined && raw !== null) throw new InvalidRequestError('dit verzoek heeft geen gegevens');
}

export function parsePdfFile(raw: unknown): PdfFile {
  if (!isRecord(raw)) throw new InvalidRequestError('geen bestand');
  const name = fileName(raw.name, 'bestandsnaam');
  if (!(raw.bytes instanceof Uint8Array)) throw new InvalidRequestError(`${name}: geen bestandsinhoud`);
  if (raw.bytes.byteLength > MAX_PDF_BYTES) throw new InvalidRequestError(`${name} is groter dan 100 MB`);
  return { name, bytes: raw.bytes };
}

export function parseSaveWorkbookRequest(raw: unknown): SaveWorkbookRequest {
  if (!isRecord(raw) || !isRecord(raw.result)) throw new InvalidRequestError('geen resultaat om op te slaan');
  const { result } = raw;
  if (result.schema !== SCHEMA || !Array.isArray(result.documents)) {
    throw new InvalidRequestError(`resultaat is geen ${SCHEMA}`);
  }
  const suggestedName = fileName(raw.suggestedName, 'voorgestelde naam');
  // The shape below the document list is the workbook writer's to read; it only reads.
  return { result: result as unknown as SaveWorkbookRequest['result'], suggestedName };
}

/** A plain "<name>.xlsx" from whatever the renderer suggested: no folders, no odd characters. */
export function safeWorkbookName(suggested: string): string {
  const base = path.basename(suggested.replaceAll('\\', '/')).replace(/\.xlsx$/i, '');
  const cleaned = base.replace(/[<>:"/\\|?*\u0000-\u001f]/g, '_').replace(/^\.+/, '').trim();
  return `${cleaned || 'klantprofielen'}.xlsx`;
}
