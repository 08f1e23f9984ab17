// Words cut out of one run are placed by Helvetica's advance widths, scaled to the run's width.
// Expected positions are worked out here from the published metrics (space 278, digit 556,
// "R" 722, "i" 222, "j" 222, "k" 500), not taken from the code.
import { describe, expect, it } from 'vitest';
import { median, sortedMedian } from '../../src/engine/geometry/box';
import { splitRunsIntoWords } from '../../src/engine/layout/words';
import type { TextRun } from '../../src/engine/pdf/textRun';

function run(text: string, width: number): TextRun {
  return { text, box: { x0: 100, y0: 490, x1: 100 + width, y1: 502 }, originX: 100, originY: 500, fontSize: 10, angle: 0, width };
}

describe('words inside one run', () => {
  it('places each word at the advance of the text before it', () => {
    // "25 Rijk": 556 + 556 + 278 + 722 + 222 + 222 + 500 = 3056 thousandths.
    const words = splitRunsIntoWords([run('25 Rijk', 30.56)]);
    expect(words.map((w) => w.text)).toEqual(['25', 'Rijk']);
    expect(words[0]!.originX).toBeCloseTo(100, 6);
    expect(words[0]!.width).toBeCloseTo(11.12, 6);
    expect(words[1]!.originX).toBeCloseTo(100 + 13.9, 6);
    expect(words[1]!.width).toBeCloseTo(16.66, 6);
  });

  it('counts a character outside the BMP once, though it takes two UTF-16 units', () => {
    // "𝟐" (U+1D7D0) is not in the ASCII table: a digit's width, 556. Then a space and "1".
    const words = splitRunsIntoWords([run('𝟐 1', 13.9)]);
    expect(words.map((w) => w.text)).toEqual(['𝟐', '1']);
    expect(words[1]!.originX).toBeCloseTo(100 + 8.34, 6);
    expect(words[1]!.width).toBeCloseTo(5.56, 6);
  });

  it('splits runs with several spaces between words at every word', () => {
    const words = splitRunsIntoWords([run('1  2   3', 10)]);
    expect(words.map((w) => w.text)).toEqual(['1', '2', '3']);
    expect(words.map((w) => w.originX)).toEqual([...words.map((w) => w.originX)].sort((a, b) => a - b));
  });
});

describe('median', () => {
  it('takes the middle value, or the mean of the middle two, whatever the input order', () => {
    expect(median([3, 1, 2])).toBe(2);
    expect(median([10, -4, 7, 1])).toBe(4);
    expect(median([])).toBeNaN();
  });

  it('leaves its input as it was', () => {
    const values = [5, 1, 3];
    median(values);
    expect(values).toEqual([5, 1, 3]);
  });

  it('reads the middle of values given in order', () => {
    expect(sortedMedian([1, 2, 9])).toBe(2);
    expect(sortedMedian([1, 2, 4, 9])).toBe(3);
  });
});
