// Saving and opening work: the versioned file formats (session, project), their validation and
// migrations, and the decision what to do with each saved file. Pure, tested in Node
// (tests/renderer/persistence.test.ts); the hosts' storage is in backend/ and src/main.
export * from './autosave';
export * from './recovery';
// The formats themselves are shared with main (src/shared/savedWork).
export * from '@shared/savedWork/projectFile';
export * from '@shared/savedWork/sessionFile';
export { snapshotFromBody } from '@shared/savedWork/validate';
export { FormatError, upgrade, type FormatSpec, type Migration } from '@shared/savedWork/versioning';
