/** How to reach Neo4j and how big the write and cleanup batches are. */
export interface Neo4jStoreConfig {
  uri: string;
  user: string;
  password: string;
  /** Defaults to the server's default database. */
  database?: string;
  /** Rows per `UNWIND $rows` write transaction. */
  batchSize?: number;
  /** Rows deleted per cleanup transaction; defaults to batchSize. */
  cleanupBatchSize?: number;
}

// Measured with `npm run bench:store -- --store neo4j`: 2,000 wrote as fast as 5,000 and re-synced faster.
export const DEFAULT_BATCH_SIZE = 2_000;
