// Which text layers count as usable: every page of the fixtures with a text layer (tables,
// cover, introduction, an unrelated page), and not a layer whose characters are readable but
// form no words (a font with a wrong but plausible Unicode map), nor one of private-use glyphs.
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { judgeTextLayer } from '../../src/engine/pdf/textLayer';
import { readPageText, type PdfPageLike } from '../../src/engine/pdf/readPage';
import type { TextRun } from '../../src/engine/pdf/textRun';
import { loadPdfjs, standardFontDataPath } from '../../src/node/pdfjsNode';
import { FIXTURES_DIR } from '../helpers/fixtures';

async function pagesOf(file: string): Promise<TextRun[][]> {
  const pdfjs = await loadPdfjs();
  const doc = await pdfjs.getDocument({
    data: new Uint8Array(readFileSync(file)),
    standardFontDataUrl: standardFontDataPath(),
    isEvalSupported: false,
    verbosity: 0,
  }).promise;
  const pages: TextRun[][] = [];
  for (let p = 1; p <= doc.numPages; p++) pages.push((await readPageText((await doc.getPage(p)) as unknown as PdfPageLike, p)).runs);
  await doc.destroy();
  return pages;
}

const runsOf = (text: string): TextRun[] =>
  text.split('\n').map((line, i) => ({ text: line, x: 40, y: 40 + 12 * i, width: 6 * line.length, height: 9, fontSize: 9 }) as unknown as TextRun);

/** Every letter moved on by `shift` in the alphabet, digits turned into letters. */
function scramble(text: string, shift = 7): string {
  return text.replace(/[a-z]/g, (c) => String.fromCharCode(97 + ((c.charCodeAt(0) - 97 + shift) % 26))).replace(/\d/g, (d) => 'qwertyuiop'[Number(d)]!);
}

const SENTENCE =
  'In Sonar zijn niet alle doelgroepers opgenomen, in de arbeidsmarktregio Twente bevat het doelgroepregister banenafspraak in totaal 14.441 personen. Hiervan is 67% bekend binnen Sonar.';
const INTRO =
  'Gemeenten en UWV zijn samen verantwoordelijk voor transparantie op de arbeidsmarkt. Voor werkgevers en intermediairs heeft UWV daarom de kandidatenverkenner banenafspraak gemaakt: een online databank op werk.nl met anonieme profielen van mensen uit de doelgroep van de banenafspraak.';

describe('judgeTextLayer', () => {
  it('finds every page of the fixtures with a text layer usable', async () => {
    const files = ['text', 'national', 'errors'].flatMap((folder) =>
      readdirSync(path.join(FIXTURES_DIR, folder))
        .filter((name) => name.endsWith('.pdf'))
        .map((name) => path.join(FIXTURES_DIR, folder, name)),
    );
    files.push(path.join(FIXTURES_DIR, 'bad/unrelated_text_page.pdf'));
    for (const file of files) {
      const verdicts = (await pagesOf(file)).map(judgeTextLayer);
      expect(
        verdicts.filter((verdict) => verdict !== 'usable'),
        path.basename(file),
      ).toEqual([]);
    }
  });

  it('finds a scanned page without text "none"', async () => {
    expect((await pagesOf(path.join(FIXTURES_DIR, 'scans/p4_300dpi_2020q3_twente.pdf'))).map(judgeTextLayer)).toEqual(['none']);
  });

  it('finds readable characters that form no words or numbers "garbled"', () => {
    expect(judgeTextLayer(runsOf(`${SENTENCE}\n${INTRO}`))).toBe('usable');
    expect(judgeTextLayer(runsOf(scramble(`${SENTENCE}\n${INTRO}`)))).toBe('garbled');
    // A table of numbers with scrambled names still reads as numbers.
    const rows = Array.from({ length: 12 }, (_, i) => `${scramble('Gemeente')} ${i} ${10 * i} ${100 + i} ${3 * i} ${1000 + i}`).join('\n');
    expect(judgeTextLayer(runsOf(rows))).toBe('usable');
    expect(judgeTextLayer(runsOf(scramble(rows)))).toBe('garbled');
  });

  it('finds private-use glyphs "garbled" and a few words no verdict on language', () => {
    expect(judgeTextLayer(runsOf('\uE001\uE002\uE003 '.repeat(20)))).toBe('garbled');
    expect(judgeTextLayer(runsOf(scramble('Derde kwartaal 2020 Twente')))).toBe('usable');
  });
});
