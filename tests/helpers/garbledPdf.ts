// PDFs whose text layer is there but useless, as producers sometimes make them: every font gets
// a /ToUnicode map that sends each character to another one (letters shifted, digits to
// letters). The page looks right when drawn; its extracted text forms no words or numbers.
import { PDFDict, PDFDocument, PDFName } from 'pdf-lib';

/** Where each printable byte's Unicode goes: a → h, b → i, …, 0 → q, 1 → w, … */
function scrambled(code: number): number {
  const c = String.fromCharCode(code);
  if (/[a-z]/.test(c)) return 97 + ((code - 97 + 7) % 26);
  if (/[A-Z]/.test(c)) return 65 + ((code - 65 + 7) % 26);
  if (/\d/.test(c)) return 'qwertyuiop'.charCodeAt(code - 48);
  return code;
}

function toUnicodeCMap(): string {
  const hex = (n: number, digits: number) => n.toString(16).toUpperCase().padStart(digits, '0');
  const entries = Array.from({ length: 0x7e - 0x21 + 1 }, (_, i) => 0x21 + i).map((code) => `<${hex(code, 2)}> <${hex(scrambled(code), 4)}>`);
  const chunks: string[] = [];
  for (let i = 0; i < entries.length; i += 100) {
    const part = entries.slice(i, i + 100);
    chunks.push(`${part.length} beginbfchar\n${part.join('\n')}\nendbfchar`);
  }
  return [
    '/CIDInit /ProcSet findresource begin',
    '12 dict begin',
    'begincmap',
    '/CIDSystemInfo << /Registry (Adobe) /Ordering (UCS) /Supplement 0 >> def',
    '/CMapName /Scrambled-UCS def',
    '/CMapType 2 def',
    '1 begincodespacerange',
    '<00> <FF>',
    'endcodespacerange',
    ...chunks,
    'endcmap',
    'CMapName currentdict /CMap defineresource pop',
    'end',
    'end',
  ].join('\n');
}

/** The PDF with every font of every page given the scrambling /ToUnicode map. */
export async function withScrambledTextLayer(bytes: Uint8Array): Promise<Uint8Array> {
  const doc = await PDFDocument.load(bytes);
  const cmap = doc.context.register(doc.context.stream(toUnicodeCMap()));
  for (const page of doc.getPages()) {
    const fonts = page.node.Resources()?.lookupMaybe(PDFName.of('Font'), PDFDict);
    if (!fonts) continue;
    for (const [, ref] of fonts.entries()) {
      const font = doc.context.lookup(ref, PDFDict);
      font.set(PDFName.of('ToUnicode'), cmap);
    }
  }
  return doc.save();
}
