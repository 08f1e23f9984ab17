// At start, when the last session had files: restore it exactly, or start anew. A card on the
// start screen, not a modal, so it never stands in the way: when PDFs are read meanwhile it
// stays as one line above the files. Until it is answered, the old session is saved along with
// the new work; "Nieuw beginnen" asks before it lets corrections or acceptances go.
import { countLabel } from '../../summary';
import type { RestoreOffer as Offer } from '../../window/windowState';
import { Button } from '../Button';
import './review.css';

interface RestoreOfferProps {
  offer: Offer | null;
  /** One line, above the files of the workspace. */
  compact?: boolean;
  onRestore(): void;
  onStartFresh(): void;
}

const SHOWN_FILES = 5;

export function RestoreOffer({ offer, compact = false, onRestore, onStartFresh }: RestoreOfferProps): React.JSX.Element | null {
  if (!offer) return null;
  const files = offer.snapshot.files;
  const actions = (
    <div className="restore-offer__actions">
      <Button look="quiet" data-testid="restore-fresh" onClick={onStartFresh}>
        Nieuw beginnen
      </Button>
      <Button look="primary" data-testid="restore-session" onClick={onRestore} autoFocus={!compact}>
        Herstellen
      </Button>
    </div>
  );
  if (compact) {
    return (
      <section className="restore-offer restore-offer--compact" data-testid="restore-offer" aria-label="Vorige sessie herstellen?">
        <strong className="restore-offer__title">Vorige sessie herstellen?</strong>
        <span className="restore-offer__summary" data-testid="restore-summary">
          {summaryText(offer)}
        </span>
        {actions}
      </section>
    );
  }
  return (
    <section className="restore-offer" data-testid="restore-offer" aria-labelledby="restore-title">
      <h2 id="restore-title" className="restore-offer__title">
        Vorige sessie herstellen?
      </h2>
      <p className="restore-offer__summary" data-testid="restore-summary">
        {summaryText(offer)}
      </p>
      <ul className="restore-offer__files">
        {files.slice(0, SHOWN_FILES).map((file) => (
          <li key={file.sha256}>{file.name}</li>
        ))}
        {files.length > SHOWN_FILES && <li>en nog {files.length - SHOWN_FILES}</li>}
      </ul>
      <p className="restore-offer__text">De PDF's worden opnieuw ingelezen en alle correcties, acceptaties en kolomnamen weer toegepast.</p>
      {actions}
    </section>
  );
}

/** "2 bestanden, 2 correcties, 1 geaccepteerde melding · bewaard op 1 mei 2024 om 09:00". */
function summaryText(offer: Offer): string {
  const accepted = offer.acceptances > 0 ? `, ${countLabel(offer.acceptances, 'geaccepteerde melding', 'geaccepteerde meldingen')}` : '';
  const when = offer.savedAt ? ` · bewaard ${savedAtText(offer.savedAt)}` : '';
  return `${countLabel(offer.files, 'bestand', 'bestanden')}, ${countLabel(offer.corrections, 'correctie', 'correcties')}${accepted}${when}`;
}

/** "op 1 mei 2024 om 09:00". */
function savedAtText(iso: string): string {
  const date = new Date(iso);
  if (Number.isNaN(date.getTime())) return '';
  const months = ['januari', 'februari', 'maart', 'april', 'mei', 'juni', 'juli', 'augustus', 'september', 'oktober', 'november', 'december'];
  const time = `${String(date.getHours()).padStart(2, '0')}:${String(date.getMinutes()).padStart(2, '0')}`;
  return `op ${date.getDate()} ${months[date.getMonth()]} ${date.getFullYear()} om ${time}`;
}
