export { SqliteGraphStore, DEFAULT_CLEANUP_BATCH_SIZE, type SqliteGraphStoreConfig } from './sqlite-graph-store.js';
export { backupSqliteFile, type SqliteBackupResult } from './sqlite-backup.js';
