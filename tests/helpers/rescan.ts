// A PDF "scanned again" at another resolution, made in Node only (no pdftoppm, img2pdf or
// ImageMagick): pdf.js draws each page with its Node canvas factory (@napi-rs/canvas), the
// drawing becomes 8-bit gray pixels, and pdf-lib wraps them, Flate-compressed, as one
// DeviceGray image covering the page — what `pdftoppm -gray -r 150` + img2pdf make for the bench.
import { deflateSync } from 'node:zlib';
import { PDFDocument, concatTransformationMatrix, drawObject, popGraphicsState, pushGraphicsState } from 'pdf-lib';
import { loadPdfjs, standardFontDataPath } from '../../src/node/pdfjsNode';

interface CanvasEntry {
  canvas: unknown;
  context: { getImageData(x: number, y: number, w: number, h: number): { data: Uint8ClampedArray } };
}
interface CanvasFactory {
  create(width: number, height: number): CanvasEntry;
  destroy(entry: CanvasEntry): void;
}

/** Every page of `bytes` as a gray raster image at `dpi`, in a new PDF of the same page sizes. */
export async function rescanPdf(bytes: Uint8Array, dpi: number): Promise<Uint8Array> {
  const pdfjs = await loadPdfjs();
  const doc = await pdfjs.getDocument({
    data: bytes.slice(),
    isEvalSupported: false,
    standardFontDataUrl: standardFontDataPath(),
    verbosity: 0,
  }).promise;
  const factory = (doc as unknown as { canvasFactory: CanvasFactory }).canvasFactory;
  const out = await PDFDocument.create();
  try {
    for (let p = 1; p <= doc.numPages; p++) {
      const page = await doc.getPage(p);
      const size = page.getViewport({ scale: 1 });
      const viewport = page.getViewport({ scale: dpi / 72 });
      const width = Math.round(viewport.width);
      const height = Math.round(viewport.height);
      const entry = factory.create(width, height);
      try {
        await page.render({ canvas: entry.canvas, canvasContext: entry.context, viewport, background: 'white' } as never).promise;
        const { data } = entry.context.getImageData(0, 0, width, height);
        const gray = new Uint8Array(width * height);
        // ITU-R 601 luma, as pdftoppm -gray.
        for (let i = 0; i < gray.length; i++) {
          gray[i] = Math.round(0.299 * data[4 * i]! + 0.587 * data[4 * i + 1]! + 0.114 * data[4 * i + 2]!);
        }
        addImagePage(out, gray, width, height, size.width, size.height);
      } finally {
        factory.destroy(entry);
        page.cleanup();
      }
    }
  } finally {
    await doc.destroy();
  }
  return out.save();
}

function addImagePage(out: PDFDocument, gray: Uint8Array, width: number, height: number, pageWidth: number, pageHeight: number): void {
  const image = out.context.stream(deflateSync(gray), {
    Type: 'XObject',
    Subtype: 'Image',
    Width: width,
    Height: height,
    ColorSpace: 'DeviceGray',
    BitsPerComponent: 8,
    Filter: 'FlateDecode',
  });
  const ref = out.context.register(image);
  const page = out.addPage([pageWidth, pageHeight]);
  const name = page.node.newXObject('Scan', ref);
  page.pushOperators(pushGraphicsState(), concatTransformationMatrix(pageWidth, 0, 0, pageHeight, 0, 0), drawObject(name), popGraphicsState());
}
