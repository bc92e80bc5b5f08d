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

// Measured with `npm run bench:store -- --store neo4j --batch-size N` (100k resources, 200k edges, the test harness's
// Neo4j with a 1 GB heap, quiet machine): first write 1,591 / 1,882 / 2,035 resources/s at 1,000 / 2,000 / 5,000,
// unchanged re-sync 10.8k / 13.0k / 15.5k/s, 1% changed 3.0k / 4.6k / 8.2k/s.
export const DEFAULT_BATCH_SIZE = 5_000;
