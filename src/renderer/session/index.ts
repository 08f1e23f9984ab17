// The session model: pure TypeScript, no React, tested in Node (tests/renderer/).
export * from './cells';
export * from './corrections';
export * from './display';
export * from './flagPlaces';
export * from './gridRows';
export * from './labels';
export * from './navigation';
export * from './parseInput';
export * from './result';
export * from './session';
export * from './jobs';
export * from './stepText';
export * from './workspace';
export * from './rowFilter';
export * from './suggestions';
export * from './store';
