// The session and project file formats: round trips, versions (newer refused, older migrated),
// damaged and foreign files refused in Dutch, and what happens to a PDF that moved or changed.
import { describe, expect, it } from 'vitest';
import {
  decideRecovery,
  FormatError,
  parseProject,
  parseSession,
  PROJECT_FORMAT,
  projectSpec,
  serializeProject,
  serializeSession,
  upgrade,
  withOfferedSession,
  type FormatSpec,
} from '../../src/renderer/persistence';
import type { SavedFile, SessionSnapshot } from '../../src/renderer/session';
import { safeProjectName } from '../../src/shared/safeFileName';

const SHA_A = 'a'.repeat(64);
const SHA_B = 'b'.repeat(64);
const T = '2024-05-01T09:00:00.000Z';

const snapshot: SessionSnapshot = {
  columnNames: [null, 'Beperkt', null, null],
  files: [
    {
      name: 'midden-utrecht.pdf',
      sha256: SHA_A,
      path: '/data/uwv/midden-utrecht.pdf',
      edits: [{ table: 0, row: 9, column: 'total', rowName: 'Utrecht', original: 5503, value: 5493, time: T, seq: 1 }],
      acceptances: [{ table: 0, code: 'column-total-mismatch', column: 4, note: 'Zo gedrukt', time: T, message: 'Som van de gemeenten …' }],
    },
    {
      name: 'west-brabant.pdf',
      sha256: SHA_B,
      edits: [{ table: 0, row: 'region', column: 'percent', rowName: 'West-Brabant', original: 79, value: 75, time: T, seq: 2 }],
      acceptances: [],
    },
  ],
};

const project = (changes: Record<string, unknown> = {}) =>
  JSON.stringify({ ...JSON.parse(serializeProject(snapshot, { savedAt: T, app: 'Klantprofielen 0.1.0' })), ...changes });

function errorOf(read: () => unknown): string {
  try {
    read();
  } catch (error) {
    expect(error).toBeInstanceOf(FormatError);
    return (error as Error).message;
  }
  throw new Error('no error');
}

describe('project file', () => {
  it('round-trips: format, version, every file, edit, acceptance and column name', () => {
    const text = serializeProject(snapshot, { savedAt: T, app: 'Klantprofielen 0.1.0' });
    expect(JSON.parse(text)).toMatchObject({ format: 'klantprofielen-project', version: 1, savedAt: T, app: 'Klantprofielen 0.1.0' });
    expect(parseProject(text)).toEqual({ snapshot, savedAt: T });
    expect(safeProjectName('klantprofielen-2017-K3.xlsx')).toBe('klantprofielen-2017-K3.kpproject.json');
  });

  it('refuses a newer version in Dutch, telling to update', () => {
    expect(errorOf(() => parseProject(project({ version: 2 })))).toBe(
      'Dit projectbestand is gemaakt met een nieuwere versie van Klantprofielen (bestandsversie 2); ' +
        'deze versie kan tot en met bestandsversie 1 openen. Werk Klantprofielen bij om het te openen.',
    );
  });

  it('refuses what is not a project: no JSON, another file, a session file', () => {
    expect(errorOf(() => parseProject('{"format": "klantprofielen-project", '))).toBe('Dit projectbestand is beschadigd: het is geen geldige JSON.');
    expect(errorOf(() => parseProject('{"name": "package"}'))).toBe('Dit is geen projectbestand van Klantprofielen.');
    expect(errorOf(() => parseProject('[1, 2]'))).toBe('Dit is geen projectbestand van Klantprofielen.');
    expect(errorOf(() => parseProject(serializeSession(snapshot, T)))).toBe('Dit is een sessiebestand, geen projectbestand.');
    expect(errorOf(() => parseProject(project({ version: '1' })))).toBe('Dit projectbestand is beschadigd: de bestandsversie ontbreekt of is ongeldig.');
  });

  it('refuses a damaged file as a whole, saying where', () => {
    const damaged = (change: (files: Record<string, unknown>[]) => void) => {
      const raw = JSON.parse(project()) as { files: Record<string, unknown>[] };
      change(raw.files);
      return errorOf(() => parseProject(JSON.stringify(raw)));
    };
    expect(damaged((files) => (files[1]!.sha256 = 'xyz'))).toBe('Dit projectbestand is beschadigd: bestand 2 (west-brabant.pdf) heeft geen geldige SHA-256.');
    expect(damaged((files) => delete files[0]!.name)).toBe('Dit projectbestand is beschadigd: bestand 1 heeft geen naam.');
    expect(damaged((files) => ((files[0]!.edits as Record<string, unknown>[])[0]!.column = 'c9'))).toBe(
      'Dit projectbestand is beschadigd: bestand 1 (midden-utrecht.pdf), correctie 1: ongeldige kolom.',
    );
    expect(damaged((files) => ((files[0]!.edits as Record<string, unknown>[])[0]!.value = { x: 1 }))).toBe(
      'Dit projectbestand is beschadigd: bestand 1 (midden-utrecht.pdf), correctie 1: ongeldige waarde.',
    );
    expect(damaged((files) => ((files[0]!.acceptances as Record<string, unknown>[])[0]!.code = 'made-up'))).toBe(
      'Dit projectbestand is beschadigd: bestand 1 (midden-utrecht.pdf), acceptatie 1: onbekende controle.',
    );
    expect(damaged((files) => delete files[1]!.edits)).toBe(
      'Dit projectbestand is beschadigd: bestand 2 (west-brabant.pdf): de lijst met correcties ontbreekt.',
    );
    expect(errorOf(() => parseProject(project({ files: undefined })))).toBe('Dit projectbestand is beschadigd: de lijst met bestanden ontbreekt.');
  });

  it('merges a file listed twice instead of losing either list', () => {
    const raw = JSON.parse(project()) as { files: unknown[] };
    raw.files.push({
      name: 'midden-utrecht (kopie).pdf',
      sha256: SHA_A,
      edits: [],
      acceptances: [{ table: 0, code: 'percent-mismatch', note: '', time: T, message: '' }],
    });
    const parsed = parseProject(JSON.stringify(raw)).snapshot;
    expect(parsed.files).toHaveLength(2);
    expect(parsed.files[0]?.acceptances.map((acceptance) => acceptance.code)).toEqual(['column-total-mismatch', 'percent-mismatch']);
  });
});

