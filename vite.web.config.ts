// The browser edition: the same renderer as the desktop app, built as a static site whose
// Backend runs the engine in Web Workers (src/renderer/backend/webBackend.ts).
// `npm run build:web` writes dist-web/; `npm run web` builds and serves it (src/web/main.ts).
import { resolve } from 'node:path';
import react from '@vitejs/plugin-react';
import { defineConfig } from 'vite';
import { aliases } from './electron.vite.config';
import { standardFontsPlugin } from './src/web/standardFontsPlugin';

const WEB_OUT_DIR = resolve(__dirname, 'dist-web');

export default defineConfig({
  root: resolve(__dirname, 'src/renderer'),
  // Relative asset URLs: the site works from any folder it is served from.
  base: './',
  resolve: { alias: aliases },
  plugins: [react(), standardFontsPlugin()],
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
