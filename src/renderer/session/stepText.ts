// One line of Dutch about an undo or redo, so the analyst sees what came back.
import { flagLabels } from '@engine/checks';
import { TOTAL_ROW_NAME } from '@engine/model';
import { rowOf, type CellValue, type FileCell } from './cells';
import { displayValue } from './display';
import { placeColumnLabel, REGISTER_ROW_LABEL } from './labels';
import type { Acceptance } from './acceptances';
import { cellRefOf, type AcceptanceChange, type ColumnNames, type Session, type Step } from './session';

/** "Heerlen, Kolom 2: 330 → 320" for a step taken back (`undone`) or done again. */
export function stepText(session: Session, step: Step, undone: boolean): string {
  if (step.kind === 'accept') return acceptText(step.changes, undone);
  if (step.kind === 'rename') return undone ? renameText(step.after, step.before) : renameText(step.before, step.after);
  const [from, to] = undone ? [step.after, step.before] : [step.before, step.after];
  return `${cellLabel(session, step.cell)}: ${shown(from)} → ${shown(to)}`;
}

/** "kolomnaam 'Kolom 1' → 'Geen'", "kolomnamen 'Kolom 1' → 'Geen', 'Kolom 3' → 'Volledig'". */
function renameText(from: ColumnNames, to: ColumnNames): string {
  const named = (names: ColumnNames, column: number) => names[column] ?? `Kolom ${column + 1}`;
  const changes = to.flatMap((name, column) => (name === from[column] ? [] : [`'${named(from, column)}' → '${named(to, column)}'`]));
  return `${changes.length === 1 ? 'kolomnaam' : 'kolomnamen'} ${changes.join(', ')}`;
}

/** "acceptatie van Utrecht (Rijtotaal klopt niet)", "2 acceptaties", "acceptatie ingetrokken (…)". */
function acceptText(changes: readonly AcceptanceChange[], undone: boolean): string {
  const [change] = changes;
  if (!change) return '';
  // What the step did, read in the direction it now goes.
  const [from, to] = undone ? [change.after, change.before] : [change.before, change.after];
  const what = changes.length === 1 ? describe(change.after ?? change.before) : `${changes.length} meldingen`;
  if (to === null) return `acceptatie ingetrokken: ${what}`;
  if (from === null) return `geaccepteerd: ${what}`;
  return `notitie '${from.note}' → '${to.note}': ${what}`;
}

function describe(acceptance: Acceptance | null): string {
  if (!acceptance) return '';
  return acceptance.row ? `${acceptance.row}, ${flagLabels[acceptance.code]}` : flagLabels[acceptance.code];
}

function shown(value: CellValue): string {
  return displayValue(value) || '(leeg)';
}

/** "Heerlen, Kolom 2", "Zuid-Limburg TOTAAL AMR, Totaal", "Zuid-Limburg doelgroepregister, Percentage". */
function cellLabel(session: Session, at: FileCell): string {
  const cell = cellRefOf(session, at);
  if (!cell) return '';
  const table = session.documents[cell.doc]?.tables[cell.table];
  const original = session.originals[cell.doc]?.tables[cell.table];
  if (!table || !original) return '';
  const region = table.region ?? '';
  let row: string;
  if (cell.row === 'region') row = `${region} ${REGISTER_ROW_LABEL.toLowerCase()}`;
  else if (cell.row === 'total') row = `${region} ${TOTAL_ROW_NAME}`;
  else row = rowOf(original, cell.row)?.name ?? '';
  return `${row.trim()}, ${placeColumnLabel(table, cell.column)}`;
}
