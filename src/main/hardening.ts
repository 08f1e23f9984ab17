// Guards that apply to every session and every web page the app creates: nothing may open
// windows, navigate away, ask for permissions or download, and every response carries the CSP.
import type { Session, WebContents } from 'electron';

/** Applies the session-wide guards. `contentSecurityPolicy` is added to every response. */
export function hardenSession(session: Session, contentSecurityPolicy: string): void {
  // The app needs no camera, notifications, clipboard-read, USB, ...: refuse all of them.
  session.setPermissionRequestHandler((_contents, _permission, callback) => callback(false));
  session.setPermissionCheckHandler(() => false);
  session.setDevicePermissionHandler(() => false);
  // Headers reach responses over http (the dev server); app:// responses set it themselves.
  session.webRequest.onHeadersReceived((details, callback) => {
    callback({
      responseHeaders: {
        ...withoutHeader(details.responseHeaders, 'content-security-policy'),
        'Content-Security-Policy': [contentSecurityPolicy],
      },
    });
  });
  // Saving goes through main's save dialog; a page-initiated download is never expected.
  session.on('will-download', (event) => event.preventDefault());
}

/** Applies the per-page guards; `isAllowedUrl` decides what counts as the app itself. */
export function hardenWebContents(contents: WebContents, isAllowedUrl: (url: string) => boolean): void {
  contents.setWindowOpenHandler(() => ({ action: 'deny' }));
  const stayInApp = (event: { preventDefault(): void; url: string }): void => {
    if (!isAllowedUrl(event.url)) event.preventDefault();
  };
  // will-navigate: links and location changes; will-frame-navigate: the same for iframes;
  // will-redirect: server redirects. A dropped file would otherwise open as file://.
  contents.on('will-navigate', stayInApp);
  contents.on('will-frame-navigate', stayInApp);
  contents.on('will-redirect', stayInApp);
  contents.on('will-attach-webview', (event) => event.preventDefault());
}

function withoutHeader(headers: Record<string, string[]> | undefined, name: string): Record<string, string[]> {
  return Object.fromEntries(Object.entries(headers ?? {}).filter(([key]) => key.toLowerCase() !== name));
}