describe('migrations', () => {
  // A made-up version 0 that kept the edits in one list beside the files, to test the mechanism.
  const groupEdits = (v0: Record<string, unknown>) => {
    const edits = v0.edits as { file: string }[];
    const files = (v0.files as { sha256: string }[]).map((file) => ({
      ...file,
      edits: edits.filter((edit) => edit.file === file.sha256).map(({ file: _file, ...edit }) => edit),
      acceptances: [],
    }));
    const { edits: _edits, ...rest } = v0;
    return { ...rest, files };
  };
  const v0 = JSON.stringify({
    format: PROJECT_FORMAT,
    version: 0,
    files: [{ name: 'west-brabant.pdf', sha256: SHA_B }],
    edits: [{ file: SHA_B, ...snapshot.files[1]!.edits[0]! }],
  });

  it('brings an older file up to date one version at a time', () => {
    const spec: FormatSpec = { ...projectSpec, migrations: { 0: groupEdits } };
    expect(parseProject(v0, spec).snapshot).toEqual({ columnNames: [null, null, null, null], files: [{ ...snapshot.files[1]!, acceptances: [] }] });

    const steps: number[] = [];
    const chained = upgrade(
      { format: 'x', version: 0 },
      {
        format: 'x',
        current: 3,
        noun: 'testbestand',
        migrations: { 0: (d) => (steps.push(0), d), 1: (d) => (steps.push(1), d), 2: (d) => (steps.push(2), { ...d, done: true }) },
      },
    );
    expect(steps).toEqual([0, 1, 2]);
    expect(chained).toEqual({ format: 'x', version: 3, done: true });
  });

  it('says so when an old version can no longer be converted', () => {
    expect(errorOf(() => parseProject(v0))).toBe('Bestandsversie 0 van dit projectbestand kan niet meer worden omgezet.');
  });
});

describe('session file', () => {
  it('round-trips, and a project is not taken for a session', () => {
    expect(parseSession(serializeSession(snapshot, T))).toEqual({ snapshot, savedAt: T });
    expect(errorOf(() => parseSession(project()))).toBe('Dit is een projectbestand, geen sessiebestand.');
  });
});

describe('saving while the restore offer is not answered', () => {
  it('keeps the offered files beside the new work, and the new work wins for a file in both', () => {
    const fresh: SessionSnapshot = { columnNames: ['Geen', null, null, null], files: [{ ...snapshot.files[1]!, edits: [] }] };
    expect(withOfferedSession(fresh, snapshot)).toEqual({ columnNames: ['Geen', null, null, null], files: [fresh.files[0], snapshot.files[0]] });
    const empty: SessionSnapshot = { columnNames: [null, null, null, null], files: [] };
    expect(withOfferedSession(empty, snapshot)).toEqual(snapshot);
    expect(withOfferedSession(fresh, null)).toBe(fresh);
  });
});

describe('a saved PDF found again, moved or changed', () => {
  const saved: SavedFile = snapshot.files[0]!;
  const pdf = { name: 'midden-utrecht.pdf', bytes: new Uint8Array([37, 80, 68, 70]) };

  it('is read when its SHA-256 is the same, wherever it is now', () => {
    expect(decideRecovery(saved, { status: 'found', file: pdf, sha256: SHA_A }, false)).toEqual({ state: 'reading', file: pdf });
  });

  it('is reported as changed when its bytes differ, and not read', () => {
    expect(decideRecovery(saved, { status: 'found', file: pdf, sha256: SHA_B }, false)).toEqual({
      state: 'changed',
      detail: 'midden-utrecht.pdf is gewijzigd sinds het opslaan',
    });
  });

  it('is missing when not where it was (desktop: can be located), or asked for in the browser', () => {
    expect(decideRecovery(saved, { status: 'missing', detail: 'niet gevonden' }, false)).toEqual({ state: 'missing', detail: 'niet gevonden' });
    const withoutPath = snapshot.files[1]!;
    expect(decideRecovery(withoutPath, { status: 'missing' }, true)).toEqual({ state: 'choose' });
  });
});
