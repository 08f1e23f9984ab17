// The status bar's notice about many files: one file is named, several are counted, and every
// file stays in the details; files finishing in several batches add up in one notice.
import { describe, expect, it } from 'vitest';
import { addToNotice, groupSummary, itemText, type NoticeItem } from '../../src/renderer/session';

const files = (count: number, work: (i: number) => Partial<NoticeItem> = () => ({})): NoticeItem[] =>
  Array.from({ length: count }, (_, i) => ({ file: `regio-${i + 1}.pdf`, ...work(i) }));

describe('the summary of a group', () => {
  it('names one restored file with its work', () => {
    expect(groupSummary({ kind: 'restored', items: [{ file: 'a.pdf', edits: 1, acceptances: 0 }] })).toBe('Hersteld: a.pdf (1 correctie)');
    expect(groupSummary({ kind: 'restored', items: [{ file: 'a.pdf', edits: 2, acceptances: 1 }] })).toBe('Hersteld: a.pdf (2 correcties, 1 acceptatie)');
    expect(groupSummary({ kind: 'restored', items: [{ file: 'a.pdf', edits: 0, acceptances: 0 }] })).toBe('Hersteld: a.pdf');
  });

  it('counts many restored files, and those with corrections or acceptances', () => {
    // 13 files; corrections in the 1st, 5th and 9th, an acceptance in the 9th.
    const items = files(13, (i) => ({ edits: i % 4 === 0 && i < 9 ? 1 : 0, acceptances: i === 8 ? 1 : 0 }));
    expect(groupSummary({ kind: 'restored', items })).toBe('13 bestanden hersteld, 3 met correcties, 1 met acceptaties');
    expect(groupSummary({ kind: 'restored', items: files(2) })).toBe('2 bestanden hersteld');
  });

  it('names or counts cancelled files and files read already', () => {
    expect(groupSummary({ kind: 'cancelled', items: files(1) })).toBe('Niet ingelezen (geannuleerd): regio-1.pdf');
    expect(groupSummary({ kind: 'cancelled', items: files(11) })).toBe('11 bestanden niet ingelezen (geannuleerd)');
    expect(groupSummary({ kind: 'duplicate', items: files(1) })).toBe('Al ingelezen, overgeslagen: regio-1.pdf');
    expect(groupSummary({ kind: 'duplicate', items: files(3) })).toBe('3 bestanden al ingelezen, overgeslagen');
  });

  it('lists each file with its work for the details', () => {
    expect(itemText({ file: 'a.pdf', edits: 0, acceptances: 2 })).toBe('a.pdf (2 acceptaties)');
    expect(itemText({ file: 'b.pdf' })).toBe('b.pdf');
  });
});

describe('a notice built up over several batches', () => {
  it('keeps the words it started with and adds the files of each batch to their group', () => {
    const started = { kind: 'info' as const, text: 'Vorige sessie wordt hersteld: 4 bestanden' };
    const first = addToNotice(started, [{ kind: 'restored', items: [{ file: 'a.pdf', edits: 1, acceptances: 0 }] }]);
    expect(first?.text).toBe('Vorige sessie wordt hersteld: 4 bestanden · Hersteld: a.pdf (1 correctie)');
    const second = addToNotice(first, [
      { kind: 'restored', items: files(3) },
      { kind: 'cancelled', items: [] },
      { kind: 'duplicate', items: [{ file: 'kopie.pdf' }] },
    ]);
    expect(second?.text).toBe('Vorige sessie wordt hersteld: 4 bestanden · 4 bestanden hersteld, 1 met correcties · Al ingelezen, overgeslagen: kopie.pdf');
    expect(second?.details?.map((group) => [group.kind, group.items.map((item) => item.file)])).toEqual([
      ['restored', ['a.pdf', 'regio-1.pdf', 'regio-2.pdf', 'regio-3.pdf']],
      ['duplicate', ['kopie.pdf']],
    ]);
  });

  it('leaves the notice alone when a batch has nothing to say, and starts anew after an error', () => {
    const error = { kind: 'error' as const, text: 'Opslaan is mislukt.' };
    expect(addToNotice(error, [{ kind: 'restored', items: [] }])).toBe(error);
    expect(addToNotice(error, [{ kind: 'duplicate', items: files(1) }])?.text).toBe('Al ingelezen, overgeslagen: regio-1.pdf');
    expect(addToNotice(null, [{ kind: 'duplicate', items: files(2) }])).toEqual({
      kind: 'info',
      text: '2 bestanden al ingelezen, overgeslagen',
      details: [{ kind: 'duplicate', items: files(2) }],
    });
  });
});
