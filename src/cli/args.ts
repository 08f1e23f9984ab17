// Command-line parsing with Dutch messages (node:util parseArgs only reports in English).
import { OCR_MODES, type OcrMode } from '../engine/ocr/ocrEngine';
import { UsageError } from './usage';

export interface ExtractCommand {
  command: 'extract';
  inputs: string[];
  jsonPath: string;
  xlsxPath?: string;
  timeoutMs?: number;
  /** Write each value's page, box and printed text into the JSON. */
  withSources: boolean;
  /** OCR of scanned pages (default 'auto': pages without a usable text layer). */
  ocr: OcrMode;
}

export type CliCommand = ExtractCommand | { command: 'help' };

const VALUE_OPTIONS = ['--json', '--xlsx', '--timeout', '--ocr'] as const;
const FLAG_OPTIONS = ['--with-sources'] as const;
type ValueOption = (typeof VALUE_OPTIONS)[number];

export function parseCliArgs(argv: readonly string[]): CliCommand {
  if (argv.includes('--help') || argv.includes('-h')) return { command: 'help' };
  const [command, ...rest] = argv;
  if (command === undefined) throw new UsageError('Geen opdracht gegeven.');
  if (command !== 'extract') throw new UsageError(`Onbekende opdracht: ${command}.`);

  const inputs: string[] = [];
  const values = new Map<ValueOption, string>();
  const flags = new Set<string>();
  for (let i = 0; i < rest.length; i++) {
    const arg = rest[i]!;
    // "--json=out.json" as well as "--json out.json"
    const [name, inlineValue] = arg.startsWith('--') && arg.includes('=') ? splitOnce(arg, '=') : [arg, undefined];
    if (isValueOption(name)) {
      const value = inlineValue ?? rest[++i];
      if (value === undefined || value === '' || (inlineValue === undefined && value.startsWith('--'))) {
        throw new UsageError(`Optie ${name} heeft een waarde nodig.`);
      }
      if (values.has(name)) throw new UsageError(`Optie ${name} is meer dan eens gegeven.`);
      values.set(name, value);
    } else if ((FLAG_OPTIONS as readonly string[]).includes(arg)) {
      flags.add(arg);
    } else if (arg.startsWith('-') && arg !== '-') {
      throw new UsageError(`Onbekende optie: ${arg}.`);
    } else {
      inputs.push(arg);
    }
  }

  if (inputs.length === 0) throw new UsageError('Geef ten minste één pdf-bestand of map op.');
  const jsonPath = values.get('--json');
  if (jsonPath === undefined) throw new UsageError('De optie --json <uitvoer.json> is verplicht.');
  const timeout = values.get('--timeout');
  return {
    command: 'extract',
    inputs,
    jsonPath,
    xlsxPath: values.get('--xlsx'),
    timeoutMs: timeout === undefined ? undefined : parseTimeoutMs(timeout),
    withSources: flags.has('--with-sources'),
    ocr: parseOcrMode(values.get('--ocr') ?? 'auto'),
  };
}

function parseOcrMode(text: string): OcrMode {
  const mode = OCR_MODES.find((m) => m === text.trim().toLowerCase());
  if (!mode) throw new UsageError(`--ocr verwacht ${OCR_MODES.join(', ')}, niet "${text}".`);
  return mode;
}

/** 1 ms: less rounds to no time limit at all. */
const MIN_TIMEOUT_SECONDS = 0.001;
/** A day per file is more than any real file needs, and stays far below what Node's timers
 * hold (2^31 - 1 ms, about 24.8 days; beyond that a timer fires after 1 ms), also with the
 * extra time each OCR page adds. */
const MAX_TIMEOUT_SECONDS = 86_400;

function parseTimeoutMs(text: string): number {
  const seconds = Number(text.replace(',', '.')); // Dutch users type "2,5"
  if (!(seconds >= MIN_TIMEOUT_SECONDS && seconds <= MAX_TIMEOUT_SECONDS)) {
    throw new UsageError(`--timeout verwacht een aantal seconden van 0,001 tot 86.400 (een dag), niet "${text}".`);
  }
  return Math.round(seconds * 1000);
}

function isValueOption(name: string): name is ValueOption {
  return (VALUE_OPTIONS as readonly string[]).includes(name);
}

function splitOnce(text: string, separator: string): [string, string] {
  const at = text.indexOf(separator);
  return [text.slice(0, at), text.slice(at + 1)];
}
