import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { App } from './App';
import { createIpcBackend } from './backend/ipcBackend';
import './styles.css';

// A file dropped outside the drop zone must not make the window open it.
for (const type of ['dragover', 'drop'] as const) window.addEventListener(type, (event) => event.preventDefault());

const root = createRoot(document.getElementById('root') as HTMLElement);
// The desktop app's preload provides the bridge; a browser edition will bring its own Backend.
const backend = window.klantprofielen ? createIpcBackend(window.klantprofielen) : null;

root.render(
  <StrictMode>
    {backend ? (
      <App backend={backend} />
    ) : (
      <p className="no-backend">Deze pagina werkt alleen in de desktop-app Klantprofielen.</p>
    )}
  </StrictMode>,
);
