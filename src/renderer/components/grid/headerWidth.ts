// The narrowest a column may get so that each word of its header fits on a line: headers wrap
// between words, and a word split over two lines ("(onbeken" / "d)") reads as badly as "Categ…".
const HEADER_FONT = '600 13.5px system-ui, "Segoe UI", Roboto, "Helvetica Neue", Arial, sans-serif';
// The header cell's padding on both sides (AG Grid: 3 × grid size of 6 px). The rename pencil
// and sort arrow get no room of their own: they show on hover or after a sort, when the name's
// tooltip tells it whole, and every column this makes wider pushes Totaal out of a 1280 px view.
const HEADER_CHROME = 2 * 18;

let context: CanvasRenderingContext2D | null | undefined;

function measure(text: string): number {
  if (context === undefined) context = typeof document === 'undefined' ? null : document.createElement('canvas').getContext('2d');
  if (!context) return text.length * 8.5;
  context.font = HEADER_FONT;
  return context.measureText(text).width;
}

/** At least `floor` px, and wide enough for the header's longest word. */
export function headerMinWidth(header: string, floor: number): number {
  const longestWord = Math.max(0, ...header.split(/\s+/).map(measure));
  return Math.max(floor, Math.ceil(longestWord) + HEADER_CHROME);
}
