// Runs the real engine on a real file, with the Node build of pdf.js.
import fs from 'node:fs';
import path from 'node:path';
import { extractDocument, type ExtractedDocument } from '../../src/engine';
import { loadPdfjs, standardFontDataPath } from '../../src/node/pdfjsNode';

export async function extractFile(file: string): Promise<ExtractedDocument> {
  return extractBytes(new Uint8Array(fs.readFileSync(file)), path.basename(file));
}

export async function extractBytes(bytes: Uint8Array, name: string): Promise<ExtractedDocument> {
  const pdfjs = await loadPdfjs();
  return extractDocument(bytes, name, pdfjs, { standardFontDataUrl: standardFontDataPath() });
}
