// What the CLI prints and writes must not be bent by the input: a file name with a line
// break or a right-to-left override stays on its own progress line, and a PDF whose page
// tree lies about its page count (/Count -5) never shows a negative page count.
import { copyFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { PDFDict, PDFDocument, PDFName, PDFNumber, StandardFonts } from 'pdf-lib';
import { afterAll, describe, expect, it } from 'vitest';
import { documentLine, summaryLine } from '../../src/cli/report';
import { USAGE } from '../../src/cli/usage';
import { extractFile } from '../helpers/extract';
import { FIXTURES_DIR } from '../helpers/fixtures';
import { goodPdf, readJson, removeTempDirs, runCli, tempDir } from './runCli';

afterAll(removeTempDirs);

describe('cli progress lines', () => {
  it('escapes a line break and bidi controls in a file name, one line per file', async () => {
    const dir = await tempDir();
    const tricky = path.join(dir, 'a\nFOUT: nep.pdf');
    const bidi = path.join(dir, 'rapport\u202efdp.exe.pdf');
    await copyFile(goodPdf, tricky);
    await copyFile(goodPdf, bidi);
    const jsonPath = path.join(dir, 'uit.json');

    const run = await runCli(['extract', tricky, bidi, '--json', jsonPath]);

    expect(run.code, run.stderr).toBe(0);
    const lines = run.stderr.trim().split('\n');
    // Two progress lines and the summary, nothing else; the names are written out escaped.
    expect(lines).toHaveLength(3);
    expect(lines.filter((line) => /^\[[12]\/2\] a\\nFOUT: nep\.pdf: 1 tabel, 0 meldingen$/.test(line))).toHaveLength(1);
    expect(run.stderr).not.toContain('\u202e');
    expect(run.stderr).toContain('rapport\\u{202e}fdp.exe.pdf');
    // The JSON keeps the real names (JSON escapes them itself).
    const result = await readJson(jsonPath);
    expect(result.documents.map((doc) => doc.file)).toEqual(['a\nFOUT: nep.pdf', 'rapport\u202efdp.exe.pdf']);
  });
});

describe('the words, as in the app', () => {
  it("counts the checks' findings as 'meldingen' (the app's word), in the file's line, the summary and the help", async () => {
    // Midden-Utrecht: Utrecht's row total and TOTAAL AMR's column total.
    const document = await extractFile(path.join(FIXTURES_DIR, 'errors/err_p1_2020q3_midden-utrecht_rowtotal.pdf'));
    expect(documentLine(document, 1, 1)).toBe('[1/1] err_p1_2020q3_midden-utrecht_rowtotal.pdf: 1 tabel, 2 meldingen');
    expect(summaryLine([document], [])).toBe('Klaar: 1 bestand, 1 tabel, 2 meldingen, 0 fouten.');
    expect(USAGE).toContain('meldingen in de controles zijn geen fouten');
    expect(`${documentLine(document, 1, 1)}\n${summaryLine([document], [])}\n${USAGE}`).not.toMatch(/bevinding/i);
  });
});

describe('a lying page count', () => {
  it('never writes or prints a negative page count', async () => {
    const dir = await tempDir();
    const pdf = path.join(dir, 'liegt.pdf');
    await writeFile(pdf, await pdfWithPageCount(-5));
    const jsonPath = path.join(dir, 'uit.json');

    const run = await runCli(['extract', pdf, goodPdf, '--json', jsonPath]);

    expect(run.code, run.stderr).toBe(1);
    const result = await readJson(jsonPath);
    const lying = result.documents[0]!;
    expect(lying.pageCount).toBe(0);
    expect(lying.error).toEqual({
      code: 'damaged-pdf',
      message:
        "'liegt.pdf' is beschadigd of onvolledig en kan niet worden gelezen (het opgegeven aantal pagina's is ongeldig). Download of exporteer het bestand opnieuw.",
    });
    expect(JSON.stringify(result)).not.toMatch(/-5\b/);
    expect(run.stderr).not.toMatch(/-5\b/);
    expect(result.documents[1]!.tables).toHaveLength(1);
  });
});

/** One page with text, its page tree's /Count replaced by `count`. */
async function pdfWithPageCount(count: number): Promise<Uint8Array> {
  const doc = await PDFDocument.create();
  const font = await doc.embedFont(StandardFonts.Helvetica);
  doc.addPage([300, 300]).drawText('Transparantie van klantprofielen', { x: 20, y: 200, font, size: 10 });
  doc.catalog.lookup(PDFName.of('Pages'), PDFDict).set(PDFName.of('Count'), PDFNumber.of(count));
  return doc.save({ useObjectStreams: false });
}
