// The analyst's choice of how scanned pages are read, kept in this profile's localStorage so it
// holds for every later file and the next start. Storage is injected (tests pass their own) and
// may be missing or broken (private windows, full quota): then the default applies.
import { OCR_MODES, type OcrMode } from '@engine/ocr/ocrEngine';

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

export function loadOcrMode(storage: Pick<Storage, 'getItem'> | undefined): OcrMode {
  try {
    const stored = storage?.getItem(STORAGE_KEY);
    return OCR_MODES.find((mode) => mode === stored) ?? DEFAULT_OCR_MODE;
  } catch {
    return DEFAULT_OCR_MODE;
  }
}

/** False when the choice could not be kept (it still holds until the window closes). */
export function saveOcrMode(storage: Pick<Storage, 'setItem'> | undefined, mode: OcrMode): boolean {
  try {
    storage?.setItem(STORAGE_KEY, mode);
    return storage !== undefined;
  } catch {
    return false;
  }
}
