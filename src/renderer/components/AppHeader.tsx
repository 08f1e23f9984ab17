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
          <button type="button" className="button button--quiet button--icon" data-testid="undo" disabled={!props.canUndo} onClick={props.onUndo} title="Ongedaan maken (Ctrl+Z)" aria-label="Ongedaan maken">
            <span aria-hidden="true">↶</span>
          </button>
          <button type="button" className="button button--quiet button--icon" data-testid="redo" disabled={!props.canRedo} onClick={props.onRedo} title="Opnieuw (Ctrl+Y)" aria-label="Opnieuw">
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
            title="Bestanden, correcties en acceptaties opslaan als project dat een collega kan openen"
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
          title="Opslaan als Excel (Ctrl+S)"
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
