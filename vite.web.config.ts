// The browser edition: the same renderer as the desktop app, built as a static site whose
// Backend runs the engine in Web Workers (src/renderer/backend/webBackend.ts).
// `npm run build:web` writes dist-web/; `npm run web` builds and serves it (src/web/main.ts).
import { resolve } from 'node:path';
import react from '@vitejs/plugin-react';
import { defineConfig } from 'vite';
import { aliases } from './electron.vite.config';
import { BROWSER_EDITION_CONTENT_SECURITY_POLICY } from './src/shared/contentSecurityPolicy';
import { cspMetaPlugin } from './src/web/cspMetaPlugin';
import { ocrAssetsPlugin } from './src/web/ocrAssetsPlugin';
import { standardFontsPlugin } from './src/web/standardFontsPlugin';

const WEB_OUT_DIR = resolve(__dirname, 'dist-web');

export default defineConfig({
  root: resolve(__dirname, 'src/renderer'),
  // Relative asset URLs: the site works from any folder it is served from.
  base: './',
  resolve: { alias: aliases },
  // pdf.js's fonts and tesseract.js's worker, cores and language data, served from this origin.
  // The page's meta CSP is the browser edition's (the server sends the same as a header).
  plugins: [react(), cspMetaPlugin(BROWSER_EDITION_CONTENT_SECURITY_POLICY, 'build'), standardFontsPlugin(), ocrAssetsPlugin()],
  // The engine worker imports pdf.js as ES modules and splits chunks.
  worker: { format: 'es' },
  build: {
    outDir: WEB_OUT_DIR,
    emptyOutDir: true,
    target: 'es2022',
    // pdf.js and its worker are large by nature; the warning would only be noise.
    chunkSizeWarningLimit: 2048,
  },
});
