// How scanned pages are read: the analyst's choice, applied to every file read after it.
import { useId } from 'react';
import type { OcrMode } from '@engine/ocr/ocrEngine';
import { OCR_MODE_CHOICES } from '../settings/ocrMode';

export function OcrModeSelect({ mode, onChange }: { mode: OcrMode; onChange(mode: OcrMode): void }): React.JSX.Element {
  const id = useId();
  const hint = OCR_MODE_CHOICES.find((choice) => choice.mode === mode)?.hint;
  return (
    <div className="ocr-mode">
      <label className="ocr-mode__label" htmlFor={id}>
        Gescande pagina's
      </label>
      <select
        id={id}
        className="ocr-mode__select"
        data-testid="ocr-mode"
        value={mode}
        title={hint}
        onChange={(event) => onChange(event.currentTarget.value as OcrMode)}
      >
        {OCR_MODE_CHOICES.map((choice) => (
          <option key={choice.mode} value={choice.mode}>
            {choice.label}
          </option>
        ))}
      </select>
      <p className="ocr-mode__hint">{hint}</p>
    </div>
  );
}
