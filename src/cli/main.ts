// Command-line entry: `npm run cli -- extract <pdf of map>... --json <uit.json> [--xlsx <uit.xlsx>]`.
// stdout stays empty so it can be piped; progress, warnings and errors go to stderr.
// Exit code: 0 every file read, 1 a file or an output failed, 2 usage error, 130 stopped with
// Ctrl+C (workers stopped, nothing written; a second Ctrl+C quits at once).
import { SCHEMA, type ExtractionResult } from '../engine/index';
import { withCrossTableFlags } from '../engine/compare';
import { toJson } from '../engine/export/json';
import { createExtractPool, type ExtractPool } from '../node/extractPool';
import { findPdfFiles, NoPdfsFoundError } from '../node/findPdfs';
import { parseCliArgs, type ExtractCommand } from './args';
import { extractFiles } from './extractFiles';
import { checkOutputs, type Output } from './outputPaths';
import { printable } from './printable';
import { hasAbandonedReads } from './readInput';
import { CANCELLED_LINE, crossTableLines, documentLine, ocrPageLine, summaryLine } from './report';
import { USAGE, UsageError } from './usage';
import { writeOutputs } from './writeOutputs';

const EXIT_OK = 0;
const EXIT_FAILED = 1;
const EXIT_USAGE = 2;
/** 128 + SIGINT, as shells report a command stopped with Ctrl+C. */
const EXIT_INTERRUPTED = 130;

async function runCli(argv: readonly string[]): Promise<number> {
  try {
    const command = parseCliArgs(argv);
    if (command.command === 'help') {
      process.stdout.write(USAGE);
      return EXIT_OK;
    }
    return await runExtract(command);
  } catch (error) {
    if (error instanceof UsageError || error instanceof NoPdfsFoundError) {
      process.stderr.write(`${printable(error.message)}\n\n${USAGE}`);
      return EXIT_USAGE;
    }
    throw error;
  }
}

async function runExtract(command: ExtractCommand): Promise<number> {
  // Start-up work runs side by side: a thread loads pdf.js while this one looks for the files,
  // and the workbook writer (SheetJS) is loaded only when a workbook is asked for.
  const pool = createExtractPool({ timeoutMs: command.timeoutMs, ocr: command.ocr });
  pool.warmUp(1);
  const workbookWriter = command.xlsxPath ? import('../engine/export/workbook') : undefined;
  try {
    return await extractAndWrite(command, pool, workbookWriter);
  } finally {
    await pool.close();
  }
}

async function extractAndWrite(
  command: ExtractCommand,
  pool: ExtractPool,
  workbookWriter: Promise<typeof import('../engine/export/workbook')> | undefined,
): Promise<number> {
  const { files, warnings } = await findPdfFiles(command.inputs);
  const outputs: Output[] = [{ option: '--json', file: command.jsonPath }];
  if (command.xlsxPath) outputs.push({ option: '--xlsx', file: command.xlsxPath });
  await checkOutputs(outputs, files);
  for (const warning of warnings) log(`let op: ${printable(warning)}`);

  const interrupt = new AbortController();
  const onInterrupt = (): void => {
    if (interrupt.signal.aborted) process.exit(EXIT_INTERRUPTED);
    interrupt.abort();
  };
  process.on('SIGINT', onInterrupt);
  let documents;
  try {
    documents = await extractFiles(pool, files, {
      timeoutMs: command.timeoutMs,
      signal: interrupt.signal,
      onDocument: (doc, done, total) => {
        if (doc.error?.code !== 'cancelled') log(documentLine(doc, done, total));
      },
      onOcrPage: (file, progress) => {
        const line = ocrPageLine(file, progress);
        if (line) log(line);
      },
    });
  } finally {
    process.off('SIGINT', onInterrupt);
  }
  if (interrupt.signal.aborted) {
    log(CANCELLED_LINE);
    return EXIT_INTERRUPTED;
  }
  // Same region and period from two files: their numbers must agree (as in the app).
  const result: ExtractionResult = { schema: SCHEMA, documents: withCrossTableFlags(documents) };
  for (const line of crossTableLines(result.documents)) log(line);

  const workbook = await workbookWriter;
  const contents: Record<Output['option'], () => Uint8Array> = {
    '--json': () => Buffer.from(toJson(result, { includeSources: command.withSources }), 'utf8'),
    '--xlsx': () => workbook!.workbookBytes(result),
  };
  const jobs = outputs.map(({ option, file }) => ({ file, bytes: contents[option] }));
  const { written, failed } = await writeOutputs(jobs, (message) => log(`FOUT: ${printable(message)}`));

  log(summaryLine(result.documents, written, failed));
  return failed.length > 0 || documents.some((doc) => doc.error) ? EXIT_FAILED : EXIT_OK;
}

function log(line: string): void {
  process.stderr.write(`${line}\n`);
}

runCli(process.argv.slice(2)).then(
  (code) => {
    process.exitCode = code;
    // A read given up at its time limit (a dead network share) would keep Node running.
    if (hasAbandonedReads()) process.exit(code);
  },
  (error: unknown) => {
    log(`Onverwachte fout: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}`);
    process.exitCode = EXIT_FAILED;
  },
);
