// The words around the page in the source panel: which file and page, what was read there
// and how sure OCR was, and what to do when there is no page to show.
import { LOW_CONFIDENCE_THRESHOLD } from '@engine/checks';
import { formatNumber } from '@engine/format';
import type { ExtractedDocument } from '@engine/model';

/** What the panel shows; also its data-status, which the e2e tests wait on. 'ready': the page
 * is drawn at the current zoom. */
export type SourceStatus = 'empty' | 'no-source' | 'missing' | 'error' | 'loading' | 'ready';

export function SourceCaption({ document, page }: { document: ExtractedDocument | undefined; page: number | null }): React.JSX.Element | null {
  if (!document || page === null) return null;
  return (
    <span className="source-panel__caption" title={document.file}>
      <span className="source-panel__file" data-testid="source-file">
        {document.file}
      </span>
      <span className="source-panel__page" data-testid="source-page">
        pagina {formatNumber(page)}
        {document.pageCount > 1 ? ` van ${formatNumber(document.pageCount)}` : ''}
      </span>
    </span>
  );
}

interface SourceReadingProps {
  text: string | null;
  confidence: number | undefined;
  via: 'text' | 'ocr' | undefined;
  hasBox: boolean;
  /** The row whose printed value the cell repeats, when it is not the cell's own. */
  from?: string;
}

/** What was read where the highlight is, and how: the text layer, or OCR with its confidence. */
export function SourceReading({ text, confidence, via, hasBox, from }: SourceReadingProps): React.JSX.Element {
  return (
    <span className="source-reading" data-testid="source-reading">
      {via && (
        <span
          className={`source-reading__via source-reading__via--${via}`}
          title={via === 'ocr' ? 'Gelezen uit een scan met tekstherkenning (OCR)' : 'Gelezen uit de tekst van de PDF'}
        >
          {via === 'ocr' ? 'OCR' : 'Tekstlaag'}
        </span>
      )}
      {hasBox && text !== null && (
        <span className="source-reading__text">
          Gelezen: <strong>{text === '' ? '(leeg)' : text}</strong>
          {from && (
            <span className="source-reading__from" title={`Deze waarde is het totaal van ${from}; daar staat ze op de pagina`}>
              {' '}
              in {from}
            </span>
          )}
        </span>
      )}
      {via === 'ocr' && confidence !== undefined && (
        <span
          className={`source-reading__confidence${confidence < LOW_CONFIDENCE_THRESHOLD ? ' source-reading__confidence--low' : ''}`}
          data-testid="source-confidence"
          title="Hoe zeker de tekstherkenning van deze waarde is"
        >
          zekerheid {formatNumber(Math.round(confidence))}%
        </span>
      )}
      {via && !hasBox && <span className="source-reading__none">geen eigen waarde op de pagina</span>}
    </span>
  );
}

const MESSAGES: Partial<Record<SourceStatus, string>> = {
  empty: 'Kies een cel in de tabel om te zien waar de waarde op de PDF-pagina staat.',
  'no-source': 'Voor deze cel is geen bron bekend.',
  missing: 'De PDF van dit bestand is niet in het geheugen, dus de pagina kan niet worden getoond. Lees het bestand opnieuw in om de bron te zien.',
};

export function SourceMessage({ status, error }: { status: SourceStatus; error: string | null }): React.JSX.Element | null {
  const text = status === 'error' ? `Deze pagina kan niet worden getoond (${error ?? 'onbekende fout'}).` : MESSAGES[status];
  if (!text) return null;
  return (
    <p className="source-view__message" data-testid="source-message">
      {text}
    </p>
  );
}
