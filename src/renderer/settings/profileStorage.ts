// This profile's localStorage, where the view settings are kept (the OCR choice, the Δ columns),
// and the one way a setting is read from and written to it. Storage is injected (tests pass their
// own) and may be missing or broken (private windows, full quota, storage disabled): then a
// setting reads as its default, and a choice still holds until the window closes.

/** undefined where the origin may not use it (storage disabled). */
export function profileStorage(): Storage | undefined {
  try {
    return window.localStorage;
  } catch {
    return undefined; // storage disabled for this origin
  }
}

/** A setting kept under `key` as text. */
export interface StoredSetting<T> {
  key: string;
  fallback: T;
  /** The setting from its stored text; undefined for anything else (then the fallback). */
  read(text: string | null): T | undefined;
  write(value: T): string;
}

export function loadSetting<T>(storage: Pick<Storage, 'getItem'> | undefined, setting: StoredSetting<T>): T {
  try {
    return setting.read(storage?.getItem(setting.key) ?? null) ?? setting.fallback;
  } catch {
    return setting.fallback;
  }
}

/** False when the choice could not be kept (it still holds until the window closes). */
export function saveSetting<T>(storage: Pick<Storage, 'setItem'> | undefined, setting: StoredSetting<T>, value: T): boolean {
  try {
    storage?.setItem(setting.key, setting.write(value));
    return storage !== undefined;
  } catch {
    return false;
  }
}
