// Writes the CLI's outputs (JSON, workbook) and reports each one as written or not written
// with a Dutch reason, so the summary never calls a failed write written.
import { mkdir } from 'node:fs/promises';
import path from 'node:path';
import { saveErrorReason, writeFileAtomic } from '../node/writeFileAtomic';
import { errorCode } from '../node/fileKinds';
import type { FailedOutput } from './report';

export interface OutputJob {
  file: string;
  /** Built only when its turn comes; a failure to build is that output's failure. */
  bytes: () => Uint8Array;
}

export interface WriteOutcome {
  written: string[];
  failed: FailedOutput[];
}

/** `onError` gets a Dutch line per failed output ("Kon 'x.xlsx' niet opslaan: ..."). */
export async function writeOutputs(jobs: readonly OutputJob[], onError: (message: string) => void): Promise<WriteOutcome> {
  const outcome: WriteOutcome = { written: [], failed: [] };
  for (const { file, bytes } of jobs) {
    const failure = await writeOne(file, bytes);
    if (failure) {
      outcome.failed.push({ file, reason: failure.reason });
      onError(`Kon '${path.basename(file)}' niet opslaan: ${failure.reason}${failure.code ? ` (${failure.code})` : ''}`);
    } else {
      outcome.written.push(file);
    }
  }
  return outcome;
}

/** Creates the output's folder when missing, then writes atomically; the reason if not. */
async function writeOne(file: string, bytes: () => Uint8Array): Promise<{ reason: string; code?: string } | undefined> {
  let content: Uint8Array;
  try {
    content = bytes();
  } catch (error) {
    return { reason: `de inhoud kon niet worden gemaakt (${error instanceof Error ? error.message : String(error)})` };
  }
  try {
    await mkdir(path.dirname(path.resolve(file)), { recursive: true });
  } catch (error) {
    const code = errorCode(error);
    // mkdir's EEXIST/ENOTDIR: a file stands where a folder of the path should be.
    const reason = code === 'EEXIST' || code === 'ENOTDIR' ? 'een deel van het pad is een bestand in plaats van een map' : saveErrorReason(code);
    return { reason, ...(code ? { code } : {}) };
  }
  try {
    await writeFileAtomic(file, content);
    return undefined;
  } catch (error) {
    const code = errorCode(error);
    return { reason: saveErrorReason(code), ...(code ? { code } : {}) };
  }
}
