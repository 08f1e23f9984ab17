// "Vorige sessies…": the sessions the app kept (desktop: the data folder's sessions/; browser:
// IndexedDB), newest first: the session found at each start, work replaced by other files, and
// every session this version could not read, kept aside under its own name. Each can be restored
// (what of it can be read) or exported as a file. A modal dialog: Tab moves through the buttons,
// Escape closes it; each session is a labelled group, so a screen reader names the buttons' session.
import type { SavedSessionInfo } from '@shared/ipc';
import type { SessionHistory } from '../../window/windowState';
import { countLabel } from '../../summary';
import { Button } from '../Button';
import { useModalDialog } from '../useModalDialog';
import './review.css';

interface PreviousSessionsProps {
  history: SessionHistory;
  onRestore(session: SavedSessionInfo): void;
  onExport(session: SavedSessionInfo): void;
  onClose(): void;
}

const SHOWN_FILES = 3;

export function PreviousSessions({ history, onRestore, onExport, onClose }: PreviousSessionsProps): React.JSX.Element {
  const dialog = useModalDialog(history !== null);

  const sessions = history?.state === 'shown' ? history.sessions : [];
  return (
    <dialog
      ref={dialog}
      className="dialog previous-sessions"
      data-testid="previous-sessions"
      onClose={onClose}
      aria-labelledby="previous-sessions-title"
      aria-describedby="previous-sessions-text"
    >
      <h2 id="previous-sessions-title" className="dialog__title">
        Vorige sessies
      </h2>
      <p id="previous-sessions-text" className="dialog__text">
        Bewaard bij elke start en wanneer werk door andere bestanden werd vervangen. Een sessie die niet (helemaal) kon worden gelezen, blijft apart bewaard en
        wordt nooit automatisch verwijderd.
      </p>
      {history?.state === 'loading' && <p className="dialog__text">Bezig met opzoeken…</p>}
      {history?.state === 'shown' && sessions.length === 0 && (
        <p className="dialog__text" data-testid="previous-sessions-empty">
          Er zijn nog geen vorige sessies bewaard.
        </p>
      )}
      {sessions.length > 0 && (
        <ul className="previous-sessions__list" aria-label="Bewaarde sessies">
          {sessions.map((session, index) => {
            const title = `previous-session-${index}-title`;
            return (
              <li
                key={session.id}
                className={`previous-sessions__item${session.problem ? ' previous-sessions__item--problem' : ''}`}
                data-testid="previous-session"
                data-id={session.id}
              >
                <div role="group" aria-labelledby={title}>
                  <div className="previous-sessions__head">
                    <strong id={title} className="previous-sessions__when">
                      {whenText(session)}
                    </strong>
                    {session.problem && <span className="previous-sessions__badge">{session.unreadable ? 'Niet leesbaar' : 'Deels leesbaar'}</span>}
                  </div>
                  <p className="previous-sessions__summary" data-testid="previous-session-summary">
                    {summaryText(session)}
                  </p>
                  {session.problem && (
                    <p className="previous-sessions__problem" data-testid="previous-session-problem">
                      {session.problem}
                    </p>
                  )}
                  {session.location && (
                    <p className="previous-sessions__location">
                      Bestand: <code data-testid="previous-session-location">{session.location}</code>
                    </p>
                  )}
                  <div className="previous-sessions__actions">
                    <Button look="quiet" size="small" data-testid="previous-session-export" onClick={() => onExport(session)}>
                      Exporteren…
                    </Button>
                    <Button
                      look="primary"
                      size="small"
                      data-testid="previous-session-restore"
                      disabled={session.unreadable}
                      title={session.unreadable ? 'Deze versie van Klantprofielen kan deze sessie niet lezen' : undefined}
                      onClick={() => onRestore(session)}
                    >
                      Herstellen
                    </Button>
                  </div>
                </div>
              </li>
            );
          })}
        </ul>
      )}
      <div className="dialog__actions">
        <Button look="quiet" data-testid="previous-sessions-close" onClick={onClose} autoFocus>
          Sluiten
        </Button>
      </div>
    </dialog>
  );
}

/** "2 bestanden, 1 correctie, 1 geaccepteerde melding: a.pdf, b.pdf". */
function summaryText(session: SavedSessionInfo): string {
  if (session.unreadable) return 'Inhoud onbekend: deze versie kan het bestand niet lezen.';
  const accepted = session.acceptances > 0 ? `, ${countLabel(session.acceptances, 'geaccepteerde melding', 'geaccepteerde meldingen')}` : '';
  const names = session.files.slice(0, SHOWN_FILES).join(', ') + (session.files.length > SHOWN_FILES ? ` en nog ${session.files.length - SHOWN_FILES}` : '');
  return `${countLabel(session.files.length, 'bestand', 'bestanden')}, ${countLabel(session.corrections, 'correctie', 'correcties')}${accepted}${names ? `: ${names}` : ''}`;
}

/** "Bewaard op 1 mei 2024 om 09:00". */
function whenText(session: SavedSessionInfo): string {
  const date = new Date(session.savedAt ?? session.keptAt);
  if (Number.isNaN(date.getTime())) return 'Bewaarde sessie';
  const months = ['januari', 'februari', 'maart', 'april', 'mei', 'juni', 'juli', 'augustus', 'september', 'oktober', 'november', 'december'];
  const time = `${String(date.getHours()).padStart(2, '0')}:${String(date.getMinutes()).padStart(2, '0')}`;
  return `${session.savedAt ? 'Opgeslagen' : 'Bewaard'} op ${date.getDate()} ${months[date.getMonth()]} ${date.getFullYear()} om ${time}`;
}
