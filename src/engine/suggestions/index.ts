// Suggested fixes: values the checks can pin down from the table's own arithmetic. Pure; the
// table is never changed, the suggestions only ride along on the flags.
export { attachSuggestions } from './attach';
export { findCellFixes, MAX_WRONG_CELLS, type CellFixes } from './cellFixes';
export { findPercentFix } from './percentFix';
export { buildGrid, valueFromColumn, valueFromRow, type Grid, type LineStatus } from './grid';
