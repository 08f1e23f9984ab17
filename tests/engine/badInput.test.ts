// Files that are not what they claim: each gets its own clear Dutch error naming the file,
// and none of them produces invented rows.
import fs from 'node:fs';
import path from 'node:path';
import { PDFDict, PDFDocument, PDFName, PDFNumber, StandardFonts } from 'pdf-lib';
import { describe, expect, it } from 'vitest';
import { FIXTURES_DIR } from '../helpers/fixtures';
import { extractFile, extractBytes } from '../helpers/extract';

const bad = (name: string) => path.join(FIXTURES_DIR, 'bad', name);

describe('bad input', () => {
  it.each([
    ['plain_text_renamed.pdf', 'not-a-pdf', /geen PDF-bestand/],
    ['truncated.pdf', 'damaged-pdf', /beschadigd of onvolledig/],
    ['password_protected.pdf', 'password-protected', /wachtwoord/],
    ['unrelated_text_page.pdf', 'no-table', /geen tabel/],
  ])('%s → %s', async (file, code, message) => {
    expect(JSON.parse(fs.readFileSync(bad(file.replace('.pdf', '.json')), 'utf8')).expect).toBe('error');
    const doc = await extractFile(bad(file));
    expect(doc.error?.code).toBe(code);
    expect(doc.error?.message).toMatch(message);
    expect(doc.error?.message).toContain(`'${file}'`);
    expect(doc.tables).toEqual([]);
  });

  it.each([-5, -1])('a page tree that claims %s pages is a damaged file, and the count is never passed on', async (count) => {
    const pdf = await PDFDocument.create();
    const font = await pdf.embedFont(StandardFonts.Helvetica);
    pdf.addPage([300, 300]).drawText('Transparantie van klantprofielen', { x: 20, y: 200, font, size: 10 });
    pdf.catalog.lookup(PDFName.of('Pages'), PDFDict).set(PDFName.of('Count'), PDFNumber.of(count));
    const doc = await extractBytes(await pdf.save({ useObjectStreams: false }), 'liegt.pdf');
    expect(doc.error?.code).toBe('damaged-pdf');
    expect(doc.error?.message).toMatch(/'liegt\.pdf' is beschadigd.*aantal pagina's/);
    expect(doc.pageCount).toBe(0);
    expect(JSON.stringify(doc)).not.toContain(String(count));
  });

  it("says it in Dutch only: pdf.js's own words are kept apart, for logs", async () => {
    const doc = await extractFile(bad('truncated.pdf'));
    expect(doc.error?.message).toBe("'truncated.pdf' is beschadigd of onvolledig en kan niet worden gelezen. Download of exporteer het bestand opnieuw.");
    expect(doc.error?.technical).toMatch(/\S/);
    expect(doc.error?.message).not.toContain(doc.error?.technical);
  });

  it('counts the pages searched for a table in proper Dutch, one or many', async () => {
    // The fixture has one page (pdf-lib counts it); a made-up file has three.
    const pages = (await PDFDocument.load(fs.readFileSync(bad('unrelated_text_page.pdf')))).getPageCount();
    expect(pages).toBe(1);
    expect((await extractFile(bad('unrelated_text_page.pdf'))).error?.message).toContain('(1 pagina doorzocht)');
    const pdf = await PDFDocument.create();
    const font = await pdf.embedFont(StandardFonts.Helvetica);
    for (let page = 0; page < 3; page++) pdf.addPage([300, 300]).drawText('Notulen van het overleg', { x: 20, y: 200, font, size: 10 });
    const doc = await extractBytes(await pdf.save(), 'notulen.pdf');
    expect(doc.error?.code).toBe('no-table');
    expect(doc.error?.message).toContain("(3 pagina's doorzocht)");
  });

  it('every bad fixture is covered above', () => {
    const pdfs = fs
      .readdirSync(path.join(FIXTURES_DIR, 'bad'))
      .filter((f) => f.endsWith('.pdf'))
      .sort();
    expect(pdfs).toEqual(['password_protected.pdf', 'plain_text_renamed.pdf', 'truncated.pdf', 'unrelated_text_page.pdf']);
  });

  it('reports a scan without text layer as needing OCR, with a warning per page', async () => {
    const doc = await extractFile(path.join(FIXTURES_DIR, 'scans', 'p4_300dpi_2020q3_twente.pdf'));
    expect(doc.error?.code).toBe('needs-ocr');
    expect(doc.ocrPages).toEqual([1]);
    expect(doc.warnings).toEqual([expect.objectContaining({ code: 'needs-ocr', page: 1 })]);
  });

  it('treats an empty file and random bytes after a PDF header as damaged, not as a crash', async () => {
    expect((await extractBytes(new Uint8Array(), 'leeg.pdf')).error?.code).toBe('not-a-pdf');
    const junk = new Uint8Array(4096).map((_, i) => (i * 7919) % 251);
    junk.set(new TextEncoder().encode('%PDF-1.4\n'), 0);
    const doc = await extractBytes(junk, 'rommel.pdf');
    expect(doc.error?.code).toBe('damaged-pdf');
    expect(doc.error?.message).toContain("'rommel.pdf'");
  });
});
