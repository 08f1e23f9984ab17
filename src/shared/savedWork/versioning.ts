// Versioned JSON files: `{ "format": "...", "version": n, ... }`. A file of the current version
// is read as it is; an older one is brought up to date one version at a time by the format's
// migrations (version n → n + 1); a newer one is refused with a Dutch message, because reading
// it as if it were older could silently lose what the newer version wrote.

/** Turns a file of version n into one of version n + 1 (the `version` field is set afterwards). */
export type Migration = (document: Record<string, unknown>) => Record<string, unknown>;

export interface FormatSpec {
  /** The `format` value, e.g. "klantprofielen-project". */
  format: string;
  current: number;
  /** By the version they start from. */
  migrations: Readonly<Record<number, Migration>>;
  /** Dutch name of the kind of file, for messages: "projectbestand". */
  noun: string;
}

export class FormatError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'FormatError';
  }
}

export function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** Parses JSON text, or throws a FormatError in Dutch. */
export function parseJson(text: string, spec: Pick<FormatSpec, 'noun'>): unknown {
  try {
    return JSON.parse(text) as unknown;
  } catch {
    throw new FormatError(`Dit ${spec.noun} is beschadigd: het is geen geldige JSON.`);
  }
}

/** The document brought to the current version, or a FormatError in Dutch. `otherFormats`
 * names formats that are Klantprofielen files of another kind, for a clearer message. */
export function upgrade(raw: unknown, spec: FormatSpec, otherFormats: Readonly<Record<string, string>> = {}): Record<string, unknown> {
  if (!isRecord(raw) || typeof raw.format !== 'string') throw new FormatError(`Dit is geen ${spec.noun} van Klantprofielen.`);
  if (raw.format !== spec.format) {
    const other = otherFormats[raw.format];
    throw new FormatError(other ? `Dit is een ${other}, geen ${spec.noun}.` : `Dit is geen ${spec.noun} van Klantprofielen.`);
  }
  const version = raw.version;
  if (typeof version !== 'number' || !Number.isInteger(version) || version < 0) {
    throw new FormatError(`Dit ${spec.noun} is beschadigd: de bestandsversie ontbreekt of is ongeldig.`);
  }
  if (version > spec.current) {
    throw new FormatError(
      `Dit ${spec.noun} is gemaakt met een nieuwere versie van Klantprofielen (bestandsversie ${version}); ` +
        `deze versie kan tot en met bestandsversie ${spec.current} openen. Werk Klantprofielen bij om het te openen.`,
    );
  }
  let document: Record<string, unknown> = raw;
  for (let from = version; from < spec.current; from++) {
    const migrate = spec.migrations[from];
    if (!migrate) throw new FormatError(`Bestandsversie ${from} van dit ${spec.noun} kan niet meer worden omgezet.`);
    document = { ...migrate(document), format: spec.format, version: from + 1 };
  }
  return document;
}
