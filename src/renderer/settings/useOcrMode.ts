// The OCR choice as React state, read from and written to localStorage.
import { useCallback, useState } from 'react';
import type { OcrMode } from '@engine/ocr/ocrEngine';
import { loadOcrMode, saveOcrMode } from './ocrMode';
import { profileStorage } from './profileStorage';

export function useOcrMode(): [OcrMode, (mode: OcrMode) => void] {
  const [mode, setMode] = useState(() => loadOcrMode(profileStorage()));
  const choose = useCallback((next: OcrMode) => {
    setMode(next);
    saveOcrMode(profileStorage(), next);
  }, []);
  return [mode, choose];
}
