// settleDocuments makes the cross-table flags anew each time; a table whose flags come out the
// same by content keeps its object (so the grid redraws only what changed), and a table whose
// flags differ in anything gets a new one.
import { describe, expect, it } from 'vitest';
import type { ExtractedDocument } from '../../src/engine/model';
import { settleDocuments } from '../../src/renderer/session/settle';
import { loaded, ZUID_LIMBURG } from './loaded';

const copyOf = (document: ExtractedDocument, file: string): ExtractedDocument => ({ ...structuredClone(document), file, sha256: file });

describe('settleDocuments', () => {
  it('keeps tables whose cross-table flags are made anew but equal by content', async () => {
    const original = await loaded(ZUID_LIMBURG);
    const once = settleDocuments([original, copyOf(original, 'kopie.pdf')], new Map()).documents;
    expect(once[0]!.tables[0]!.flags.map((flag) => flag.code)).toContain('duplicate-table');
    const again = settleDocuments(once, new Map()).documents;
    expect(again).toBe(once);
  });

  it('replaces exactly the tables whose flags changed', async () => {
    const original = await loaded(ZUID_LIMBURG);
    const once = settleDocuments([original, copyOf(original, 'kopie.pdf'), copyOf(original, 'derde.pdf')], new Map()).documents;
    // The third file renamed: the first two tables' hints name it, so theirs change too.
    const renamed = [once[0]!, once[1]!, { ...once[2]!, file: 'hernoemd.pdf' }];
    const again = settleDocuments(renamed, new Map()).documents;
    expect(again[0]!.tables[0]).not.toBe(once[0]!.tables[0]);
    expect(again[0]!.tables[0]!.flags.map((flag) => flag.message).join(' ')).toContain("'hernoemd.pdf'");
    // Two files of the same content that were not renamed compare as before against each other.
    const onlyPair = settleDocuments([once[0]!, once[1]!], new Map()).documents;
    expect(onlyPair[0]!.tables[0]!.flags).toHaveLength(1);
  });
});
