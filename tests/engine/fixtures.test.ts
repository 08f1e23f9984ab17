// Every text-layer fixture must reproduce its truth JSON: all fields the truth has.
// New fixtures dropped into these folders are picked up automatically.
import { describe, expect, it } from 'vitest';
import { fixturePdfs, readTruth } from '../helpers/fixtures';
import { extractFile } from '../helpers/extract';
import { truthShape } from '../helpers/truthTables';

const cases = fixturePdfs('text', 'national', 'errors');

describe('fixtures reproduce their truth', () => {
  it('finds the fixture set', () => {
    expect(cases.length).toBeGreaterThanOrEqual(12);
  });

  it.each(cases.map((c) => [`${c.folder}/${c.pdf.split('/').pop()}`, c] as const))('%s', async (_name, c) => {
    const truth = readTruth(c.truthPath);
    const truthDoc = truth.documents[0]!;
    const doc = await extractFile(c.pdf);
    expect(doc.error).toBeUndefined();
    expect(doc.file).toBe(truthDoc.file);
    expect(doc.pageCount).toBe(truthDoc.pageCount);
    // Compare on exactly the truth's fields, so provenance and extras do not matter.
    const actual = doc.tables.map((t) => truthShape(t));
    expect(actual).toEqual(truthDoc.tables);
    for (const t of doc.tables) for (const f of t.flags) expect(f.message).toMatch(/\d/);
  });
});
