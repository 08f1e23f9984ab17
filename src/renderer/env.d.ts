// The preload's bridge as the renderer sees it. Optional: outside the desktop app (a browser
// edition, a test page) there is no bridge.
import type { BridgeApi } from '@shared/ipc';

declare global {
  interface Window {
    klantprofielen?: BridgeApi<File>;
  }
}

export {};
