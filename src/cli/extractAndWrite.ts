// The CLI's extract command once its worker thread is starting (main.ts): find the files, read
// them on the pool, compare across files and write the outputs. A module of its own so the
// engine's checks and writers load while the worker starts, not before it.
import { SCHEMA, type ExtractionResult } from '../engine/index';
import { withCrossTableFlags } from '../engine/compare';
import { toJson } from '../engine/export/json';
import type { ExtractPool } from '../node/extractPool';
import { findPdfFiles } from '../node/findPdfs';
import type { ExtractCommand } from './args';
import { EXIT_FAILED, EXIT_INTERRUPTED, EXIT_OK } from './exitCodes';
import { extractFiles } from './extractFiles';
import { checkOutputs, type Output } from './outputPaths';
import { printable } from './printable';
import { CANCELLED_LINE, crossTableLines, documentLine, ocrPageLine, summaryLine } from './report';
import { writeOutputs } from './writeOutputs';

export async function extractAndWrite(
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
