// The Dutch application menu. Only the template is built here; the actions are passed in, so
// the menu knows nothing about windows or IPC.
import type { MenuItemConstructorOptions } from 'electron';
import type { MenuCommand } from '@shared/ipc';

export interface MenuActions {
  openPdfs(): void;
  /** Work the renderer does because it holds the loaded tables. */
  sendCommand(command: MenuCommand): void;
  showAbout(): void;
}

export interface MenuOptions {
  isMac: boolean;
  /** Developer tools only in unpackaged builds. */
  withDevTools: boolean;
}

export function appMenuTemplate(actions: MenuActions, options: MenuOptions): MenuItemConstructorOptions[] {
  const file: MenuItemConstructorOptions = {
    label: 'Bestand',
    submenu: [
      { label: "PDF's openen…", accelerator: 'CmdOrCtrl+O', click: () => actions.openPdfs() },
      { label: 'Opslaan als Excel…', accelerator: 'CmdOrCtrl+S', click: () => actions.sendCommand('save-xlsx') },
      { type: 'separator' },
      { label: 'Alles sluiten', accelerator: 'CmdOrCtrl+Shift+W', click: () => actions.sendCommand('close-all') },
      ...(options.isMac ? [] : [{ type: 'separator' } as const, { label: 'Afsluiten', role: 'quit' } as const]),
    ],
  };
  // Roles make undo/redo and the clipboard work in text fields and grid editors; without
  // them macOS has no Cmd+C/Cmd+V. Model-level undo for grid edits comes with the grid.
  const edit: MenuItemConstructorOptions = {
    label: 'Bewerken',
    submenu: [
      { label: 'Ongedaan maken', role: 'undo' },
      { label: 'Opnieuw', role: 'redo' },
      { type: 'separator' },
      { label: 'Knippen', role: 'cut' },
      { label: 'Kopiëren', role: 'copy' },
      { label: 'Plakken', role: 'paste' },
      { label: 'Alles selecteren', role: 'selectAll' },
    ],
  };
  const view: MenuItemConstructorOptions = {
    label: 'Beeld',
    submenu: [
      { label: 'Werkelijke grootte', role: 'resetZoom' },
      { label: 'Inzoomen', role: 'zoomIn' },
      { label: 'Uitzoomen', role: 'zoomOut' },
      { type: 'separator' },
      { label: 'Volledig scherm', role: 'togglefullscreen' },
      ...(options.withDevTools ? [{ type: 'separator' } as const, { label: 'Ontwikkelhulpmiddelen', role: 'toggleDevTools' } as const] : []),
    ],
  };
  const help: MenuItemConstructorOptions = {
    label: 'Help',
    role: 'help',
    submenu: [{ label: 'Over Klantprofielen', click: () => actions.showAbout() }],
  };
  const macApp: MenuItemConstructorOptions[] = options.isMac
    ? [
        {
          label: 'Klantprofielen',
          submenu: [
            { label: 'Over Klantprofielen', click: () => actions.showAbout() },
            { type: 'separator' },
            { label: 'Verberg Klantprofielen', role: 'hide' },
            { label: 'Verberg andere', role: 'hideOthers' },
            { label: 'Toon alles', role: 'unhide' },
            { type: 'separator' },
            { label: 'Stop Klantprofielen', role: 'quit' },
          ],
        },
      ]
    : [];
  return [...macApp, file, edit, view, help];
}
