// docs/glossary.md is the one list of the words the app, the CLI and the workbook use: every word
// it gives as shown (first column) and every identifier it names (last column) must really be in
// src/, so the glossary cannot speak of a word the app no longer shows or code that is gone.
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { sourceFiles } from '../helpers/sourceFiles';

const ROOT = path.resolve(__dirname, '../..');

/** The backticked parts of a table cell: "`melding`, `meldingen`" → ["melding", "meldingen"]. */
function ticked(cell: string): string[] {
  return [...cell.matchAll(/`([^`]+)`/g)].map((match) => match[1]!);
}

interface GlossaryRow {
  shown: string[];
  code: string[];
}

let rows: GlossaryRow[];
let source: string;

beforeAll(async () => {
  const glossary = await readFile(path.join(ROOT, 'docs/glossary.md'), 'utf8');
  rows = glossary
    .split('\n')
    .filter((line) => line.startsWith('| `'))
    .map((line) => {
      const cells = line.split(' | ');
      return { shown: ticked(cells[0] ?? ''), code: ticked(cells.at(-1) ?? '') };
    });
  source = (await sourceFiles()).map(({ text }) => text).join('\n');
});

describe('docs/glossary.md', () => {
  it('lists the terms of the review, the table and the files, each with its code', () => {
    expect(rows.length).toBeGreaterThanOrEqual(25);
    const terms = rows.flatMap((row) => row.shown);
    for (const term of [
      'melding',
      'correctie',
      'geaccepteerd',
      'Voorstel',
      'Bron',
      'TOTAAL AMR',
      'Doelgroepregister',
      'Bekend in Sonar',
      '% gedrukt',
      '% berekend',
      'Niet ingelezen',
    ]) {
      expect(terms).toContain(term);
    }
    expect(rows.filter((row) => row.code.length === 0)).toEqual([]);
  });

  it('names only words src/ shows and identifiers src/ has', () => {
    const lower = source.toLowerCase();
    const missingWords = rows.flatMap((row) => row.shown).filter((word) => !lower.includes(word.toLowerCase()));
    // "Register.total": the identifier is the last part, or the type with its field.
    const missingCode = rows
      .flatMap((row) => row.code)
      .flatMap((name) => name.split(/[ .()]+/).filter((part) => /^[A-Za-z_][\w]*$/.test(part)))
      .filter((name) => !new RegExp(`\\b${name}\\b`).test(source));
    expect({ missingWords, missingCode }).toEqual({ missingWords: [], missingCode: [] });
  });

  it('is linked from the README', async () => {
    expect(await readFile(path.join(ROOT, 'README.md'), 'utf8')).toContain('docs/glossary.md');
  });
});
