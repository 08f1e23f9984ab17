// Whether the Gemeenten grid shows the "Δ vorig kwartaal" columns, kept in this profile's
// localStorage like the OCR choice, so the grid looks the same at the next start. Storage is
// injected (tests pass their own) and may be missing or broken: then the columns are off.
const STORAGE_KEY = 'klantprofielen.showDeltas';

export function loadShowDeltas(storage: Pick<Storage, 'getItem'> | undefined): boolean {
  try {
    return storage?.getItem(STORAGE_KEY) === 'true';
  } catch {
    return false;
  }
}

/** False when the choice could not be kept (it still holds until the window closes). */
export function saveShowDeltas(storage: Pick<Storage, 'setItem'> | undefined, show: boolean): boolean {
  try {
    storage?.setItem(STORAGE_KEY, String(show));
    return storage !== undefined;
  } catch {
    return false;
  }
}
