// `npm run web`: builds the browser edition into dist-web/ and serves it on 127.0.0.1
// (port from PORT, default 5173; PORT=0 picks a free one). Prints the URL to open.
// `npm run build:web`: only the build.
import { buildWebEdition, DEFAULT_WEB_OUT_DIR } from './buildWeb';
import { serveStatic } from './staticServer';

const DEFAULT_PORT = 5173;

function portFromEnvironment(raw: string | undefined): number {
  if (raw === undefined || raw === '') return DEFAULT_PORT;
  const port = Number(raw);
  if (!Number.isInteger(port) || port < 0 || port > 65_535) throw new Error(`PORT moet een poortnummer zijn (0-65535), niet '${raw}'.`);
  return port;
}

async function main(args: string[]): Promise<void> {
  const port = portFromEnvironment(process.env.PORT);
  await buildWebEdition(DEFAULT_WEB_OUT_DIR);
  if (args.includes('--build-only')) {
    console.log(`Browserversie gebouwd in ${DEFAULT_WEB_OUT_DIR}`);
    return;
  }
  const server = await serveStatic(DEFAULT_WEB_OUT_DIR, port);
  console.log(server.url);
  const stop = (): void => void server.close().then(() => process.exit(0));
  process.once('SIGINT', stop);
  process.once('SIGTERM', stop);
}

main(process.argv.slice(2)).catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : error);
  process.exitCode = 1;
});
