// The narrowest a column may get so that each word of its header fits on a line: headers wrap
// between words, and a word split over two lines ("(onbeken" / "d)") reads as badly as "Categ…".
const HEADER_FONT = '600 13.5px system-ui, "Segoe UI", Roboto, "Helvetica Neue", Arial, sans-serif';
// The header cell's padding on both sides (AG Grid: 3 × grid size of 6 px) and room for the
// rename pencil or sort arrow beside the name.
const HEADER_CHROME = 2 * 18 + 22;

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
