/** The knowledge base: medicine as data, every number with its source. Re-exports only. */
export * from './types.js';
export * from './sources.js';
export * from './analytes.js';
export * from './conditions.js';
export * from './drugs.js';
export * from './vocabulary.js';
export * from './thresholds.js';
export * from './identifiers.js';
export * from './care.js';
export * from './management.js';
export * from './classification.js';
export * from './routes.js';
export * from './cautions.js';
export * from './notes.js';
