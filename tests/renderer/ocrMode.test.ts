import { describe, expect, it } from 'vitest';
import { DEFAULT_OCR_MODE, loadOcrMode, OCR_MODE_CHOICES, saveOcrMode } from '../../src/renderer/settings/ocrMode';

class MemoryStorage {
  readonly items = new Map<string, string>();
  getItem(key: string): string | null {
    return this.items.get(key) ?? null;
  }
  setItem(key: string, value: string): void {
    this.items.set(key, value);
  }
}

const broken = {
  getItem(): string | null {
    throw new DOMException('denied', 'SecurityError');
  },
  setItem(): void {
    throw new DOMException('full', 'QuotaExceededError');
  },
};

describe('the OCR choice', () => {
  it('is kept and read back', () => {
    const storage = new MemoryStorage();
    expect(loadOcrMode(storage)).toBe('auto');
    expect(saveOcrMode(storage, 'never')).toBe(true);
    expect(loadOcrMode(storage)).toBe('never');
    saveOcrMode(storage, 'always');
    expect(loadOcrMode(storage)).toBe('always');
  });

  it('falls back to automatic for unknown values, missing or failing storage', () => {
    const storage = new MemoryStorage();
    storage.setItem('klantprofielen.ocrMode', 'sometimes');
    expect(loadOcrMode(storage)).toBe(DEFAULT_OCR_MODE);
    expect(loadOcrMode(undefined)).toBe('auto');
    expect(loadOcrMode(broken)).toBe('auto');
    expect(saveOcrMode(broken, 'never')).toBe(false);
    expect(saveOcrMode(undefined, 'never')).toBe(false);
  });

  it('offers every mode once, automatic first, each with a Dutch label and hint', () => {
    expect(OCR_MODE_CHOICES.map((choice) => choice.mode)).toEqual(['auto', 'always', 'never']);
    for (const choice of OCR_MODE_CHOICES) {
      expect(choice.label.length).toBeGreaterThan(5);
      expect(choice.hint).toMatch(/tekstherkenning|Scans/);
    }
  });
});
