// What "Opslaan als Excel" writes: the corrected tables, failed files included (the workbook
// lists them), and the corrections list for the "Correcties" sheet.
import { SCHEMA, type ExtractionResult } from '@engine/model';
import { correctionsOf } from './corrections';
import type { Session } from './session';

export function resultForSave(session: Session): ExtractionResult {
  return { schema: SCHEMA, documents: [...session.documents], corrections: correctionsOf(session) };
}
