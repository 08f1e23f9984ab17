// Whether the Gemeenten grid shows the "Δ vorig kwartaal" columns, kept like the OCR choice so the
// grid looks the same at the next start; off when nothing (readable) is kept.
import { loadSetting, saveSetting, type StoredSetting } from './profileStorage';

export const SHOW_DELTAS: StoredSetting<boolean> = {
  key: 'klantprofielen.showDeltas',
  fallback: false,
  read: (text) => text === 'true',
  write: String,
};

export const loadShowDeltas = (storage: Pick<Storage, 'getItem'> | undefined): boolean => loadSetting(storage, SHOW_DELTAS);

/** False when the choice could not be kept (it still holds until the window closes). */
export const saveShowDeltas = (storage: Pick<Storage, 'setItem'> | undefined, show: boolean): boolean => saveSetting(storage, SHOW_DELTAS, show);
