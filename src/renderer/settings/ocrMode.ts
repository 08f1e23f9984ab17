// The analyst's choice of how scanned pages are read, kept in this profile's localStorage so it
// holds for every later file and the next start (profileStorage.ts: missing or broken storage
// gives the default).
import { OCR_MODES, type OcrMode } from '@engine/ocr/ocrEngine';
import { loadSetting, saveSetting, type StoredSetting } from './profileStorage';

export const DEFAULT_OCR_MODE: OcrMode = 'auto';
const STORAGE_KEY = 'klantprofielen.ocrMode';

/** The choices as the UI offers them, recommended first. */
export const OCR_MODE_CHOICES: readonly { mode: OcrMode; label: string; hint: string }[] = [
  {
    mode: 'auto',
    label: 'Scans lezen met tekstherkenning',
    hint: "Pagina's zonder bruikbare tekst worden met tekstherkenning (OCR) gelezen: enkele seconden per pagina. Aanbevolen.",
  },
  {
    mode: 'always',
    label: 'Ook scans met eigen tekstlaag opnieuw herkennen',
    hint: "Voor scans waarvan de scanner zelf (slecht) tekst heeft herkend: ook die pagina's worden opnieuw met tekstherkenning gelezen.",
  },
  {
    mode: 'never',
    label: 'Geen tekstherkenning',
    hint: 'Scans worden niet gelezen; ze krijgen een melding.',
  },
];

export const OCR_MODE_SETTING: StoredSetting<OcrMode> = {
  key: STORAGE_KEY,
  fallback: DEFAULT_OCR_MODE,
  read: (text) => OCR_MODES.find((mode) => mode === text),
  write: (mode) => mode,
};

export const loadOcrMode = (storage: Pick<Storage, 'getItem'> | undefined): OcrMode => loadSetting(storage, OCR_MODE_SETTING);

/** False when the choice could not be kept (it still holds until the window closes). */
export const saveOcrMode = (storage: Pick<Storage, 'setItem'> | undefined, mode: OcrMode): boolean => saveSetting(storage, OCR_MODE_SETTING, mode);
