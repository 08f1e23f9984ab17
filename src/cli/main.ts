// Command-line entry: `npm run cli -- extract <pdf of map>... --json <uit.json> [--xlsx <uit.xlsx>]`.
// stdout stays empty so it can be piped; progress, warnings and errors go to stderr.
// Exit code: 0 every file read, 1 a file or an output failed, 2 usage error, 130 stopped with
// Ctrl+C (workers stopped, nothing written; a second Ctrl+C quits at once).
import { createExtractPool } from '../node/extractPool';
import { NoPdfsFoundError } from '../node/findPdfs';
import { parseCliArgs, type ExtractCommand } from './args';
import { EXIT_FAILED, EXIT_OK, EXIT_USAGE } from './exitCodes';
import { printable } from './printable';
import { hasAbandonedReads } from './readInput';
import { USAGE, UsageError } from './usage';

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
  // Start-up work runs side by side: a thread starts and loads pdf.js while this one loads the
  // rest of the CLI and looks for the files. The workbook writer (SheetJS) is loaded only when
  // a workbook is asked for.
  const pool = createExtractPool({ timeoutMs: command.timeoutMs, ocr: command.ocr });
  pool.warmUp(1);
  const workbookWriter = command.xlsxPath ? import('../engine/export/workbook') : undefined;
  try {
    const { extractAndWrite } = await import('./extractAndWrite');
    return await extractAndWrite(command, pool, workbookWriter);
  } finally {
    await pool.close();
  }
}

runCli(process.argv.slice(2)).then(
  (code) => {
    process.exitCode = code;
    // A read given up at its time limit (a dead network share) would keep Node running.
    if (hasAbandonedReads()) process.exit(code);
  },
  (error: unknown) => {
    process.stderr.write(`Onverwachte fout: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`);
    process.exitCode = EXIT_FAILED;
  },
);
