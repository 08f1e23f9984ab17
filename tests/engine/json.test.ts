import { describe, expect, it } from 'vitest';
import { toJson } from '../../src/engine/export/json';
import { SCHEMA, type ExtractedDocument } from '../../src/engine/model';
import { documentFromTruth, readTruth, resultOf, truthFilesWithTables } from '../helpers/truthTables';

type Json = Record<string, unknown>;

/** An export reduced to the truth shape: extra fields and the flag messages removed. */
function truthPart(exported: Json): Json {
  const documents = (exported.documents as Json[]).map((document) => ({
    file: document.file,
    pageCount: document.pageCount,
    tables: (document.tables as Json[]).map((table) => {
      const { headers: _headers, source: _source, flags, ...rest } = table;
      return {
        ...rest,
        flags: (flags as Json[]).map(({ message: _message, suggestion: _suggestion, ...flag }) =>
          // The truth writes a row-total flag without its column (always 4).
          flag.code === 'row-total-mismatch' ? { code: flag.code, row: flag.row } : flag,
        ),
      };
    }),
  }));
  return { schema: exported.schema, documents };
}

describe('toJson', () => {
  it.each(truthFilesWithTables())('%s: round-trips to the fixture truth shape', (file) => {
    const { variant: _variant, ...truth } = readTruth(file);
    const exported = JSON.parse(toJson(resultOf(documentFromTruth(file)))) as Json;
    expect(truthPart(exported)).toEqual(truth);
  });

  it('is pretty-printed, starts with the schema and keeps the key order of the truth files', () => {
    const text = toJson(resultOf(documentFromTruth('text/p1_2017q3_zuid-limburg_seed.json')));
    expect(text.startsWith(`{\n  "schema": "${SCHEMA}",\n  "documents": [`)).toBe(true);
    const table = (JSON.parse(text) as { documents: { tables: Json[] }[] }).documents[0]?.tables[0];
    expect(Object.keys(table ?? {})).toEqual(['page', 'period', 'region', 'pageLabel', 'rows', 'totalRow', 'register', 'flags', 'headers', 'source']);
  });

  it('writes flags as {code,row,column,message,suggestion} without rowIndex', () => {
    const document = documentFromTruth('errors/err_p1_2020q3_midden-utrecht_rowtotal.json');
    expect(document.tables[0]?.flags[0]?.rowIndex).toBe(9);
    const exported = JSON.parse(toJson(resultOf(document))) as { documents: { tables: { flags: Json[] }[] }[] };
    expect(exported.documents[0]?.tables[0]?.flags).toEqual([
      {
        code: 'row-total-mismatch',
        row: 'Utrecht',
        column: 4,
        message: '554 + 1.304 + 2.786 + 849 = 5.493, gedrukt totaal 5.503',
        suggestion: { row: 'Utrecht', rowIndex: 9, column: 4, value: 5493 },
      },
      {
        code: 'column-total-mismatch',
        column: 4,
        message: "Som van de gemeenten in kolom 'Totaal doelgroep banenafspraak in Sonar' = 14.121, TOTAAL AMR = 14.111 (verschil 10)",
        suggestion: { row: 'Utrecht', rowIndex: 9, column: 4, value: 5493 },
      },
    ]);
  });

  it('writes a document that could not be read as file, pageCount, no tables and the error', () => {
    const broken: ExtractedDocument = {
      file: 'truncated.pdf',
      pageCount: 0,
      tables: [],
      error: { code: 'damaged-pdf', message: "'truncated.pdf' is beschadigd" },
      warnings: [],
    };
    const exported = JSON.parse(toJson(resultOf(broken))) as { documents: Json[] };
    expect(exported.documents).toEqual([
      { file: 'truncated.pdf', pageCount: 0, tables: [], error: { code: 'damaged-pdf', message: "'truncated.pdf' is beschadigd" } },
    ]);
  });

  it('adds provenance only on request, and document extras when present', () => {
    const document = documentFromTruth('text/p1_2017q3_zuid-limburg_seed.json');
    const firstRow = document.tables[0]?.rows[0];
    if (!firstRow) throw new Error('fixture has rows');
    firstRow.sources = [{ page: 1, box: { x0: 50, y0: 200, x1: 80, y1: 210 }, text: 'Beek' }, null, null, null, null, null];
    document.sha256 = 'ab'.repeat(32);
    document.textPages = [1];
    document.warnings = [{ code: 'incomplete-table', page: 1, message: 'Tabel op pagina 1 is onvolledig' }];

    const plain = JSON.parse(toJson(resultOf(document))) as { documents: Json[] };
    const plainDocument = plain.documents[0] as { tables: { rows: Json[] }[]; sha256: string; textPages: number[]; warnings: Json[] };
    expect(plainDocument.tables[0]?.rows[0]).toEqual({ name: 'Beek', counts: [0, 33, 73, 32], total: 138 });
    expect(plainDocument.sha256).toBe('ab'.repeat(32));
    expect(plainDocument.textPages).toEqual([1]);
    expect(plainDocument.warnings).toEqual([{ code: 'incomplete-table', page: 1, message: 'Tabel op pagina 1 is onvolledig' }]);

    const withSources = JSON.parse(toJson(resultOf(document), { includeSources: true })) as typeof plain;
    const row = (withSources.documents[0] as typeof plainDocument).tables[0]?.rows[0];
    expect(row?.sources).toEqual([{ page: 1, box: { x0: 50, y0: 200, x1: 80, y1: 210 }, text: 'Beek' }, null, null, null, null, null]);
  });
});
