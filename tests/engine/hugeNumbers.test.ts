// Numbers beyond 2^53 (and beyond 1e21) must be printed with all their digits in Dutch
// grouping: "9.007.199.254.741.260" once lost its last zero to a "strip trailing decimal
// zeros" step that also ran on whole numbers.
import { describe, expect, it } from 'vitest';
import { formatDecimal, formatNumber } from '../../src/engine/format';
import { buildPdf, dutch, helvetica, sampleTable, tableTexts } from '../helpers/buildPdf';
import { extractBytes } from '../helpers/extract';

describe('formatNumber with huge numbers', () => {
  it.for([
    [9007199254741260, '9.007.199.254.741.260'],
    [-9007199254741260, '-9.007.199.254.741.260'],
    [Number.MAX_SAFE_INTEGER, '9.007.199.254.740.991'],
    [1e21, '1.000.000.000.000.000.000.000'],
    [1.5e22, '15.000.000.000.000.000.000.000'],
    [Number.MAX_VALUE, dutch(Number.MAX_VALUE)],
    // The shortest digits that name the double, as JavaScript and Excel show it, not its exact
    // binary value (123456789012345683968): those digits were never printed anywhere.
    [Number('123456789012345678901'), '123.456.789.012.345.680.000'],
    [1000, '1.000'],
    [0, '0'],
  ] as const)('%d → %s', ([value, text]) => {
    expect(formatNumber(value)).toBe(text);
  });

  it('keeps the asked decimals on huge numbers instead of switching to exponents', () => {
    expect(formatNumber(1e21, 1)).toBe('1.000.000.000.000.000.000.000,0');
    expect(formatNumber(69.847, 1)).toBe('69,8');
  });
});

describe('formatDecimal: up to N decimals without trailing zeros', () => {
  it.for([
    [9007199254741260, '9.007.199.254.741.260'],
    [100, '100'],
    [1.5, '1,5'],
    [1.25, '1,25'],
    [1.2049, '1,2'],
    [-0.001, '0'],
    [1e21, '1.000.000.000.000.000.000.000'],
  ] as const)('%d → %s', ([value, text]) => {
    expect(formatDecimal(value, 2)).toBe(text);
  });
});

describe('a printed count beyond 2^53', () => {
  it('is flagged with all its digits', async () => {
    const spec = sampleTable();
    spec.rows[0] = { ...spec.rows[0]!, counts: [9007199254741260, 30, 113, 57] };
    const bytes = await buildPdf([{ width: 595, height: 842, texts: tableTexts(spec, await helvetica()) }]);
    const doc = await extractBytes(bytes, 'groot.pdf');
    const messages = doc.tables.flatMap((table) => table.flags.map((flag) => flag.message));
    expect(
      messages.some((message) => message.includes('9.007.199.254.741.260 is geen geldig aantal')),
      messages.join('\n'),
    ).toBe(true);
    expect(messages.join('\n')).not.toMatch(/9\.007\.199\.254\.741\.26(?!0)/);
  });
});
