// Saving and opening work: the versioned file formats (session, project), their validation and
// migrations, and the decision what to do with each saved file. Pure, tested in Node
// (tests/renderer/persistence.test.ts); the hosts' storage is in backend/ and src/main.
export * from './autosave';
export * from './projectFile';
export * from './recovery';
export * from './sessionFile';
export { snapshotFromBody } from './validate';
export { FormatError, upgrade, type FormatSpec, type Migration } from './versioning';
