// electron-builder cannot run here, so this checks what can be checked: the fuses and asar
// settings in electron-builder.yml, and that the runtime files it keeps are enough to read a
// PDF with the compiled worker (pdf.js's legacy build needs @napi-rs/canvas for DOMMatrix).
import { spawnSync } from 'node:child_process';
import { cp, mkdtemp, readFile, rm } from 'node:fs/promises';
import { createRequire } from 'node:module';
import os from 'node:os';
import path from 'node:path';
import { build } from 'vite';
import { afterAll, describe, expect, it } from 'vitest';

const repoRoot = path.resolve(__dirname, '../..');
const configText = () => readFile(path.join(repoRoot, 'electron-builder.yml'), 'utf8');

/** `key: value` lines of one top-level block of the YAML file, comments dropped. */
function block(yaml: string, name: string): Map<string, string> {
  const lines = yaml.split('\n');
  const start = lines.findIndex((line) => line === `${name}:`);
  const entries = new Map<string, string>();
  for (const line of lines.slice(start + 1)) {
    if (!/^\s/.test(line) && line.trim() !== '') break;
    const match = /^\s+([A-Za-z0-9]+):\s*([^#\s]+)/.exec(line);
    if (match) entries.set(match[1]!, match[2]!);
  }
  return entries;
}

/** What electron-builder packs besides out/: the production dependencies and everything they
 * pull in (top-level folders of node_modules), as npm itself lists them. */
function productionPackages(): string[] {
  const listing = spawnSync('npm', ['ls', '--omit=dev', '--all', '--parseable'], { cwd: repoRoot, encoding: 'utf8' });
  const modules = path.join(repoRoot, 'node_modules') + path.sep;
  return [
    ...new Set(
      listing.stdout
        .split('\n')
        .filter((line) => line.startsWith(modules))
        .map((line) => line.slice(modules.length))
        .filter((name) => !name.includes('node_modules')),
    ),
  ];
}

const tempDirs: string[] = [];
afterAll(async () => {
  await Promise.all(tempDirs.map((dir) => rm(dir, { recursive: true, force: true })));
});

describe('electron-builder.yml', () => {
  it('flips the fuses the app needs off and on', async () => {
    expect(Object.fromEntries(block(await configText(), 'electronFuses'))).toEqual({
      runAsNode: 'false',
      enableNodeOptionsEnvironmentVariable: 'false',
      enableNodeCliInspectArguments: 'false',
      enableEmbeddedAsarIntegrityValidation: 'true',
      onlyLoadAppFromAsar: 'true',
      enableCookieEncryption: 'true',
      grantFileProtocolExtraPrivileges: 'false',
      loadBrowserProcessSpecificV8Snapshot: 'false',
    });
  });

  it('packs the app into app.asar with nothing unpacked by hand, and registers PDFs for "Open with"', async () => {
    const yaml = await configText();
    expect(yaml).toMatch(/^asar: true$/m);
    expect(yaml).not.toMatch(/^asarUnpack:/m);
    expect(yaml).toMatch(/^\s+- out\/\*\*\/\*$/m);
    expect(yaml).toMatch(/^\s+- ext: pdf$/m);
    expect(yaml).toMatch(/^\s+role: Viewer$/m);
  });

  it('keeps every runtime file the compiled worker needs to read a PDF', async () => {
    // Either quote style: YAML means the same by both (Prettier writes single quotes).
    const excluded = /(["'])!node_modules\/pdfjs-dist\/\{([^}]+)\}\/\*\*\1/.exec(await configText())?.[2]?.split(',') ?? [];
    expect(excluded.length).toBeGreaterThan(0);
    // The packaged layout: out/main next to node_modules holding only the runtime dependencies.
    // Outside the project, so nothing can fall back to the project's own node_modules.
    const app = await mkdtemp(path.join(os.tmpdir(), 'klantprofielen-packed-'));
    tempDirs.push(app);
    const packages = productionPackages();
    expect(packages).toEqual(expect.arrayContaining(['pdfjs-dist', 'xlsx', '@napi-rs/canvas', 'tesseract.js']));
    for (const dependency of packages) {
      await cp(path.join(repoRoot, 'node_modules', dependency), path.join(app, 'node_modules', dependency), {
        recursive: true,
        filter: (source) => {
          const inPdfjs = path.relative(path.join(repoRoot, 'node_modules/pdfjs-dist'), source).split(path.sep);
          return !(dependency === 'pdfjs-dist' && excluded.includes(inPdfjs[0]!)) && !source.endsWith('.map');
        },
      });
    }
    await build({
      configFile: false,
      root: repoRoot,
      logLevel: 'error',
      build: {
        ssr: true,
        outDir: path.join(app, 'out/main'),
        emptyOutDir: true,
        minify: false,
        rolldownOptions: {
          input: {
            index: path.join(repoRoot, 'src/node/extractPool.ts'),
            extractWorker: path.join(repoRoot, 'src/node/extractWorker.ts'),
            workbookThread: path.join(repoRoot, 'src/node/workbookThread.ts'),
            workbookWorker: path.join(repoRoot, 'src/node/workbookWorker.ts'),
          },
          // Resolve dependencies at run time from the packed node_modules, as the app does.
          external: [/^pdfjs-dist/, /^xlsx/, /^tesseract\.js/, /^@tesseract\.js-data/],
          output: { format: 'cjs', entryFileNames: '[name].js' },
        },
      },
    });
    const packed = createRequire(path.join(app, 'out/main/index.js'))('./index.js') as typeof import('../../src/node/extractPool');
    const pool = packed.createExtractPool({ size: 1 });
    try {
      const pdf = path.join(repoRoot, 'tests/fixtures/national/p5_2019q2_national_10regions.pdf');
      const doc = await pool.extract({ name: 'nationaal.pdf', bytes: new Uint8Array(await readFile(pdf)) });
      expect(doc.error).toBeUndefined();
      expect(doc.tables).toHaveLength(10);
      // 'workbook:save' builds the .xlsx with the compiled workbook worker next to the bundle.
      const thread = createRequire(path.join(app, 'out/main/index.js'))('./workbookThread.js') as typeof import('../../src/node/workbookThread');
      const bytes = await thread.buildWorkbookInWorker({ schema: 'klantprofielen/v1', documents: [doc] } as Parameters<typeof thread.buildWorkbookInWorker>[0]);
      expect(new TextDecoder('latin1').decode(bytes.subarray(0, 2))).toBe('PK');
    } finally {
      await pool.close();
    }
  });
});
