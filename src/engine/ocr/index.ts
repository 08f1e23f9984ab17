// What hosts need to add OCR to an extraction (see README.md in this folder).
export type { OcrEngine, OcrImage, OcrMode, OcrOptions, OcrPageProgress, OcrWord, RecognizeOptions } from './ocrEngine';
export { OCR_MODES } from './ocrEngine';
export { createTesseractOcrEngine, DEFAULT_PAGE_SEG_MODE, type CreateTesseractWorker, type TesseractConfig, type TesseractOcrEngine } from './tesseractEngine';
