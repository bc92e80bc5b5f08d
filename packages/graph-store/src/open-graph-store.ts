import { join } from 'node:path';
import { InvalidStoreArgumentError } from './errors.js';
import type { GraphStore } from './graph-store.js';
import type { StoreLogger } from './logger.js';
import { SqliteGraphStore } from './sqlite/index.js';

export interface SqliteStoreConfig {
  kind: 'sqlite';
  path: string;
  cleanupBatchSize?: number;
}

export interface Neo4jStoreConnection {
  kind: 'neo4j';
  uri: string;
  user: string;
  password: string;
  database?: string;
  batchSize?: number;
}

export type GraphStoreConfig = SqliteStoreConfig | Neo4jStoreConnection;

/** Opens and initialises the configured store. */
export async function openGraphStore(config: GraphStoreConfig, logger?: StoreLogger): Promise<GraphStore> {
  let store: GraphStore;
  if (config.kind === 'sqlite') {
    store = new SqliteGraphStore(
      {
        path: config.path,
        ...(config.cleanupBatchSize === undefined ? {} : { cleanupBatchSize: config.cleanupBatchSize }),
      },
      logger,
    );
  } else if (config.kind === 'neo4j') {
    const { kind: _kind, ...connection } = config;
    // Loaded on demand so that the embedded default never loads neo4j-driver.
    const { Neo4jGraphStore } = await import('./neo4j/index.js');
    store = new Neo4jGraphStore(connection, logger);
  } else {
    throw new InvalidStoreArgumentError('store.kind', 'must be sqlite or neo4j');
  }
  await store.init();
  return store;
}

/** NEO4J_URI (with NEO4J_USER and NEO4J_PASSWORD, optional NEO4J_DATABASE) selects Neo4j; else SQLite in dataDir. */
export function graphStoreConfigFromEnv(env: Record<string, string | undefined>, dataDir: string): GraphStoreConfig {
  const uri = env.NEO4J_URI;
  if (uri === undefined || uri === '') return { kind: 'sqlite', path: join(dataDir, 'inventory.db') };
  return {
    kind: 'neo4j',
    uri,
    user: env.NEO4J_USER ?? 'neo4j',
    password: env.NEO4J_PASSWORD ?? '',
    ...(env.NEO4J_DATABASE ? { database: env.NEO4J_DATABASE } : {}),
  };
}
