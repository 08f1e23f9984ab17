// The Dutch application menu. Only the template is built here; the actions are passed in, so
// the menu knows nothing about windows or IPC and is tested in Node.
//
// Undo/redo: the renderer owns model-level undo of grid edits, so "Ongedaan maken" and
// "Opnieuw" send 'undo'/'redo' to it instead of using Electron's undo/redo roles (which only
// undo typing). Their accelerators stay the platform's usual keys, and text fields keep their
// own undo: Electron hands every key to the page first and runs a menu accelerator only for keys
// the page left unhandled. Typing undo in a text field or open cell editor is handled by
// Chromium there; outside text fields the page handles Ctrl+Z itself (useShortcuts.ts). Where the
// menu item fires anyway (a click, or macOS passing Cmd+Z on to the menu), the renderer sees the
// focused text field and undoes the typing, else the last edit (renderer/window/windowController.ts).
import type { MenuItemConstructorOptions } from 'electron';
import type { MenuCommand } from '@shared/ipc';

export interface MenuActions {
  /** 'files': the PDF open dialog; 'folders': a folder picker, searched recursively. */
  openPdfs(kind: 'files' | 'folders'): void;
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
  const { isMac } = options;
  const file: MenuItemConstructorOptions = {
    label: 'Bestand',
    submenu: [
      { label: "PDF's openen…", accelerator: 'CmdOrCtrl+O', click: () => actions.openPdfs('files') },
      { label: 'Map openen…', accelerator: 'CmdOrCtrl+Shift+O', click: () => actions.openPdfs('folders') },
      { type: 'separator' },
      // Dialogs for projects are opened by the renderer's request: it holds the session to save.
      { label: 'Project openen…', click: () => actions.sendCommand('open-project') },
      { label: 'Project opslaan…', click: () => actions.sendCommand('save-project') },
      // Sessions kept in the data folder, also those this version could not read.
      { label: 'Vorige sessies…', click: () => actions.sendCommand('previous-sessions') },
      { type: 'separator' },
      { label: 'Opslaan als Excel…', accelerator: 'CmdOrCtrl+S', click: () => actions.sendCommand('save-xlsx') },
      { type: 'separator' },
      { label: 'Alles sluiten', accelerator: 'CmdOrCtrl+Shift+W', click: () => actions.sendCommand('close-all') },
      ...(isMac ? [] : [{ type: 'separator' } as const, { label: 'Afsluiten', role: 'quit', accelerator: 'Ctrl+Q' } as const]),
    ],
  };
  const edit: MenuItemConstructorOptions = {
    label: 'Bewerken',
    submenu: [
      { label: 'Ongedaan maken', accelerator: 'CmdOrCtrl+Z', click: () => actions.sendCommand('undo') },
      // Windows: Ctrl+Y. macOS: Shift+Cmd+Z. Linux apps use both; the second one is a hidden
      // item (hidden items keep their accelerator on Windows and Linux).
      { label: 'Opnieuw', accelerator: isMac ? 'Shift+Cmd+Z' : 'Ctrl+Y', click: () => actions.sendCommand('redo') },
      ...(isMac ? [] : [{ label: 'Opnieuw', accelerator: 'Ctrl+Shift+Z', visible: false, click: () => actions.sendCommand('redo') }]),
      { type: 'separator' },
      // Roles: the clipboard works in text fields and grid editors (and on macOS only with them).
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
  const macApp: MenuItemConstructorOptions[] = isMac
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
