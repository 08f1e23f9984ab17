// Where the build puts pdf.js's standard fonts (src/web/standardFontsPlugin.ts; the desktop
// build copies them too), as an absolute URL: workers resolve relative URLs against their own
// script, not against the page.
export const STANDARD_FONTS_PATH = 'standard_fonts/';

export function standardFontsUrl(base: string = document.baseURI): string {
  return new URL(STANDARD_FONTS_PATH, base).href;
}
