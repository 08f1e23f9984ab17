// Tolerances of the page layout analysis, in one place. Distances are in em (multiples of the
// font size of the text they apply to), so they hold for any page size, zoom or scan resolution;
// pitch-based ones are in multiples of the table's row pitch (baseline to baseline).

/** Words whose baselines differ by at most this (em) share a line: OCR baselines wobble by a
 * few tenths of an em, while the next line of text is at least ~1.1 em away. */
export const LINE_BASELINE_TOLERANCE = 0.35;

/** Narrowest vertical strip of whitespace (em) that separates two columns of a page (prose
 * beside a table, a legend box, a second table): wider than a word space (0.25–0.5 em, a bit
 * more in justified text, and never aligned over several lines), narrower than any gutter a
 * designer leaves between columns (≥ 1 em). */
export const COLUMN_GUTTER = 0.9;

/** Narrowest horizontal strip of whitespace (em) that separates blocks stacked on a page:
 * more than the space between the lines of a paragraph (0.2–0.4 em between line boxes), less
 * than a paragraph break or the space under a title. */
export const BLOCK_GAP = 0.8;

/** Narrowest strip (em), empty on every row of a table, that separates its name column from
 * text further left (a prose column, a legend box). The rows of a column all start at the same
 * x, so even a narrow gutter is empty on every row; a word space is not (names differ). */
export const NAME_COLUMN_GUTTER = 0.6;

/** Candidate rows of one table follow each other at the row pitch; a gap of more than this
 * many pitches starts another table (two regions printed one above the other). */
export const TABLE_BREAK_PITCHES = 4;

/** Lines within this many pitches above the first or below the last candidate row may still be
 * rows (an empty cell hides the signature) or wrapped parts of a name. */
export const ROW_ZONE_PITCHES = 0.8;

/** A wrapped name part has the rows' font size within this fraction. */
export const ROW_FONT_TOLERANCE = 0.3;

/** Header lines are printed no larger than this times the row font; a title is larger. */
export const HEADER_MAX_FONT_RATIO = 1.15;
/** Header lines follow each other closely: a gap of more than this many pitches ends the
 * header (the next text up is a title or a sentence). */
export const HEADER_LINE_GAP_PITCHES = 2;
/** How far above the first row (in pitches) header text is looked for at most. */
export const HEADER_REACH_PITCHES = 8;

/** Words of a header separated by less than this (em) form one phrase ("Totaal doelgroep"),
 * placed over the column its middle is in. */
export const PHRASE_GAP = 0.6;

/** The smallest number of rows (municipalities plus TOTAAL AMR) a table has: a single line
 * that ends in five numbers is not a table. */
export const MIN_TABLE_ROWS = 2;

/** Row pitch assumed (em) when a table has a single row to measure it from: a line and a bit. */
export const DEFAULT_PITCH = 1.6;

/** The name column ends this far (em) left of the widest first-column number: about a space. */
export const VALUES_START_MARGIN = 0.5;

/** The table reaches at most this fraction of a column gap past its last column: a number
 * wider than the others may stick out, text beyond is a neighbour. */
export const RIGHT_REACH_GAPS = 0.5;

/** Text whose box reaches this many pitches below the first row's top still counts as above it
 * (a header line drawn slightly low). */
export const ABOVE_ROW_SLACK_PITCHES = 0.1;

/** Rotated header words within this (em) of each other across the page are one vertical line. */
export const ROTATED_LINE_WIDTH = 0.5;

/** Fragments of one word (runs drawn in pieces, per-glyph output) share a baseline within this
 * (em); words of the next line are an em or more away. */
export const FRAGMENT_BASELINE_TOLERANCE = 0.2;
/** Fragments of one word are at most this far apart (em): less than the narrowest space
 * (~0.2 em); a small overlap (negative gap, up to the second value) is kerning. */
export const FRAGMENT_MAX_GAP = 0.12;
export const FRAGMENT_MAX_OVERLAP = 0.3;
/** Fragments of one word have font sizes within this fraction of each other. */
export const FRAGMENT_SIZE_TOLERANCE = 0.25;
/** Text drawn twice within this (em) of itself is fake bold: one word. */
export const OVERPRINT_TOLERANCE = 0.2;
