// Typed wrappers around ipcMain / webContents.send. Every handler goes through handle(), which
// checks the sender and parses the request once, so the handlers themselves stay small.
import { ipcMain, type IpcMainInvokeEvent, type WebContents, type WebFrameMain } from 'electron';
import type { EventChannel, EventPayload, InvokeChannel, InvokeRequest, InvokeResponse } from '@shared/ipc';
import { parseRequest } from './requests';

export type Handler<C extends InvokeChannel> = (request: InvokeRequest<C>, event: IpcMainInvokeEvent) => InvokeResponse<C> | Promise<InvokeResponse<C>>;

let trustedUrl: (url: string) => boolean = () => false;

/** Sets which page URLs may call handlers (the app's own); until then every call is refused. */
export function trustSendersAt(isAppUrl: (url: string) => boolean): void {
  trustedUrl = isAppUrl;
}

/** Only the top frame of an app page may call: not an iframe, not a page navigated elsewhere. */
function isTrustedSender(frame: WebFrameMain | null): boolean {
  return frame !== null && frame.parent === null && trustedUrl(frame.url);
}

/** Registers the channel's handler: only the app's own top frame may call, and the request is
 * checked against the channel's schema first. */
export function handle<C extends InvokeChannel>(channel: C, handler: Handler<C>): void {
  ipcMain.handle(channel, async (event, raw: unknown) => {
    if (!isTrustedSender(event.senderFrame)) {
      throw new Error(`Geweigerd: '${channel}' komt niet van de app zelf.`);
    }
    return handler(parseRequest(channel, raw), event);
  });
}

export function send<C extends EventChannel>(contents: WebContents, channel: C, payload: EventPayload<C>): void {
  if (!contents.isDestroyed()) contents.send(channel, payload);
}
