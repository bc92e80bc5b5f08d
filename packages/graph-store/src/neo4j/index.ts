export { Neo4jGraphStore } from './neo4j-graph-store.js';
export { DEFAULT_BATCH_SIZE } from './neo4j-config.js';
export type { Neo4jStoreConfig } from './neo4j-config.js';
