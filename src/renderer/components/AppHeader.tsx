import type { ExtractedDocument } from '@engine/model';
import { countLabel, countTables } from '../summary';
import { DropZone } from './DropZone';

interface AppHeaderProps {
  documents: readonly ExtractedDocument[];
  canUndo: boolean;
  canRedo: boolean;
  saving: boolean;
  onFiles(files: File[]): void;
  onUndo(): void;
  onRedo(): void;
  onSave(): void;
  onCloseAll(): void;
  /** Projects: everything open (files, edits, acceptances) in one file a colleague can open. */
  onOpenProject(): void;
  onSaveProject(): void;
  /** "Vorige sessies…": sessions kept by the app, to restore or export. */
  onPreviousSessions(): void;
  /** Saved work waits for its files: a project can be saved even before they are loaded. */
  hasWork: boolean;
}

export function AppHeader(props: AppHeaderProps): React.JSX.Element {
  const { documents } = props;
  const readable = documents.filter((document) => !document.error);
  // A greyed-out button says why it cannot be pressed (styles.css: .button:disabled).
  const saveTitle = props.saving
    ? 'Bezig met opslaan…'
    : readable.length > 0
      ? 'Opslaan als Excel (Ctrl+S)'
      : documents.length > 0
        ? 'Nog niets om op te slaan: geen van de bestanden kon worden gelezen'
        : "Nog niets om op te slaan: lees eerst PDF's in";
  return (
    <header className="app-header">
      <div className="brand">
        <span className="brand__mark" aria-hidden="true" />
        <h1 className="brand__name">Klantprofielen</h1>
        {documents.length > 0 && (
          <span className="brand__summary">
            {countLabel(readable.length, 'bestand', 'bestanden')} · {countLabel(countTables(documents), 'tabel', 'tabellen')}
          </span>
        )}
      </div>
      <div className="app-header__actions">
        {documents.length > 0 && <DropZone compact onFiles={props.onFiles} />}
        <div className="button-group" role="group" aria-label="Bewerken">
          {/* Icons with their name as tooltip and accessible name, as in every editor: the
              header must hold all actions at 1280 px with the source panel open. */}
          <button
            type="button"
            className="button button--quiet button--icon"
            data-testid="undo"
            disabled={!props.canUndo}
            onClick={props.onUndo}
            title={props.canUndo ? 'Ongedaan maken (Ctrl+Z)' : 'Ongedaan maken (Ctrl+Z): er is nog niets om ongedaan te maken'}
            aria-label="Ongedaan maken"
          >
            <span aria-hidden="true">↶</span>
          </button>
          <button
            type="button"
            className="button button--quiet button--icon"
            data-testid="redo"
            disabled={!props.canRedo}
            onClick={props.onRedo}
            title={props.canRedo ? 'Opnieuw (Ctrl+Y)' : 'Opnieuw (Ctrl+Y): er is niets om opnieuw te doen'}
            aria-label="Opnieuw"
          >
            <span aria-hidden="true">↷</span>
          </button>
        </div>
        <div className="button-group" role="group" aria-label="Project">
          <button type="button" className="button button--quiet" data-testid="open-project" onClick={props.onOpenProject} title="Een opgeslagen project openen">
            Project openen…
          </button>
          <button
            type="button"
            className="button button--quiet"
            data-testid="save-project"
            disabled={!props.hasWork}
            onClick={props.onSaveProject}
            title={
              props.hasWork
                ? 'Bestanden, correcties en acceptaties opslaan als project dat een collega kan openen'
                : "Nog niets om als project op te slaan: lees eerst PDF's in"
            }
          >
            Project opslaan…
          </button>
          <button
            type="button"
            className="button button--quiet"
            data-testid="previous-sessions-open"
            onClick={props.onPreviousSessions}
            title="Eerder bewaarde sessies herstellen of exporteren, ook sessies die niet konden worden gelezen"
          >
            Vorige sessies…
          </button>
        </div>
        <button
          type="button"
          className="button button--primary"
          data-testid="save-xlsx"
          disabled={readable.length === 0 || props.saving}
          onClick={props.onSave}
          title={saveTitle}
        >
          {props.saving ? 'Bezig met opslaan…' : 'Opslaan als Excel'}
        </button>
        {documents.length > 0 && (
          <button type="button" className="button button--quiet" data-testid="close-all" onClick={props.onCloseAll}>
            Alles sluiten
          </button>
        )}
      </div>
    </header>
  );
}
