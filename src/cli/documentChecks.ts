// A last check on what the engine answered before it is printed or written. pdf.js takes a
// page tree's /Count as the page count, so a lying PDF can claim -5 pages; such a document
// is damaged, and the count never reaches the JSON or a message.
// (The engine could refuse it itself in extractDocument; until it does, the CLI does.)
import type { ExtractedDocument } from '../engine/index';

export function withValidPageCount(doc: ExtractedDocument): ExtractedDocument {
  if (Number.isSafeInteger(doc.pageCount) && doc.pageCount >= 0) return doc;
  return {
    ...doc,
    pageCount: 0,
    tables: [],
    warnings: [],
    // The engine's wording for a damaged file.
    error: {
      code: 'damaged-pdf',
      message: `'${doc.file}' is beschadigd of onvolledig en kan niet worden gelezen (het opgegeven aantal pagina's is ongeldig). Download of exporteer het bestand opnieuw.`,
    },
  };
}
