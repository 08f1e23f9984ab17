// Issue 10, item 1: within a saved session, one bad edit loses only that edit (the original file
// is kept aside by the host). A project is still refused as a whole: it stays where it is.
import { describe, expect, it } from 'vitest';
import {
  describeSession,
  FormatError,
  parseProject,
  parseSession,
  readSession,
  serializeProject,
  serializeSession,
  sha256sIn,
} from '../../src/renderer/persistence';
import type { SessionSnapshot } from '../../src/renderer/session';

const SHA_A = 'a'.repeat(64);
const SHA_B = 'b'.repeat(64);
const T = '2024-05-01T09:00:00.000Z';
const snapshot: SessionSnapshot = {
  columnNames: [null, 'Beperkt', null, null],
  files: [
    {
      name: 'zuid-limburg.pdf',
      sha256: SHA_A,
      edits: [
        { table: 0, row: 4, column: 'c1', rowName: 'Heerlen', original: 320, value: 330, time: T, seq: 1 },
        { table: 0, row: 5, column: 'c0', rowName: 'Kerkrade', original: 100, value: 101, time: T, seq: 2 },
      ],
      acceptances: [{ table: 0, code: 'column-total-mismatch', column: 4, note: 'Zo gedrukt', time: T, message: '' }],
    },
    { name: 'utrecht.pdf', sha256: SHA_B, edits: [], acceptances: [] },
  ],
};

/** The session's JSON with `change` applied to its files. */
function damaged(change: (files: Record<string, unknown>[]) => void): string {
  const raw = JSON.parse(serializeSession(snapshot, T)) as { files: Record<string, unknown>[] };
  change(raw.files);
  return JSON.stringify(raw);
}
const edits = (files: Record<string, unknown>[]) => files[0]!.edits as Record<string, unknown>[];

describe('reading a saved session leniently', () => {
  it('an edit with seq -1 loses only that edit, and says which', () => {
    const text = damaged((files) => (edits(files)[1]!.seq = -1));
    expect(() => parseSession(text)).toThrow(FormatError);
    const read = readSession(text);
    expect(read.problems).toEqual(['bestand 1 (zuid-limburg.pdf), correctie 2: ongeldig volgnummer']);
    expect(read.snapshot.files[0]!.edits).toEqual([snapshot.files[0]!.edits[0]]);
    expect(read.snapshot.files[0]!.acceptances).toEqual(snapshot.files[0]!.acceptances);
    expect(read.snapshot.files[1]).toEqual(snapshot.files[1]);
    expect(read.snapshot.columnNames).toEqual(snapshot.columnNames);
  });

  it('a file without a valid SHA-256 or bad column names lose only themselves', () => {
    const text = damaged((files) => (files[1]!.sha256 = 'xyz'));
    const read = readSession(text.replace('"columnNames":[null,"Beperkt",null,null]', '"columnNames":"kapot"'));
    expect(read.problems).toEqual(['bestand 2 (utrecht.pdf) heeft geen geldige SHA-256', 'de kolomnamen zijn ongeldig']);
    expect(read.snapshot.files.map((file) => file.name)).toEqual(['zuid-limburg.pdf']);
    expect(read.snapshot.columnNames).toEqual([null, null, null, null]);
  });

  it('what cannot be read at all is still a Dutch FormatError: newer version, truncated JSON', () => {
    const newer = serializeSession(snapshot, T).replace('"version":1', '"version":2');
    expect(() => readSession(newer)).toThrow('gemaakt met een nieuwere versie van Klantprofielen (bestandsversie 2)');
    expect(() => readSession(serializeSession(snapshot, T).slice(0, 100))).toThrow('Dit sessiebestand is beschadigd: het is geen geldige JSON.');
  });

  it('describes a session for "Vorige sessies…": counts, names, and what could not be read', () => {
    expect(describeSession(serializeSession(snapshot, T))).toEqual({
      savedAt: T,
      files: ['zuid-limburg.pdf', 'utrecht.pdf'],
      corrections: 2,
      acceptances: 1,
      unreadable: false,
    });
    expect(describeSession(damaged((files) => (edits(files)[1]!.seq = -1)))).toMatchObject({
      corrections: 1,
      unreadable: false,
      problem: '1 onderdeel kon niet worden gelezen en is weggelaten: bestand 1 (zuid-limburg.pdf), correctie 2: ongeldig volgnummer.',
    });
    expect(describeSession('{"format":"klantprofielen-session","version":')).toMatchObject({
      unreadable: true,
      files: [],
      problem: 'Dit sessiebestand is beschadigd: het is geen geldige JSON.',
    });
  });

  it('finds the PDFs a truncated session names, so the browser edition keeps their bytes', () => {
    const text = serializeSession(snapshot, T);
    expect(sha256sIn(text.slice(0, text.indexOf(SHA_B) + 64))).toEqual([SHA_A, SHA_B]);
    expect(sha256sIn(text.slice(0, 120))).toEqual([]);
  });

  it('a project with one bad edit is still refused as a whole', () => {
    const raw = JSON.parse(serializeProject(snapshot, { savedAt: T, app: 'x' })) as { files: Record<string, unknown>[] };
    edits(raw.files)[1]!.seq = -1;
    expect(() => parseProject(JSON.stringify(raw))).toThrow('correctie 2: ongeldig volgnummer');
  });
});
