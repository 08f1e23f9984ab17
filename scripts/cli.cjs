#!/usr/bin/env node
// `npm run cli`: runs the command-line tool from a compiled bundle, because plain Node starts
// in ~0.2 s where tsx needs ~1 s. The bundle is rebuilt with esbuild (a few hundred ms)
// whenever a source file is newer than it, so there is never a separate build step and
// never a stale CLI.
'use strict';
// Node keeps the compiled code of the bundle, pdf.js and SheetJS between runs (Node >= 22.1;
// measured: a one-file run 1.1 s → 0.85 s). Worker threads do not inherit the setting, only the
// environment: they get the same cache folder through NODE_COMPILE_CACHE.
const nodeModule = require('node:module');
const compileCache = nodeModule.enableCompileCache?.();
if (compileCache?.directory) process.env.NODE_COMPILE_CACHE = compileCache.directory;
const fs = require('node:fs');
const path = require('node:path');

const root = path.resolve(__dirname, '..');
const outDir = path.join(root, 'out', 'cli');
const entries = { main: 'src/cli/main.ts', extractWorker: 'src/node/extractWorker.ts' };
const sourceDirs = ['src/cli', 'src/engine', 'src/node', 'src/shared', 'resources'].map((d) => path.join(root, d));

function newestMtime(dir) {
  let newest = 0;
  if (!fs.existsSync(dir)) return newest;
  for (const entry of fs.readdirSync(dir, { withFileTypes: true })) {
    const full = path.join(dir, entry.name);
    newest = Math.max(newest, entry.isDirectory() ? newestMtime(full) : fs.statSync(full).mtimeMs);
  }
  return newest;
}

function bundleIsFresh() {
  const outputs = Object.keys(entries).map((name) => path.join(outDir, `${name}.js`));
  if (!outputs.every((file) => fs.existsSync(file))) return false;
  const built = Math.min(...outputs.map((file) => fs.statSync(file).mtimeMs));
  // This script holds the build settings: a change to it is a change to the bundle.
  const inputs = Math.max(...sourceDirs.map(newestMtime), ...[path.join(root, 'package.json'), __filename].map((file) => fs.statSync(file).mtimeMs));
  return built > inputs;
}

function build() {
  const { outputFiles } = require('esbuild').buildSync({
    write: false,
    entryPoints: Object.fromEntries(Object.entries(entries).map(([name, file]) => [name, path.join(root, file)])),
    outdir: outDir,
    bundle: true,
    platform: 'node',
    target: 'node20',
    format: 'cjs',
    // Packages stay in node_modules: pdf.js and tesseract.js load their own assets from there.
    packages: 'external',
    // Except SheetJS: its CommonJS entry loads every code page table (measured 150-200 ms at
    // start), which writing .xlsx never uses; its ES module build has none and is bundled.
    alias: { xlsx: path.join(root, 'node_modules/xlsx/xlsx.mjs') },
    // The sources use import.meta.url to find files next to themselves; in CommonJS that is
    // the bundle's own location.
    define: { 'import.meta.url': '__bundleUrl' },
    banner: { js: "const __bundleUrl = require('node:url').pathToFileURL(__filename).href;" },
    logLevel: 'error',
  });
  // Two CLIs started at once may both rebuild: each file is replaced whole, never half-written.
  fs.mkdirSync(outDir, { recursive: true });
  for (const file of outputFiles) {
    const temporary = `${file.path}.${process.pid}.tmp`;
    fs.writeFileSync(temporary, file.contents);
    fs.renameSync(temporary, file.path);
  }
}

if (!bundleIsFresh()) build();
require(path.join(outDir, 'main.js'));
