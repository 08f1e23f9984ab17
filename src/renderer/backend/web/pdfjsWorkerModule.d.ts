// pdfjs-dist ships no types for its worker build; the engine worker only hands the module to pdf.js.
declare module 'pdfjs-dist/build/pdf.worker.min.mjs' {
  export const WorkerMessageHandler: unknown;
}
