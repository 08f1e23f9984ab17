// The one main window. Its security settings come from security.ts; this module only adds
// size, title and the preload path.
import { BrowserWindow } from 'electron';
import { webPreferencesWithPreload } from './security';

export function createMainWindow(entryUrl: string, preloadPath: string): BrowserWindow {
  const window = new BrowserWindow({
    width: 1280,
    height: 820,
    minWidth: 800,
    minHeight: 500,
    title: 'Klantprofielen',
    backgroundColor: '#f6f7f9',
    // Shown once painted, so the user never sees an empty white frame.
    show: false,
    webPreferences: webPreferencesWithPreload(preloadPath),
  });
  window.once('ready-to-show', () => window.show());
  void window.loadURL(entryUrl);
  return window;
}
