export { SqliteGraphStore, DEFAULT_CLEANUP_BATCH_SIZE, type SqliteGraphStoreConfig } from './sqlite-graph-store.js';
