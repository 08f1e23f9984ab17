// The session found at start could not be read (wholly or in part): it was kept aside under its
// own name. Said on the start screen until dismissed: what could not be read, where the file is,
// and the way to it ("Vorige sessies…": restore or export).
import type { SavedSessionInfo } from '@shared/ipc';
import { Button } from '../Button';
import './review.css';

interface KeptAsideProps {
  kept: SavedSessionInfo | null;
  onShowHistory(): void;
  onDismiss(): void;
}

export function KeptAside({ kept, onShowHistory, onDismiss }: KeptAsideProps): React.JSX.Element | null {
  if (!kept) return null;
  return (
    <section className="kept-aside" data-testid="kept-aside" aria-labelledby="kept-aside-title">
      <h2 id="kept-aside-title" className="restore-offer__title">
        {kept.unreadable ? 'De vorige sessie kon niet worden gelezen' : 'De vorige sessie kon niet helemaal worden gelezen'}
      </h2>
      <p className="kept-aside__text" data-testid="kept-aside-text">
        {kept.problem}{' '}
        {kept.location ? (
          <>
            Het bestand is apart bewaard als <code data-testid="kept-aside-location">{kept.location}</code> en wordt nooit automatisch verwijderd.
          </>
        ) : (
          'Het is apart bewaard in deze browser en wordt nooit automatisch verwijderd.'
        )}{' '}
        {kept.unreadable ? 'Exporteer het, of herstel het na het bijwerken van Klantprofielen.' : 'Het leesbare deel wordt hieronder aangeboden.'}
      </p>
      <div className="kept-aside__actions">
        <Button look="quiet" onClick={onDismiss}>
          Sluiten
        </Button>
        <Button look="primary" data-testid="kept-aside-history" onClick={onShowHistory}>
          Vorige sessies…
        </Button>
      </div>
    </section>
  );
}
