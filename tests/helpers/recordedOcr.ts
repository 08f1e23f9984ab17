// An OCR engine that remembers what the real one read, and one that plays it back with changes:
// a scan is recognised once per test file, and "what if OCR had misread this name" costs no
// second recognition (the pipeline hands the same images in again; any image not seen before
// goes to the real engine).
import type { OcrEngine, OcrImage, OcrWord, RecognizeOptions } from '../../src/engine/ocr/ocrEngine';

export interface RecordingOcrEngine extends OcrEngine {
  readonly readings: Map<string, OcrWord[]>;
}

export function recordingEngine(inner: OcrEngine): RecordingOcrEngine {
  const readings = new Map<string, OcrWord[]>();
  return {
    readings,
    async recognize(image, options) {
      const words = await inner.recognize(image, options);
      readings.set(imageKey(image, options), structuredClone(words));
      return words;
    },
  };
}

/** Plays back `recorded` with `edit` applied to each recognition's words. */
export function replayingEngine(recorded: RecordingOcrEngine, inner: OcrEngine, edit: (words: OcrWord[], options?: RecognizeOptions) => OcrWord[]): OcrEngine {
  return {
    async recognize(image, options) {
      const words = recorded.readings.get(imageKey(image, options));
      return edit(words ? structuredClone(words) : await inner.recognize(image, options), options);
    },
  };
}

/** Same image, same request: size, resolution, content and an FNV-1a hash of the pixels. */
function imageKey(image: OcrImage, options?: RecognizeOptions): string {
  let hash = 0x811c9dc5;
  for (let i = 0; i < image.data.length; i++) hash = Math.imul(hash ^ image.data[i]!, 0x01000193);
  return `${options?.content ?? 'page'} ${image.width}x${image.height} ${image.dpi} ${(hash >>> 0).toString(16)}`;
}
