// pdf.js's Node build loads @napi-rs/canvas (a native library) as it starts, although a text PDF
// does not need it: 20-25 ms in every thread that reads. The Node host loads it only when a page
// is drawn for OCR. Checked in a fresh process, because a test runner's process may have loaded
// it already.
import { execFile } from 'node:child_process';
import path from 'node:path';
import { promisify } from 'node:util';
import { describe, expect, it } from 'vitest';
import { FIXTURES_DIR } from '../helpers/fixtures';

const root = path.resolve(__dirname, '../..');
const tsx = path.join(root, 'node_modules/.bin/tsx');
const probe = path.join(__dirname, 'canvasProbe.ts');
const textPdf = path.join(FIXTURES_DIR, 'text/p1_2017q3_zuid-limburg_seed.pdf');
const nationalPdf = path.join(FIXTURES_DIR, 'national/p5_2019q2_national_10regions.pdf');
const scanPdf = path.join(FIXTURES_DIR, 'scans/p4_200dpi_2017q4_noord-holland-noord.pdf');
// Every glyph drawn as a path: no text and no scan image, so pdf.js draws the page for OCR.
const outlinedPdf = path.join(root, 'tests/derived/outlined_p1_2020q2_rijk-van-nijmegen_seed.pdf');

interface ProbeLine {
  file: string;
  tables: number;
  regions: string[];
  nativeCanvas: boolean;
}

async function probeFiles(...files: string[]): Promise<ProbeLine[]> {
  const { stdout } = await promisify(execFile)(tsx, [probe, ...files], { cwd: root, timeout: 120_000 });
  return stdout
    .split('\n')
    .filter(Boolean)
    .map((line) => JSON.parse(line) as ProbeLine);
}

describe('pdf.js loaded lean (Node host)', () => {
  it('reads text PDFs and image scans without the native canvas, and loads it to draw a page', async () => {
    const [text, national, scan, outlined, textAgain] = await probeFiles(textPdf, nationalPdf, scanPdf, outlinedPdf, textPdf);

    expect(text).toEqual({ file: path.basename(textPdf), tables: 1, regions: ['Zuid-Limburg'], nativeCanvas: false });
    expect(national).toMatchObject({ tables: 10, nativeCanvas: false });
    // OCR of a scan reads the page's image itself; nothing is drawn.
    expect(scan).toEqual({ file: path.basename(scanPdf), tables: 1, regions: ['Noord-Holland Noord'], nativeCanvas: false });
    // The outlined page is drawn with the real canvas, and OCR reads its table.
    expect(outlined).toMatchObject({ file: path.basename(outlinedPdf), tables: 1, regions: ['Rijk van Nijmegen'], nativeCanvas: true });
    // After the canvas is loaded, text PDFs read as before.
    expect(textAgain).toMatchObject({ file: path.basename(textPdf), tables: 1, regions: ['Zuid-Limburg'], nativeCanvas: true });
  }, 180_000);
});
