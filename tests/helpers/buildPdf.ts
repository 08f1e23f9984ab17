// Builds small PDFs for geometry tests with pdf-lib: text placed in display coordinates
// (origin top-left, y down, baseline), on portrait, landscape or /Rotate-d pages.
import { PDFDocument, StandardFonts, degrees, type PDFFont } from 'pdf-lib';

export interface PlacedText {
  text: string;
  /** Display coordinates of the baseline start, y measured down from the top. */
  x: number;
  y: number;
  size?: number;
  /** Direction on the displayed page: 0 = left to right, 90 = bottom to top. */
  rotate?: 0 | 90;
  bold?: boolean;
}

export interface PageSpec {
  /** Displayed size. */
  width: number;
  height: number;
  /** Page /Rotate; the content is drawn so that it still displays upright. */
  pageRotate?: 0 | 90;
  texts: PlacedText[];
}

export async function buildPdf(pages: PageSpec[]): Promise<Uint8Array> {
  const doc = await PDFDocument.create();
  const regular = await doc.embedFont(StandardFonts.Helvetica);
  const bold = await doc.embedFont(StandardFonts.HelveticaBold);
  for (const spec of pages) {
    const rotated = spec.pageRotate === 90;
    // With /Rotate 90 the user space is the display turned: display X = user y, display Y = user x.
    const page = doc.addPage(rotated ? [spec.height, spec.width] : [spec.width, spec.height]);
    if (rotated) page.setRotation(degrees(90));
    for (const t of spec.texts) {
      const font = t.bold ? bold : regular;
      const size = t.size ?? 9;
      if (rotated) {
        page.drawText(t.text, { x: t.y, y: t.x, size, font, rotate: degrees(90 + (t.rotate ?? 0)) });
      } else {
        page.drawText(t.text, { x: t.x, y: spec.height - t.y, size, font, rotate: degrees(t.rotate ?? 0) });
      }
    }
  }
  return doc.save();
}

export async function helvetica(): Promise<PDFFont> {
  const doc = await PDFDocument.create();
  return doc.embedFont(StandardFonts.Helvetica);
}

export interface TableSpec {
  period?: string;
  region: string;
  label: string;
  rows: { name: string; counts: number[]; total: number }[];
  totalRow?: { counts: number[]; total: number };
  register?: { total: number; percent: number };
}

export const dutch = (n: number): string => n.toLocaleString('de-DE');

/** Texts of a 2017-style page: period, label + region, header, rows, sentence. Numbers are
 * right-aligned at fixed column edges, as the real pages print them. */
export function tableTexts(
  spec: TableSpec,
  font: PDFFont,
  opts: { top?: number; columnRight?: number[]; rowPitch?: number; size?: number; header?: boolean } = {},
): PlacedText[] {
  const size = opts.size ?? 9;
  const right = opts.columnRight ?? [300, 355, 410, 465, 545];
  const pitch = opts.rowPitch ?? 14.5;
  let y = opts.top ?? 90;
  const texts: PlacedText[] = [];
  if (spec.period) texts.push({ text: spec.period, x: 42, y: y - 40, size: 11 });
  texts.push({ text: spec.label, x: 48, y: y - 20, size: 12 }, { text: spec.region, x: 76, y: y - 20, size: 14 });
  if (opts.header !== false) {
    texts.push(
      { text: 'Totaal doelgroep', x: 485, y: y, size: 7.5 },
      { text: 'banenafspraak in', x: 484, y: y + 9, size: 7.5 },
      { text: 'Sonar', x: 503, y: y + 18, size: 7.5 },
    );
    y += 34;
  }
  const rowTexts = (name: string, values: number[], bold = false) => {
    texts.push({ text: name, x: 45, y, size, bold });
    values.forEach((v, i) => {
      const s = dutch(v);
      texts.push({ text: s, x: right[i]! - font.widthOfTextAtSize(s, size), y, size, bold });
    });
    y += pitch;
  };
  for (const r of spec.rows) rowTexts(r.name, [...r.counts, r.total]);
  if (spec.totalRow) rowTexts('TOTAAL AMR', [...spec.totalRow.counts, spec.totalRow.total], true);
  if (spec.register) {
    texts.push(
      {
        text: `In Sonar zijn niet alle doelgroepers opgenomen, in de arbeidsmarktregio ${spec.region} bevat het`,
        x: 42,
        y: y + 20,
        size: 9,
      },
      {
        text: `doelgroepregister banenafspraak in totaal ${dutch(spec.register.total)} personen. Hiervan is ${spec.register.percent}% bekend binnen Sonar.`,
        x: 42,
        y: y + 32,
        size: 9,
      },
    );
  }
  return texts;
}

/** A small consistent region to build pages from. */
export function sampleTable(): Required<TableSpec> {
  const rows = [
    { name: 'Beuningen', counts: [14, 30, 113, 57], total: 214 },
    { name: 'Berg en Dal', counts: [26, 85, 188, 66], total: 365 },
    { name: "'s-Hertogenbosch", counts: [209, 654, 1417, 386], total: 2666 },
    { name: 'Súdwest-Fryslân', counts: [33, 86, 177, 72], total: 368 },
  ];
  const counts = [0, 1, 2, 3].map((i) => rows.reduce((s, r) => s + r.counts[i]!, 0));
  const total = rows.reduce((s, r) => s + r.total, 0);
  return {
    period: 'Tweede kwartaal 2020',
    region: 'Rijk van Nijmegen',
    label: '25',
    rows,
    totalRow: { counts, total },
    register: { total: 5000, percent: Math.round((100 * total) / 5000) },
  };
}
