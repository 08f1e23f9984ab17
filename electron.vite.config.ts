import { createHash } from 'node:crypto';
import { resolve } from 'node:path';
import react from '@vitejs/plugin-react';
import { defineConfig, type UserConfig } from 'electron-vite';
import { devContentSecurityPolicy } from './src/shared/contentSecurityPolicy';
import { cspMetaPlugin } from './src/web/cspMetaPlugin';
import { standardFontsPlugin } from './src/web/standardFontsPlugin';

/** Path aliases, declared once here; vitest.config.ts imports them and tsconfig.json mirrors them. */
export const aliases = {
  '@engine': resolve(__dirname, 'src/engine'),
  '@shared': resolve(__dirname, 'src/shared'),
};

/**
 * The dev-server CSP: React Fast Refresh injects an inline preamble, allowed by its hash only.
 * The plugin's ESM namespace is imported dynamically: loaded as CommonJS (vitest, tsx) the
 * default export lacks `preambleCode`. Computed only when a config is asked for, so
 * vitest.config.ts can import `aliases` cheaply.
 */
async function devPolicy(): Promise<string> {
  const { default: plugin } = await import('@vitejs/plugin-react');
  const preamble: unknown = plugin.preambleCode;
  if (typeof preamble !== 'string') throw new Error('@vitejs/plugin-react exports no preambleCode: update devPolicy()');
  const hash = createHash('sha256').update(preamble.replace('__BASE__', '/')).digest('base64');
  return devContentSecurityPolicy([hash]);
}

export default defineConfig(async (): Promise<UserConfig> => {
  const devCsp = await devPolicy();
  return {
    main: {
      resolve: { alias: aliases },
      // Main sends the dev policy as its CSP header without loading Vite's React plugin.
      define: { __DEV_CONTENT_SECURITY_POLICY__: JSON.stringify(devCsp) },
      build: {
        rolldownOptions: {
          input: {
            index: resolve(__dirname, 'src/main/index.ts'),
            // PDF parsing runs on worker threads; extractPool.ts finds this file next to index.js.
            extractWorker: resolve(__dirname, 'src/node/extractWorker.ts'),
            // 'workbook:save' builds the .xlsx on a thread of its own (workbookThread.ts finds it).
            workbookWorker: resolve(__dirname, 'src/node/workbookWorker.ts'),
          },
        },
      },
    },
    preload: {
      resolve: { alias: aliases },
      build: {
        // A sandboxed preload must be one CommonJS file that requires nothing but 'electron'.
        lib: { entry: resolve(__dirname, 'src/preload/index.ts'), formats: ['cjs'] },
        externalizeDeps: false,
      },
    },
    renderer: {
      root: resolve(__dirname, 'src/renderer'),
      resolve: { alias: aliases },
      // The fonts pdf.js needs to draw PDF pages in the source panel, served from app:// too.
      plugins: [react(), cspMetaPlugin(devCsp, 'serve'), standardFontsPlugin()],
      build: {
        rolldownOptions: { input: resolve(__dirname, 'src/renderer/index.html') },
      },
    },
  };
});
