// Lint rules, and the layer boundaries the README promises: each folder may import only from
// the layers below it. Type-level rules (what each layer may *use*) live in tsconfig/.
import js from '@eslint/js';
import reactHooks from 'eslint-plugin-react-hooks';
import tseslint from 'typescript-eslint';

/** Import patterns a layer must not use, with the reason shown to whoever tries. */
function forbid(...groups) {
  return { 'no-restricted-imports': ['error', { patterns: groups.map(([group, message]) => ({ group, message })) }] };
}

const NODE = [['node:*', 'fs', 'path', 'os', 'crypto', 'worker_threads', 'child_process'], 'Node APIs belong in src/node, src/main or src/cli.'];
const ELECTRON = [['electron'], 'Electron belongs in src/main and src/preload.'];
const REACT = [['react', 'react-dom', 'react-dom/*', 'ag-grid-*'], 'The UI belongs in src/renderer.'];
const RENDERER = [['**/renderer/**'], 'Nothing outside the window imports the renderer.'];
const MAIN = [['**/main/**'], 'Electron main is imported by nothing else.'];
const HOSTS = [['**/node/**', '**/cli/**', '**/web/**', '**/preload/**'], 'Host code is imported by its own host only.'];

export default tseslint.config(
  { ignores: ['out/**', 'dist-web/**', 'bench/.work/**', 'test-results/**', 'node_modules/**', 'tests/fixtures/**', '**/*.cjs'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    rules: {
      // `_` marks a parameter a signature needs but the body does not.
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_', caughtErrors: 'none' }],
    },
  },
  { files: ['src/engine/**', 'src/shared/**'], rules: forbid(NODE, ELECTRON, REACT, RENDERER, MAIN, HOSTS) },
  // The renderer's own backend/web (the browser edition's workers) is part of it.
  {
    files: ['src/renderer/**'],
    rules: forbid(NODE, ELECTRON, MAIN, [
      ['**/node/**', '**/cli/**', '**/preload/**', '../../web/**', '../web/**'],
      'Host code is imported by its own host only.',
    ]),
  },
  { files: ['src/main/**'], rules: forbid(REACT, RENDERER, [['**/cli/**', '**/web/**', '**/preload/**'], 'main does not import other hosts.']) },
  {
    files: ['src/preload/**'],
    rules: forbid(NODE, REACT, RENDERER, MAIN, [['**/node/**', '**/cli/**', '**/web/**', '**/engine/**'], 'The preload is the bridge and nothing else.']),
  },
  {
    files: ['src/node/**'],
    rules: forbid(ELECTRON, REACT, RENDERER, MAIN, [['**/cli/**', '**/web/**', '**/preload/**'], 'src/node serves the hosts, not the reverse.']),
  },
  { files: ['src/cli/**'], rules: forbid(ELECTRON, REACT, RENDERER, MAIN, [['**/web/**', '**/preload/**'], 'The CLI is a host of its own.']) },
  {
    files: ['src/web/**'],
    rules: forbid(ELECTRON, REACT, RENDERER, MAIN, [['**/cli/**', '**/preload/**'], "The web edition's server and build are a host of their own."]),
  },
  {
    // The rules of hooks. The plugin's React Compiler rules (refs, set-state-in-effect, …) are
    // for code the compiler will rewrite; this app does not use the compiler.
    files: ['src/renderer/**/*.{ts,tsx}'],
    plugins: { 'react-hooks': reactHooks },
    rules: { 'react-hooks/rules-of-hooks': 'error', 'react-hooks/exhaustive-deps': 'error' },
  },
);
