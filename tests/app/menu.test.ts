// The Dutch menu template per platform: items, accelerators, and what each item does.
import type { MenuItemConstructorOptions } from 'electron';
import { describe, expect, it, vi } from 'vitest';
import { appMenuTemplate, type MenuActions } from '../../src/main/menu';

function build(isMac: boolean, withDevTools = false) {
  const actions: MenuActions = { openPdfs: vi.fn(), sendCommand: vi.fn(), showAbout: vi.fn() };
  return { actions, template: appMenuTemplate(actions, { isMac, withDevTools }) };
}

const submenu = (template: MenuItemConstructorOptions[], label: string) =>
  (template.find((menu) => menu.label === label)?.submenu ?? []) as MenuItemConstructorOptions[];
const labels = (items: MenuItemConstructorOptions[]) => items.filter((item) => item.type !== 'separator' && item.visible !== false).map((item) => item.label);
const item = (items: MenuItemConstructorOptions[], label: string) => items.find((entry) => entry.label === label)!;
const click = (entry: MenuItemConstructorOptions) => (entry.click as unknown as () => void)();

describe('appMenuTemplate', () => {
  it('has the Dutch menus on Windows and Linux, with Afsluiten in Bestand', () => {
    const { template } = build(false);
    expect(template.map((menu) => menu.label)).toEqual(['Bestand', 'Bewerken', 'Beeld', 'Help']);
    expect(labels(submenu(template, 'Bestand'))).toEqual([
      "PDF's openen…",
      'Map openen…',
      'Project openen…',
      'Project opslaan…',
      'Vorige sessies…',
      'Opslaan als Excel…',
      'Alles sluiten',
      'Afsluiten',
    ]);
    expect(labels(submenu(template, 'Bewerken'))).toEqual(['Ongedaan maken', 'Opnieuw', 'Knippen', 'Kopiëren', 'Plakken', 'Alles selecteren']);
    expect(labels(submenu(template, 'Help'))).toEqual(['Over Klantprofielen']);
  });

  it('has the app menu on macOS with Over and Stop, and no Afsluiten in Bestand', () => {
    const { template } = build(true);
    expect(template.map((menu) => menu.label)).toEqual(['Klantprofielen', 'Bestand', 'Bewerken', 'Beeld', 'Help']);
    expect(labels(submenu(template, 'Klantprofielen'))).toContain('Over Klantprofielen');
    expect(labels(submenu(template, 'Bestand'))).not.toContain('Afsluiten');
  });

  it('sends undo and redo to the renderer with the usual keys of each platform', () => {
    const windows = build(false);
    const edit = submenu(windows.template, 'Bewerken');
    expect(edit.filter((entry) => entry.label === 'Ongedaan maken').map((entry) => entry.accelerator)).toEqual(['CmdOrCtrl+Z']);
    expect(edit.filter((entry) => entry.label === 'Opnieuw').map((entry) => entry.accelerator)).toEqual(['Ctrl+Y', 'Ctrl+Shift+Z']);
    for (const entry of edit.filter((candidate) => candidate.label === 'Ongedaan maken' || candidate.label === 'Opnieuw')) {
      expect(entry.role).toBeUndefined(); // a role would undo typing only, never the model
      click(entry);
    }
    expect(vi.mocked(windows.actions.sendCommand).mock.calls).toEqual([['undo'], ['redo'], ['redo']]);

    const mac = submenu(build(true).template, 'Bewerken');
    expect(mac.filter((entry) => entry.label === 'Opnieuw').map((entry) => entry.accelerator)).toEqual(['Shift+Cmd+Z']);
  });

  it('keeps clipboard roles so text fields and cell editors can cut, copy and paste', () => {
    const edit = submenu(build(true).template, 'Bewerken');
    expect(['cut', 'copy', 'paste', 'selectAll'].every((role) => edit.some((entry) => entry.role === role))).toBe(true);
  });

  it('opens files or folders, saves, closes all and shows the about dialog', () => {
    const { actions, template } = build(false);
    const file = submenu(template, 'Bestand');
    click(item(file, "PDF's openen…"));
    click(item(file, 'Map openen…'));
    click(item(file, 'Opslaan als Excel…'));
    click(item(file, 'Alles sluiten'));
    click(item(file, 'Vorige sessies…'));
    click(item(submenu(template, 'Help'), 'Over Klantprofielen'));
    expect(vi.mocked(actions.openPdfs).mock.calls).toEqual([['files'], ['folders']]);
    expect(vi.mocked(actions.sendCommand).mock.calls).toEqual([['save-xlsx'], ['close-all'], ['previous-sessions']]);
    expect(actions.showAbout).toHaveBeenCalledTimes(1);
    expect(item(file, "PDF's openen…").accelerator).toBe('CmdOrCtrl+O');
    expect(item(file, 'Opslaan als Excel…').accelerator).toBe('CmdOrCtrl+S');
  });

  it('offers developer tools only in an unpackaged build', () => {
    const roles = (withDevTools: boolean) => submenu(build(false, withDevTools).template, 'Beeld').map((entry) => entry.role);
    expect(roles(false)).not.toContain('toggleDevTools');
    expect(roles(true)).toContain('toggleDevTools');
    expect(roles(false)).toEqual(expect.arrayContaining(['resetZoom', 'zoomIn', 'zoomOut', 'togglefullscreen']));
  });
});
