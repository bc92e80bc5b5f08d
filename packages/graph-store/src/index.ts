export type * from './graph-store.js';
export * from './errors.js';
export { FILTER_LIMITS } from './filter-limits.js';
export { NEIGHBOR_LIMITS } from './neighbor-limits.js';
export { LEASE_LIMITS } from './lease-validation.js';
export type * from './search/search-query.js';
export { CHANGE_FIELDS, COMPARISON_OPERATORS, CORE_FIELDS } from './search/search-query.js';
export { SEARCH_LIMITS, type SearchLimit } from './search/search-limits.js';
export { formatFieldPath } from './search/field-paths.js';
export { validateResolvedSearch, validateSearch } from './search/validate-search.js';
export { javaFindPattern, validateRegex } from './search/regex-subset.js';
export { matchesPredicate, valuesAt } from './search/evaluate-search.js';
export { parseSearch } from './search/parse-search.js';
export { formatSearch } from './search/format-search.js';
export { resolveSearch, type SearchContext } from './search/resolve-search.js';
export { SearchSyntaxError } from './search/search-syntax-error.js';
export { canonicalInstant, parseIsoInstant } from './search/iso-time.js';
export { canonicalJson, changedFields, contentHash } from './change-detection.js';
export { silentLogger, type StoreLogger } from './logger.js';
export { dataJsonOf } from './stored-data-json.js';
export {
  SqliteGraphStore,
  DEFAULT_CLEANUP_BATCH_SIZE,
  backupSqliteFile,
  type SqliteBackupResult,
  type SqliteGraphStoreConfig,
} from './sqlite/index.js';
export {
  graphStoreConfigFromEnv,
  openGraphStore,
  type GraphStoreConfig,
  type Neo4jStoreConnection,
  type SqliteStoreConfig,
} from './open-graph-store.js';
