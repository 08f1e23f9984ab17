// The page's own words for label and region: lines as the layout hands them over.
import { describe, expect, it } from 'vitest';
import { findPageLabel } from '../../src/engine/publication/pageMeta';
import { makeLine, type Line } from '../../src/engine/layout/lines';

/** A line of words 10 pt apart on one baseline (positions do not matter to these rules). */
function line(text: string, y = 100): Line {
  return makeLine(
    text.split(' ').map((word, i) => ({
      text: word,
      box: { x0: 40 * i, y0: y - 8, x1: 40 * i + 30, y1: y + 2 },
      originX: 40 * i,
      originY: y,
      fontSize: 10,
      angle: 0,
      width: 30,
    })),
  );
}

describe('page label and region without a register sentence', () => {
  it('reads a region whose name has a slash', () => {
    expect(findPageLabel([line('28 Zaanstreek/Waterland')], null)).toEqual({ label: '28', region: 'Zaanstreek/Waterland' });
  });

  it('prefers a known region over a date in a caption printed earlier on the page', () => {
    expect(findPageLabel([line('10 december', 90), line('5 Achterhoek')], null)).toEqual({ label: '5', region: 'Achterhoek' });
  });

  it('never takes a date for the region, even when no known region is printed', () => {
    expect(findPageLabel([line('10 december')], null)).toEqual({ label: null, region: null });
  });

  it('finds the label next to a known region inside a longer footer line', () => {
    expect(findPageLabel([line('Bron: UWV, Sonar 35 Gooi en Vechtstreek')], 'Gooi en Vechtstreek').label).toBe('35');
  });
});
