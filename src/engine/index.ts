// Public face of the extraction engine. Plain TypeScript: no Electron, no DOM, no Node-only
// APIs, so the same code runs in the main process, the CLI and a browser Web Worker.
export * from './model';
export { extractDocument } from './extract';
export type { ExtractOptions, PdfjsModule } from './extract';
