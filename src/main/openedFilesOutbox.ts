// Holds 'files:opened' until the page listens. Files named on the command line arrive before
// the window has loaded, and React subscribes in an effect that runs after the page's load
// event, so "did-finish-load" is too early: the page says it listens ('files:ready'). After a
// reload it must say so again. No Electron import.
import type { OpenedPdfs } from '@shared/ipc';

export interface OpenedFilesOutbox {
  /** Sends now when the page listens, else keeps it for later. */
  deliver(opened: OpenedPdfs): void;
  /** A new page (the window's webContents `pageId`) that does not listen yet. */
  attach(pageId: number, send: (opened: OpenedPdfs) => void): void;
  /** The page `pageId` listens: everything held is sent, in order. */
  ready(pageId: number): void;
  /** The page navigated or reloaded: hold again until it says it is ready. */
  pageLeft(pageId: number): void;
  /** The window is gone; hold until the next one. */
  detach(pageId: number): void;
  /** Batches held, for tests. */
  readonly held: number;
}

export function createOpenedFilesOutbox(): OpenedFilesOutbox {
  const held: OpenedPdfs[] = [];
  let page: { id: number; send: (opened: OpenedPdfs) => void; listening: boolean } | undefined;

  return {
    deliver(opened) {
      if (page?.listening) page.send(opened);
      else held.push(opened);
    },
    attach(pageId, send) {
      page = { id: pageId, send, listening: false };
    },
    ready(pageId) {
      if (page?.id !== pageId) return;
      page.listening = true;
      for (const opened of held.splice(0)) page.send(opened);
    },
    pageLeft(pageId) {
      if (page?.id === pageId) page.listening = false;
    },
    detach(pageId) {
      if (page?.id === pageId) page = undefined;
    },
    get held() {
      return held.length;
    },
  };
}
