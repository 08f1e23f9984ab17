// What the checks say about the cell under the cursor, in words, above the grid. F8 moves the
// cursor without a mouse, so the tooltip alone would not show the arithmetic; and when the
// checks know the one value that resolves it, it can be taken here with one click. A finding
// that is true to the source can be accepted here with a note ("Accepteren…").
import { flagLabels } from '@engine/checks';
import type { ExtractedTable, Flag } from '@engine/model';
import { findingsAt, fixesAt, fixLabel, fixReason, placeKey, type CellRef, type CellValue, type MunicipalityRow, type Place, type RegionRow } from '../session';
import { Button } from './Button';
import { SHORTCUTS } from './shortcutKeys';

interface CursorDetailProps {
  place: Place | null;
  row: MunicipalityRow | RegionRow | undefined;
  table: ExtractedTable | undefined;
  onApply(cell: CellRef, value: CellValue): void;
  /** Accept these open flags, or (editing) change the note of these accepted ones. */
  onAccept(flags: Flag[], editing: boolean): void;
  onWithdraw(flags: Flag[]): void;
}

export function CursorDetail({ place, row, table, onApply, onAccept, onWithdraw }: CursorDetailProps): React.JSX.Element | null {
  if (!place || !row || !table) return null;
  const findings = findingsAt(row, place.column);
  const { flags, hints, accepted, original } = findings;
  const fixes = fixesAt(table, place, findings);
  if (flags.length === 0 && hints.length === 0 && accepted.length === 0 && original === undefined) return null;
  const name = 'isTotal' in row ? row.name : row.region;
  return (
    <div className="cursor-detail" data-testid="cursor-detail">
      {/* A cell can have many findings: they scroll in a box of their own (from the top for each
          cell), and what can be done with them stays in view below it. */}
      <div className="cursor-detail__findings" key={placeKey(place)} data-testid="cursor-findings">
        <span className="cursor-detail__row">{name}</span>
        {flags.map((flag, index) => (
          <span key={`f${index}`} className="cursor-detail__flag" title={flag.message}>
            {flagLabels[flag.code]}: {flag.message}
          </span>
        ))}
        {accepted.map((flag, index) => (
          <span key={`a${index}`} className="cursor-detail__accepted" data-testid="cursor-accepted" title={flag.message}>
            Geaccepteerd: {flagLabels[flag.code]}
            {flag.accepted?.note ? ` — ${flag.accepted.note}` : ''}
          </span>
        ))}
        {hints.map((flag, index) => (
          <span key={`h${index}`} className="cursor-detail__hint" title={flag.message}>
            {flagLabels[flag.code]}: {flag.message}
          </span>
        ))}
      </div>
      {original !== undefined && <span className="cursor-detail__original">Oorspronkelijk: {original === '' ? '(leeg)' : original}</span>}
      {fixes.map((fix) => (
        <Button
          key={`${fix.cell.row}:${fix.cell.column}`}
          look="suggestion"
          data-testid="apply-suggestion"
          onClick={() => onApply(fix.cell, fix.value)}
          title={`Voorstel van de controles: ${fixReason(table, fix)} (${SHORTCUTS.takeSuggestion})`}
        >
          Voorstel: {fixLabel(table, fix)}
        </Button>
      ))}
      {flags.length > 0 && (
        <Button
          look="quiet"
          size="small"
          data-testid="accept-flag"
          onClick={() => onAccept(flags, false)}
          title={`De waarde staat zo in de publicatie: de melding niet meer als open tellen, met een notitie (${SHORTCUTS.accept})`}
        >
          Accepteren…
        </Button>
      )}
      {accepted.length > 0 && (
        <>
          <Button
            look="quiet"
            size="small"
            data-testid="edit-acceptance"
            onClick={() => onAccept(accepted, true)}
            title={`De notitie bij de acceptatie wijzigen (${SHORTCUTS.accept})`}
          >
            Notitie…
          </Button>
          <Button
            look="quiet"
            size="small"
            data-testid="withdraw-acceptance"
            onClick={() => onWithdraw(accepted)}
            title={`De melding weer als open tellen (${SHORTCUTS.withdraw})`}
          >
            Intrekken
          </Button>
        </>
      )}
    </div>
  );
}
