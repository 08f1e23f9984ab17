// The preload's bridge as the renderer sees it. Optional: outside the desktop app (a browser
// edition, a test page) there is no bridge.
import type { Api } from '../preload/index';

declare global {
  interface Window {
    klantprofielen?: Api;
  }
}

export {};
