// Hostile PDFs built in Node for the memory tests: a few MB on disk that inflate to gigabytes
// (a content stream or a ToUnicode CMap of zlib-compressed blanks), and image XObjects that
// declare a huge pixel count. zlib compresses a 64 MB block of blanks over and over, so the
// decoded size never has to exist in this process.
import { constants, createDeflate } from 'node:zlib';
import { PDFDocument, PDFName, PDFNumber, PDFRawStream, type PDFRef, StandardFonts } from 'pdf-lib';

const BLOCK = 64 * 1024 * 1024;

/** zlib (FlateDecode) bytes of `decodedBytes` of `fill` (a byte, e.g. 0x20, or text repeated). */
export async function deflatedFill(decodedBytes: number, fill: number | string, prefix = '', suffix = ''): Promise<Uint8Array> {
  const deflate = createDeflate({ level: constants.Z_BEST_COMPRESSION });
  const chunks: Buffer[] = [];
  deflate.on('data', (chunk: Buffer) => chunks.push(chunk));
  const done = new Promise<void>((resolve, reject) => {
    deflate.on('end', resolve);
    deflate.on('error', reject);
  });
  const block = Buffer.alloc(typeof fill === 'string' ? BLOCK - (BLOCK % fill.length) : BLOCK, fill, 'latin1');
  const write = (data: Buffer): Promise<void> => new Promise((resolve) => (deflate.write(data) ? resolve() : deflate.once('drain', () => resolve())));
  if (prefix) await write(Buffer.from(prefix, 'latin1'));
  for (let left = decodedBytes; left > 0; left -= block.length) await write(left >= block.length ? block : block.subarray(0, left));
  if (suffix) await write(Buffer.from(suffix, 'latin1'));
  deflate.end();
  await done;
  return new Uint8Array(Buffer.concat(chunks));
}

function rawStream(doc: PDFDocument, bytes: Uint8Array, entries: Record<string, number | string> = {}): PDFRef {
  const dict = doc.context.obj({ Filter: 'FlateDecode', Length: bytes.length });
  for (const [key, value] of Object.entries(entries)) {
    dict.set(PDFName.of(key), typeof value === 'number' ? PDFNumber.of(value) : PDFName.of(value));
  }
  return doc.context.register(PDFRawStream.of(dict, bytes));
}

/** A page whose content stream inflates to `decodedBytes` of spaces followed by a line of text;
 * with `textOperators` it is text-drawing operators instead (which fill the JS heap with text
 * items rather than one buffer). */
export async function contentStreamBomb(decodedBytes: number, textOperators = false): Promise<Uint8Array> {
  const doc = await PDFDocument.create();
  const font = await doc.embedFont(StandardFonts.Helvetica);
  const page = doc.addPage([595, 842]);
  page.drawText('Transparantie van klantprofielen', { x: 50, y: 800, size: 12, font });
  const fontKey = [...page.node.normalizedEntries().Font.keys()][0]!.asString();
  const tail = `\nBT ${fontKey} 12 Tf 50 780 Td (bom) Tj ET\n`;
  const fill = textOperators ? `BT ${fontKey} 9 Tf 40 400 Td (12345) Tj ET\n` : 0x20;
  page.node.set(PDFName.of('Contents'), rawStream(doc, await deflatedFill(decodedBytes, fill, '', tail)));
  return doc.save({ useObjectStreams: false });
}

/** A page whose font has a ToUnicode CMap inflating to `decodedBytes` (blanks inside a valid CMap). */
export async function toUnicodeBomb(decodedBytes: number): Promise<Uint8Array> {
  const doc = await PDFDocument.create();
  const font = await doc.embedFont(StandardFonts.Helvetica);
  const page = doc.addPage([595, 842]);
  page.drawText('Transparantie van klantprofielen', { x: 50, y: 800, size: 12, font });
  await doc.flush();
  const head = '/CIDInit /ProcSet findresource begin 12 dict begin begincmap\n1 begincodespacerange <00> <FF> endcodespacerange\n';
  const tail = '\n1 beginbfchar <41> <0041> endbfchar\nendcmap CMapName currentdict /CMap defineresource pop end end\n';
  const cmap = rawStream(doc, await deflatedFill(decodedBytes, 0x20, head, tail));
  const fontDict = doc.context.lookup(font.ref) as unknown as { set(key: PDFName, value: PDFRef): void };
  fontDict.set(PDFName.of('ToUnicode'), cmap);
  return doc.save({ useObjectStreams: false });
}

/** A page that is one gray image XObject of width × height pixels (no text layer: a "scan").
 * With `realPixels` the image data really holds every pixel (zeros, compressed); without it
 * the stream is a few bytes, so only the declared size is huge. */
export async function hugeImagePdf(width: number, height: number, realPixels: boolean): Promise<Uint8Array> {
  const doc = await PDFDocument.create();
  const page = doc.addPage([595, 842]);
  const data = realPixels ? await deflatedFill(width * height, 0xff) : await deflatedFill(1024, 0xff);
  const image = rawStream(doc, data, { Type: 'XObject', Subtype: 'Image', Width: width, Height: height, BitsPerComponent: 8, ColorSpace: 'DeviceGray' });
  page.node.setXObject(PDFName.of('Im1'), image);
  const content = new TextEncoder().encode('q 595 0 0 842 0 0 cm /Im1 Do Q\n');
  page.node.set(PDFName.of('Contents'), doc.context.register(PDFRawStream.of(doc.context.obj({ Length: content.length }), content)));
  return doc.save({ useObjectStreams: false });
}
