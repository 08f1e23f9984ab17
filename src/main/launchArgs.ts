// Which files the user asked the app to open when starting it: "Open with" in Explorer or a
// Linux file manager, or a command line like `klantprofielen rapport.pdf map/`. A second start
// while the app runs hands its paths to the first instance (see index.ts). No Electron import.
import path from 'node:path';
import { fileURLToPath } from 'node:url';

export interface ArgvOptions {
  /** process.defaultApp: started as `electron <app> …`, so the first plain argument is the
   * app itself, not a file to open. */
  defaultApp: boolean;
}

/**
 * Absolute paths named in `argv`, resolved against `workingDirectory`, in order and without
 * duplicates. Skips argv[0] (the executable), the app path when run by the default app, and
 * every option (`--inspect`, Chromium's added `--original-process-start-time=…`, macOS's old
 * `-psn_…`); after `--` everything is a path. `file://` URLs (from .desktop files) become paths.
 */
export function pathsFromArgv(argv: readonly string[], workingDirectory: string, options: ArgvOptions): string[] {
  const paths: string[] = [];
  let appPathPending = options.defaultApp;
  let optionsEnded = false;
  for (const arg of argv.slice(1)) {
    if (!optionsEnded && arg === '--') {
      optionsEnded = true;
      continue;
    }
    if (!optionsEnded && arg.startsWith('-')) continue;
    if (appPathPending) {
      appPathPending = false;
      continue;
    }
    const candidate = toPath(arg);
    if (candidate) paths.push(path.resolve(workingDirectory, candidate));
  }
  return [...new Set(paths)];
}

function toPath(arg: string): string | undefined {
  if (arg.trim() === '') return undefined;
  if (!/^file:/i.test(arg)) return arg;
  try {
    return fileURLToPath(arg);
  } catch {
    return undefined; // file://remote-host/… cannot be opened
  }
}

/** What a second instance sends the first: its paths, already made absolute where it started. */
export interface LaunchData {
  paths: string[];
}

const MAX_LAUNCH_PATHS = 10_000;
const MAX_PATH_LENGTH = 4096;

export function launchData(paths: readonly string[]): LaunchData {
  return { paths: [...paths] };
}

/**
 * The paths in a second instance's `additionalData`, or undefined when it is not ours (an
 * older version, another program sharing the lock): then its argv is parsed instead.
 */
export function parseLaunchData(raw: unknown): string[] | undefined {
  if (typeof raw !== 'object' || raw === null || !('paths' in raw)) return undefined;
  const { paths } = raw;
  if (!Array.isArray(paths) || paths.length > MAX_LAUNCH_PATHS) return undefined;
  const valid = paths.every(
    (entry): entry is string => typeof entry === 'string' && entry.length > 0 && entry.length <= MAX_PATH_LENGTH && path.isAbsolute(entry),
  );
  return valid ? [...new Set(paths as string[])] : undefined;
}
