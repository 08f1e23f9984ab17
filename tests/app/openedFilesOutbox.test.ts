// Files opened before the page listens (command line, "Open with", a reload) are held, not lost.
import { describe, expect, it } from 'vitest';
import type { OpenedPdfs } from '../../src/shared/ipc';
import { createOpenedFilesOutbox } from '../../src/main/openedFilesOutbox';

const opened = (name: string): OpenedPdfs => ({ files: [{ name, bytes: new Uint8Array([37]) }], errors: [] });
const names = (sent: OpenedPdfs[]) => sent.map((batch) => batch.files[0]?.name);

describe('createOpenedFilesOutbox', () => {
  it('holds files until the page says it listens, then sends them in order, later ones at once', () => {
    const outbox = createOpenedFilesOutbox();
    const sent: OpenedPdfs[] = [];
    outbox.deliver(opened('vóór het venster.pdf'));
    outbox.attach(7, (batch) => sent.push(batch));
    outbox.deliver(opened('tijdens het laden.pdf'));
    expect(sent).toEqual([]);
    expect(outbox.held).toBe(2);

    outbox.ready(7);
    expect(names(sent)).toEqual(['vóór het venster.pdf', 'tijdens het laden.pdf']);
    outbox.deliver(opened('daarna.pdf'));
    expect(names(sent)).toEqual(['vóór het venster.pdf', 'tijdens het laden.pdf', 'daarna.pdf']);
    expect(outbox.held).toBe(0);
  });

  it('holds again while the page reloads, and ignores another page saying it is ready', () => {
    const outbox = createOpenedFilesOutbox();
    const sent: OpenedPdfs[] = [];
    outbox.attach(7, (batch) => sent.push(batch));
    outbox.ready(7);
    outbox.pageLeft(7);
    outbox.deliver(opened('tijdens herladen.pdf'));
    outbox.ready(8); // not the main window's page
    expect(sent).toEqual([]);
    outbox.ready(7);
    expect(names(sent)).toEqual(['tijdens herladen.pdf']);
  });

  it('holds for the next window when the window closes (macOS keeps running)', () => {
    const outbox = createOpenedFilesOutbox();
    const first: OpenedPdfs[] = [];
    const second: OpenedPdfs[] = [];
    outbox.attach(1, (batch) => first.push(batch));
    outbox.ready(1);
    outbox.detach(1);
    outbox.deliver(opened('uit de Finder.pdf'));
    outbox.attach(2, (batch) => second.push(batch));
    outbox.ready(2);
    expect(first).toEqual([]);
    expect(names(second)).toEqual(['uit de Finder.pdf']);
  });
});
