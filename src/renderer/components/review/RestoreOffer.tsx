// At start, when the last session had files: restore it exactly, or start anew. A card on the
// start screen, not a modal: reading new PDFs without answering starts a new session (the old
// one is kept as a copy by the storage), so the offer never stands in the way.
import { countLabel } from '../../summary';
import type { RestoreOffer as Offer } from '../../persistence/useSessionPersistence';
import './review.css';

interface RestoreOfferProps {
  offer: Offer | null;
  onRestore(): void;
  onStartFresh(): void;
}

const SHOWN_FILES = 5;

export function RestoreOffer({ offer, onRestore, onStartFresh }: RestoreOfferProps): React.JSX.Element | null {
  if (!offer) return null;
  const files = offer.snapshot.files;
  return (
    <section className="restore-offer" data-testid="restore-offer" aria-labelledby="restore-title">
      <h2 id="restore-title" className="restore-offer__title">
        Vorige sessie herstellen?
      </h2>
      <p className="restore-offer__summary" data-testid="restore-summary">
        {countLabel(offer.files, 'bestand', 'bestanden')}, {countLabel(offer.corrections, 'correctie', 'correcties')}
        {offer.acceptances > 0 ? `, ${countLabel(offer.acceptances, 'geaccepteerde melding', 'geaccepteerde meldingen')}` : ''}
        {offer.savedAt ? ` · bewaard ${savedAtText(offer.savedAt)}` : ''}
      </p>
      <ul className="restore-offer__files">
        {files.slice(0, SHOWN_FILES).map((file) => (
          <li key={file.sha256}>{file.name}</li>
        ))}
        {files.length > SHOWN_FILES && <li>en nog {files.length - SHOWN_FILES}</li>}
      </ul>
      <p className="restore-offer__text">De PDF's worden opnieuw ingelezen en alle correcties, acceptaties en kolomnamen weer toegepast.</p>
      <div className="restore-offer__actions">
        <button type="button" className="button button--quiet" data-testid="restore-fresh" onClick={onStartFresh}>
          Nieuw beginnen
        </button>
        <button type="button" className="button button--primary" data-testid="restore-session" onClick={onRestore} autoFocus>
          Herstellen
        </button>
      </div>
    </section>
  );
}

/** "op 1 mei 2024 om 09:00". */
function savedAtText(iso: string): string {
  const date = new Date(iso);
  if (Number.isNaN(date.getTime())) return '';
  const months = ['januari', 'februari', 'maart', 'april', 'mei', 'juni', 'juli', 'augustus', 'september', 'oktober', 'november', 'december'];
  const time = `${String(date.getHours()).padStart(2, '0')}:${String(date.getMinutes()).padStart(2, '0')}`;
  return `op ${date.getDate()} ${months[date.getMonth()]} ${date.getFullYear()} om ${time}`;
}
