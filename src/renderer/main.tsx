import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { App } from './App';
import { createIpcBackend } from './backend/ipcBackend';
import type { Backend } from './backend/types';
import './styles.css';

// A file dropped outside the drop zone must not make the window open it.
for (const type of ['dragover', 'drop'] as const) window.addEventListener(type, (event) => event.preventDefault());

/** The desktop app's preload provides the bridge; without it this is the browser edition. */
async function chooseBackend(): Promise<Backend> {
  if (window.klantprofielen) return createIpcBackend(window.klantprofielen);
  // Loaded on demand: the desktop renderer never fetches the engine workers.
  const { createWebBackend } = await import('./backend/webBackend');
  return createWebBackend();
}

const root = createRoot(document.getElementById('root') as HTMLElement);
chooseBackend().then(
  (backend) =>
    root.render(
      <StrictMode>
        <App backend={backend} />
      </StrictMode>,
    ),
  // E.g. the browser edition's code could not be loaded: say so instead of a blank window.
  (error: unknown) => root.render(<p role="alert">Klantprofielen kon niet worden gestart: {error instanceof Error ? error.message : String(error)}</p>),
);
