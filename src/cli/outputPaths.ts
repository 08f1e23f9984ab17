// An output must never replace an input (`--json in.pdf`) or the other output (`--json x
// --xlsx x`): checked before anything is read, as a usage error. Paths are compared after
// resolving "..", links and letter case where the file system ignores it, and existing files
// also by identity (device and inode), so a hard link to an input is caught too.
import { realpath, stat } from 'node:fs/promises';
import path from 'node:path';
import { UsageError } from './usage';

export interface Output {
  option: '--json' | '--xlsx';
  file: string;
}

interface Identity {
  real: string;
  /** "dev:ino" of an existing file. */
  inode?: string;
}

export async function checkOutputs(outputs: readonly Output[], inputs: readonly string[]): Promise<void> {
  const outputIds = await Promise.all(outputs.map((output) => identity(output.file)));
  for (const [index, output] of outputs.entries()) {
    for (const input of inputs) {
      if (sameFile(outputIds[index]!, await identity(input))) {
        throw new UsageError(`De uitvoer ${output.option} zou invoerbestand '${input}' overschrijven. Kies een andere naam voor de uitvoer.`);
      }
    }
  }
  const [json, xlsx] = outputIds;
  if (json && xlsx && sameFile(json, xlsx)) {
    throw new UsageError(
      `--json en --xlsx noemen hetzelfde bestand ('${outputs[1]!.file}'): de werkmap zou de JSON overschrijven. Kies twee verschillende namen.`,
    );
  }
}

async function identity(file: string): Promise<Identity> {
  const info = await stat(file).catch(() => undefined);
  // ino 0: a file system without inode numbers; then only the path tells.
  return { real: await realPath(file), ...(info && info.ino !== 0 ? { inode: `${info.dev}:${info.ino}` } : {}) };
}

/** The real path of `file`, or of its folder joined with its name when it does not exist yet. */
async function realPath(file: string): Promise<string> {
  const resolved = path.resolve(file);
  const real = await realpath(resolved).catch(() => undefined);
  if (real) return real;
  const folder = await realpath(path.dirname(resolved)).catch(() => path.dirname(resolved));
  return path.join(folder, path.basename(resolved));
}

function sameFile(a: Identity, b: Identity): boolean {
  if (a.inode !== undefined && a.inode === b.inode) return true;
  // Windows and macOS file systems ignore letter case by default.
  const caseless = process.platform === 'win32' || process.platform === 'darwin';
  return caseless ? a.real.toLowerCase() === b.real.toLowerCase() : a.real === b.real;
}
