// The Content-Security-Policy of every edition, in one place: the desktop app sends it as a
// header and repeats it in index.html's meta tag, the browser edition's server and build use
// their variant, and the dev build adds what Vite's dev server needs. Plain data, no runtime.

type Directives = Readonly<Record<string, readonly string[]>>;

const PRODUCTION_DIRECTIVES: Directives = {
  'default-src': ["'self'"],
  'script-src': ["'self'"],
  // No 'unsafe-inline': AG Grid 36's theming API injects <style> elements (measured in
  // Chromium: 25 blocked under this policy), so the grid must use theme: 'legacy' with the
  // ag-grid.css + ag-theme-quartz.css files, which load from 'self' with no violation.
  'style-src': ["'self'"],
  'img-src': ["'self'", 'data:', 'blob:'],
  // The legacy Quartz theme embeds its icon font as a data: URL.
  'font-src': ["'self'", 'data:'],
  // pdf.js in the browser edition runs its worker from a bundled file or a blob.
  'worker-src': ["'self'", 'blob:'],
  'connect-src': ["'self'"],
  'object-src': ["'none'"],
  'base-uri': ["'none'"],
  'form-action': ["'none'"],
};

function serialize(directives: Directives): string {
  return Object.entries(directives)
    .map(([name, sources]) => `${name} ${sources.join(' ')}`)
    .join('; ');
}

/** The policy of the packaged app: sent as a header and repeated in index.html's meta tag. */
export const CONTENT_SECURITY_POLICY = serialize(PRODUCTION_DIRECTIVES);

/**
 * The browser edition's policy: the desktop one plus 'wasm-unsafe-eval', which lets its engine
 * workers compile WebAssembly (tesseract.js's OCR core; the desktop app runs OCR in main's
 * worker threads instead). It still blocks eval() and new Function().
 */
export const BROWSER_EDITION_CONTENT_SECURITY_POLICY = serialize({
  ...PRODUCTION_DIRECTIVES,
  'script-src': [...(PRODUCTION_DIRECTIVES['script-src'] ?? []), "'wasm-unsafe-eval'"],
});

/**
 * The policy while developing against the Vite dev server, which needs two things the build
 * does not: React Fast Refresh's inline preamble (allowed by its hash only) and CSS injected
 * as <style> elements.
 */
export function devContentSecurityPolicy(inlineScriptHashes: readonly string[]): string {
  const { 'script-src': scripts = [], 'style-src': styles = [] } = PRODUCTION_DIRECTIVES;
  return serialize({
    ...PRODUCTION_DIRECTIVES,
    'script-src': [...scripts, ...inlineScriptHashes.map((hash) => `'sha256-${hash}'`)],
    'style-src': [...styles, "'unsafe-inline'"],
  });
}
