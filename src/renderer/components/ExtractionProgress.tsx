// While PDFs are read: pages done per file and overall, and a button to stop.
import { formatNumber } from '@engine/format';
import { progressOf, type Jobs } from '../session';
import { Button } from './Button';

export function ExtractionProgress({ jobs, onCancel }: { jobs: Jobs; onCancel(): void }): React.JSX.Element | null {
  if (jobs.queue.length === 0) return null;
  const overall = progressOf(jobs);
  const reading = jobs.queue.filter((job) => !job.result);
  return (
    <section className="progress" data-testid="extract-progress" aria-label="Voortgang inlezen">
      <div className="progress__overall">
        <span className="progress__label" data-testid="extract-progress-overall">
          Bezig met lezen: {formatNumber(overall.pagesDone)} van {overall.pageCountPending ? '…' : formatNumber(overall.pageCount)} pagina's ·{' '}
          {formatNumber(overall.filesDone)} van {formatNumber(overall.files)} bestanden klaar
        </span>
        <progress className="progress__bar" max={Math.max(overall.pageCount, 1)} value={overall.pageCountPending ? undefined : overall.pagesDone} />
        <Button look="quiet" data-testid="cancel-extract" onClick={onCancel} disabled={reading.length === 0}>
          Annuleren
        </Button>
      </div>
      <ul className="progress__files">
        {jobs.queue.map((job) => (
          <li key={job.id} className="progress__file" data-testid="extract-progress-file">
            <span className="progress__name" title={job.name}>
              {job.name}
            </span>
            <progress className="progress__bar progress__bar--small" max={job.pageCount ?? 1} value={job.pageCount === null ? undefined : job.pagesDone} />
            <span className="progress__pages">
              {job.result ? 'klaar' : job.pageCount === null ? 'wacht…' : `${formatNumber(job.pagesDone)}/${formatNumber(job.pageCount)}`}
            </span>
            {!job.result && job.recognizing !== undefined && (
              <span
                className="progress__ocr"
                data-testid="extract-progress-ocr"
                title="Deze pagina is een scan: de tekst wordt herkend (OCR). Dat duurt enkele seconden per pagina."
              >
                tekstherkenning pagina {formatNumber(job.recognizing)}
              </span>
            )}
          </li>
        ))}
      </ul>
    </section>
  );
}
