// Vite's `?url` import: the file is emitted as an asset and the import is its URL.
declare module 'pdfjs-dist/build/pdf.worker.min.mjs?url' {
  const url: string;
  export default url;
}
