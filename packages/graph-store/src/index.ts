export type * from './graph-store.js';
export * from './errors.js';
export { canonicalJson, changedFields, contentHash } from './change-detection.js';
