// Text from outside (file names, text read from PDFs) on a terminal line: a line break would
// start a line that looks like our own ("FOUT: ..."), and bidi controls such as U+202E turn
// "fdp.exe" into what reads as "exe.pdf". Such characters are written out as escapes.

// C0 and C1 controls and DEL (Unicode's Cc), line/paragraph separators, and the bidi and invisible direction marks.
const UNPRINTABLE = /[\p{Cc}\u061c\u200e\u200f\u2028\u2029\u202a-\u202e\u2066-\u2069]/gu;

const NAMED: Readonly<Record<string, string>> = { '\n': '\\n', '\r': '\\r', '\t': '\\t' };

/** "a\nb" → "a\\nb", "\u202e" → "\\u{202e}"; everything else unchanged. */
export function printable(text: string): string {
  return text.replace(UNPRINTABLE, (char) => NAMED[char] ?? `\\u{${char.codePointAt(0)!.toString(16)}}`);
}
