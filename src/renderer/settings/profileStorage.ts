// This profile's localStorage, where the view settings are kept.

/** undefined where the origin may not use it (storage disabled). */
export function profileStorage(): Storage | undefined {
  try {
    return window.localStorage;
  } catch {
    return undefined; // storage disabled for this origin
  }
}
