import { describe, expect, it } from 'vitest';
import { parseCountInput, parseInput, parseNameInput, parsePercentInput } from '../../src/renderer/session';
import { suggestedWorkbookName } from '../../src/renderer/summary';
import type { ExtractedDocument } from '../../src/engine/model';

describe('number input', () => {
  it('reads Dutch numbers, plain digits and an empty cell', () => {
    const cases: [string, number | null][] = [
      ['1.561', 1561],
      ['1561', 1561],
      [' 1 561 ', 1561],
      ['1\u00a0561', 1561],
      ['12.345.678', 12345678],
      ['0', 0],
      ['', null],
      ['   ', null],
      ['12,5', 12.5],
      ['-3', -3],
      ['\u22123', -3],
    ];
    for (const [text, value] of cases) expect(parseCountInput(text), text).toEqual({ ok: true, value });
  });

  it('refuses text that is no number, and dots that are not thousands separators', () => {
    for (const text of ['abc', '8l3', '1.5', '1.56', '1,2,3', '12-', '1e3', '0x10', '--1']) {
      expect(parseCountInput(text), text).toEqual({ ok: false, message: `'${text}' is geen getal` });
    }
  });

  it('percentages may end in %', () => {
    expect(parsePercentInput('70%')).toEqual({ ok: true, value: 70 });
    expect(parsePercentInput(' 69,8 % ')).toEqual({ ok: true, value: 69.8 });
    expect(parsePercentInput('')).toEqual({ ok: true, value: null });
    expect(parseCountInput('70%').ok).toBe(false);
  });

  it('names are tidied and may not be empty; each column gets its parser', () => {
    expect(parseNameInput('  Sittard -  Geleen ')).toEqual({ ok: true, value: 'Sittard - Geleen' });
    expect(parseNameInput(' ').ok).toBe(false);
    expect(parseInput('name', '1.561')).toEqual({ ok: true, value: '1.561' });
    expect(parseInput('c3', '1.561')).toEqual({ ok: true, value: 1561 });
    expect(parseInput('percent', '70%')).toEqual({ ok: true, value: 70 });
    expect(parseInput('register', '10.178')).toEqual({ ok: true, value: 10178 });
  });
});

describe('suggested workbook name', () => {
  const document = (periods: ({ year: number; quarter: number } | null)[], error = false): ExtractedDocument => ({
    file: 'x.pdf',
    pageCount: 1,
    warnings: [],
    tables: periods.map((period) => ({
      page: 1,
      period,
      region: 'R',
      pageLabel: null,
      headers: [],
      rows: [],
      totalRow: null,
      register: null,
      flags: [],
      source: 'text',
    })),
    ...(error ? { error: { code: 'damaged-pdf', message: 'x' } } : {}),
  });

  it('names the quarter as the app does (K1..K4), or the first and last quarter', () => {
    expect(suggestedWorkbookName([document([{ year: 2017, quarter: 3 }])])).toBe('klantprofielen-2017-K3.xlsx');
    expect(suggestedWorkbookName([document([{ year: 2020, quarter: 2 }, null]), document([{ year: 2017, quarter: 3 }])])).toBe(
      'klantprofielen-2017-K3-tot-2020-K2.xlsx',
    );
    expect(suggestedWorkbookName([document([null]), document([{ year: 2019, quarter: 1 }], true)])).toBe('klantprofielen.xlsx');
    expect(suggestedWorkbookName([])).toBe('klantprofielen.xlsx');
  });
});
