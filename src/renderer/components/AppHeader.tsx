import type { ExtractedDocument } from '@engine/model';
import { countLabel, countTables } from '../summary';
import { Button } from './Button';
import { DropZone } from './DropZone';
import { SHORTCUTS } from './shortcutKeys';

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
      ? `Opslaan als Excel (${SHORTCUTS.save})`
      : documents.length > 0
        ? 'Nog niets om op te slaan: geen van de bestanden kon worden gelezen'
        : "Nog niets om op te slaan: lees eerst PDF's in";
  const saveProjectTitle = props.hasWork
    ? 'Bestanden, correcties en acceptaties opslaan als project dat een collega kan openen'
    : "Nog niets om als project op te slaan: lees eerst PDF's in";
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
          <HistoryButton step="undo" enabled={props.canUndo} onClick={props.onUndo} />
          <HistoryButton step="redo" enabled={props.canRedo} onClick={props.onRedo} />
        </div>
        <div className="button-group" role="group" aria-label="Project">
          <Button look="quiet" data-testid="open-project" onClick={props.onOpenProject} title="Een opgeslagen project openen">
            Project openen…
          </Button>
          <Button look="quiet" data-testid="save-project" disabled={!props.hasWork} onClick={props.onSaveProject} title={saveProjectTitle}>
            Project opslaan…
          </Button>
          <Button
            look="quiet"
            data-testid="previous-sessions-open"
            onClick={props.onPreviousSessions}
            title="Eerder bewaarde sessies herstellen of exporteren, ook sessies die niet konden worden gelezen"
          >
            Vorige sessies…
          </Button>
        </div>
        <Button look="primary" data-testid="save-xlsx" disabled={readable.length === 0 || props.saving} onClick={props.onSave} title={saveTitle}>
          {props.saving ? 'Bezig met opslaan…' : 'Opslaan als Excel'}
        </Button>
        {documents.length > 0 && (
          <Button look="quiet" data-testid="close-all" onClick={props.onCloseAll}>
            Alles sluiten
          </Button>
        )}
      </div>
    </header>
  );
}

/** Undo and redo, by their icon, name, key and what a greyed-out one says. */
const HISTORY_STEPS = {
  undo: { icon: '↶', name: 'Ongedaan maken', shortcut: SHORTCUTS.undo, nothingLeft: 'er is nog niets om ongedaan te maken' },
  redo: { icon: '↷', name: 'Opnieuw', shortcut: SHORTCUTS.redo, nothingLeft: 'er is niets om opnieuw te doen' },
} as const;

function HistoryButton({ step, enabled, onClick }: { step: keyof typeof HISTORY_STEPS; enabled: boolean; onClick(): void }): React.JSX.Element {
  const { icon, name, shortcut, nothingLeft } = HISTORY_STEPS[step];
  const title = enabled ? `${name} (${shortcut})` : `${name} (${shortcut}): ${nothingLeft}`;
  return (
    <Button look="quiet" size="icon" data-testid={step} disabled={!enabled} onClick={onClick} title={title} aria-label={name}>
      <span aria-hidden="true">{icon}</span>
    </Button>
  );
}
