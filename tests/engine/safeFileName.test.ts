// Suggested save names (workbook, project; desktop dialog and browser download) come from text
// read out of PDFs. Whatever that text is, the name must be a plain file name Windows can
// create, that does not address a device (CON, NUL, COM1 ...) and whose extension is the one
// it shows: no bidi controls such as U+202E that make "xlsx.exe" read as "exe.xlsx".
import { describe, expect, it } from 'vitest';
import { safeFileName, safeProjectName, safeWorkbookName } from '../../src/shared/safeFileName';

describe('safeFileName', () => {
  it.for([
    ['CON', '_CON.xlsx'],
    ['con', '_con.xlsx'],
    ['NUL.xlsx', '_NUL.xlsx'],
    ['nul.tar.xlsx', '_nul.tar.xlsx'],
    ['PRN', '_PRN.xlsx'],
    ['aux ', '_aux.xlsx'],
    ['AUX .xlsx', '_AUX.xlsx'],
    ['COM1', '_COM1.xlsx'],
    ['com9.xlsx', '_com9.xlsx'],
    ['LPT1', '_LPT1.xlsx'],
    ['lpt9.backup', '_lpt9.backup.xlsx'],
    ['COM\u00b9', '_COM\u00b9.xlsx'],
    ['CONIN$', '_CONIN$.xlsx'],
    ['COM0', 'COM0.xlsx'],
    ['CONSOLE', 'CONSOLE.xlsx'],
    ['LPT10', 'LPT10.xlsx'],
    ['klantprofielen-2017-K3', 'klantprofielen-2017-K3.xlsx'],
  ] as const)('%j → %j', ([suggested, expected]) => {
    expect(safeFileName(suggested, '.xlsx')).toBe(expected);
  });

  it('drops bidi controls and other invisible formatting characters', () => {
    expect(safeFileName('rapport\u202eslx.exe', '.xlsx')).toBe('rapportslx.exe.xlsx');
    expect(safeFileName('\u2066a\u2067b\u2068c\u2069\u200e\u200f\u061c\u202a\u202b\u202c\u202d', '.xlsx')).toBe('abc.xlsx');
    expect(safeFileName('\u202e', '.xlsx')).toBe('klantprofielen.xlsx');
  });

  it('keeps folders, device paths and odd characters out', () => {
    expect(safeFileName('../../.bashrc', '.xlsx')).toBe('bashrc.xlsx');
    expect(safeFileName('C:\\Windows\\System32\\evil.xlsx', '.xlsx')).toBe('evil.xlsx');
    expect(safeFileName('\\\\.\\CON', '.xlsx')).toBe('_CON.xlsx');
    expect(safeFileName('a<b>c:d"e|f?g*h\u0001i\u007fj', '.xlsx')).toBe('a_b_c_d_e_f_g_h_i_j.xlsx');
    expect(safeFileName('naam. . ', '.xlsx')).toBe('naam.xlsx');
    expect(safeFileName('', '.kpproject.json')).toBe('klantprofielen.kpproject.json');
    expect(safeFileName('x.kpproject.json', '.kpproject.json', ['.xlsx'])).toBe('x.kpproject.json');
    expect(safeFileName('x.xlsx', '.kpproject.json', ['.xlsx'])).toBe('x.kpproject.json');
  });

  it('keeps a long name within 255 bytes, extension included', () => {
    const name = safeFileName('é'.repeat(300), '.kpproject.json');
    expect(name.endsWith('.kpproject.json')).toBe(true);
    expect(new TextEncoder().encode(name).length).toBeLessThanOrEqual(255);
  });
});

describe('every suggested save name goes through safeFileName', () => {
  it.for([
    ['workbook (save dialog and download)', (s: string) => safeWorkbookName(s), '.xlsx'],
    ['project (save dialog and download)', (s: string) => safeProjectName(s), '.kpproject.json'],
  ] as const)('%s', ([, safe, extension]) => {
    expect(safe('CON')).toBe(`_CON${extension}`);
    expect(safe('NUL.xlsx')).toBe(`_NUL${extension}`);
    expect(safe('lpt1')).toBe(`_lpt1${extension}`);
    expect(safe('rapport\u202eslx.exe')).toBe(`rapportslx.exe${extension}`);
    expect(safe('klantprofielen-2017-K3.xlsx')).toBe(`klantprofielen-2017-K3${extension}`);
  });
});
