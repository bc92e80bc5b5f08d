export { Neo4jGraphStore } from './neo4j-graph-store.js';
export { DEFAULT_BATCH_SIZE } from './neo4j-config.js';
export type { Neo4jStoreConfig, StoreLogger } from './neo4j-config.js';
