// What the renderer build's files are served as, by the desktop app's app:// protocol and the
// browser edition's server alike. No Node: the extension is read from the name itself.

/** The only file types the renderer build emits; anything else is not served. */
const CONTENT_TYPES: Readonly<Record<string, string>> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.ico': 'image/x-icon',
  '.woff2': 'font/woff2',
  // pdf.js's standard fonts (standard_fonts/), for drawing PDF pages in the source panel.
  '.ttf': 'font/ttf',
  '.pfb': 'application/x-font-type1',
  '.wasm': 'application/wasm',
};

/** The type of a file the renderer build emits, by its extension; undefined for any other. */
export function contentTypeFor(filePath: string): string | undefined {
  const name = filePath.slice(Math.max(filePath.lastIndexOf('/'), filePath.lastIndexOf('\\')) + 1);
  const dot = name.lastIndexOf('.');
  return dot > 0 ? CONTENT_TYPES[name.slice(dot).toLowerCase()] : undefined;
}
