// Sizes every host holds a PDF to, in a module of its own: the CLI needs the limit without
// loading the IPC schemas (and valibot) that main checks requests with.

/** Far above any UWV publication (a few MB), low enough to refuse absurd input early. The CLI,
 * main's own reads and the IPC check of the renderer's requests use the same limit. */
export const MAX_PDF_BYTES = 100 * 1024 * 1024;
