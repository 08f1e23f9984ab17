// Real documents for the renderer tests: the engine run on the fixture PDFs, once per file.
import path from 'node:path';
import type { ExtractedDocument } from '../../src/engine/model';
import { extractFile } from '../helpers/extract';
import { FIXTURES_DIR } from '../helpers/fixtures';

export const ZUID_LIMBURG = 'text/p1_2017q3_zuid-limburg_seed.pdf';
export const MIDDEN_UTRECHT = 'errors/err_p1_2020q3_midden-utrecht_rowtotal.pdf';
export const WEST_BRABANT = 'errors/err_p2_2017q4_west-brabant_percent.pdf';
export const NIJMEGEN = 'text/p1_2020q2_rijk-van-nijmegen_seed.pdf';
export const TRUNCATED = 'bad/truncated.pdf';

const cache = new Map<string, Promise<ExtractedDocument>>();

/** The extracted document; a fresh copy each time, so a test cannot spoil another's input. */
export async function loaded(relativePath: string): Promise<ExtractedDocument> {
  let extraction = cache.get(relativePath);
  if (!extraction) {
    extraction = extractFile(path.join(FIXTURES_DIR, relativePath));
    cache.set(relativePath, extraction);
  }
  return structuredClone(await extraction);
}
