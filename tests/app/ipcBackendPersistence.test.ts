// The desktop Backend's side of never losing work and of projects, over a fake preload bridge:
// what goes to which channel, and a bridge without these channels (an older preload, a test
// imitation) that must not break the app.
import { describe, expect, it, vi } from 'vitest';
import type { BridgeApi } from '../../src/shared/ipc';
import { createIpcBackend } from '../../src/renderer/backend/ipcBackend';

type Api = BridgeApi<File>;

function bridgeWith(invoke: Record<string, (request?: unknown) => Promise<unknown>>, extra: Record<string, unknown> = {}): Api {
  const none = () => () => undefined;
  return { invoke, on: { 'menu:command': none, 'files:opened': none, 'pdf:progress': none }, ...extra } as unknown as Api;
}

describe('createIpcBackend: sessions and projects', () => {
  it('loads and saves the session through main', async () => {
    const save = vi.fn(async () => undefined);
    const backend = createIpcBackend(bridgeWith({ 'session:load': async () => ({ text: '{"format":"x"}' }), 'session:save': save }));
    expect(await backend.loadSession()).toEqual({ text: '{"format":"x"}' });
    await backend.saveSession('{"a":1}', ['a'.repeat(64)]);
    expect(save).toHaveBeenCalledWith({ text: '{"a":1}' });
    // Main reads the files again from their paths: nothing to keep in the page.
    await expect(backend.keepPdf('a'.repeat(64), new Uint8Array([1]))).resolves.toBeUndefined();
  });

  it('lists, reads and exports kept sessions through main', async () => {
    const info = {
      id: 'session-2026-01-01T10-00-01-000Z.unreadable.json',
      keptAt: '2026-01-01T10:00:01.000Z',
      savedAt: null,
      files: [],
      corrections: 0,
      acceptances: 0,
      unreadable: true,
    };
    const read = vi.fn(async () => '{"version":2}');
    const exported = vi.fn(async () => ({ saved: true, path: '/home/a/sessie.json' }));
    const backend = createIpcBackend(bridgeWith({ 'session:history': async () => [info], 'session:read-kept': read, 'session:export-kept': exported }));
    expect(await backend.sessionHistory()).toEqual([info]);
    expect(await backend.readKeptSession(info.id)).toBe('{"version":2}');
    expect(read).toHaveBeenCalledWith({ id: info.id });
    expect(await backend.exportKeptSession(info.id)).toEqual({ saved: true, path: '/home/a/sessie.json' });
    expect(exported).toHaveBeenCalledWith({ id: info.id });
  });

  it('looks a saved file up at its path, and says so when no path is known', async () => {
    const read = vi.fn(async () => ({ status: 'missing', detail: 'niet gevonden op /x.pdf' }));
    const backend = createIpcBackend(bridgeWith({ 'pdf:read-path': read }));
    expect(await backend.findPdf({ name: 'x.pdf', sha256: 'a'.repeat(64), path: '/x.pdf' })).toEqual({ status: 'missing', detail: 'niet gevonden op /x.pdf' });
    expect(read).toHaveBeenCalledWith({ path: '/x.pdf' });
    expect(await backend.findPdf({ name: 'x.pdf', sha256: 'a'.repeat(64) })).toEqual({ status: 'missing', detail: 'niet bekend waar het bestand stond' });
  });

  it('asks main where a file went, opens and saves projects there, and gets dropped files their path', async () => {
    const locate = vi.fn(async () => null);
    const saveProject = vi.fn(async () => ({ saved: true, path: '/p.kpproject.json' }));
    const openProject = vi.fn(async () => ({ opened: false }));
    const pathForFile = vi.fn(() => '/data/a.pdf');
    const backend = createIpcBackend(bridgeWith({ 'pdf:locate': locate, 'project:save': saveProject, 'project:open': openProject }, { pathForFile }));
    expect(await backend.locatePdf?.('a.pdf')).toBeNull();
    expect(locate).toHaveBeenCalledWith({ name: 'a.pdf' });
    expect(await backend.saveProject({ text: '{}', suggestedName: 'x' })).toEqual({ saved: true, path: '/p.kpproject.json' });
    expect(await backend.openProject()).toEqual({ opened: false });
    const file = { name: 'a.pdf' } as File;
    expect(backend.pathOf(file)).toBe('/data/a.pdf');
    expect(pathForFile).toHaveBeenCalledWith(file);
  });

  it('keeps working with a bridge that lacks these channels: no session, no paths', async () => {
    const backend = createIpcBackend(bridgeWith({}));
    expect(await backend.loadSession()).toEqual({ text: null });
    expect(await backend.sessionHistory()).toEqual([]);
    expect(await backend.readKeptSession('session-2026-01-01T10-00-01-000Z.json')).toBeNull();
    expect(await backend.exportKeptSession('session-2026-01-01T10-00-01-000Z.json')).toEqual({ saved: false });
    await expect(backend.saveSession('{}', [])).resolves.toBeUndefined();
    expect(await backend.findPdf({ name: 'x.pdf', sha256: 'a'.repeat(64), path: '/x.pdf' })).toMatchObject({ status: 'missing' });
    expect(await backend.locatePdf?.('x.pdf')).toBeNull();
    expect(backend.pathOf({ name: 'a.pdf' } as File)).toBeUndefined();
  });
});
