import type { StoreLogger } from '../logger.js';
import type { Neo4jSessions } from './neo4j-session.js';

/** What the store's operations share: transactions, batch sizes and the caller's logger. */
export interface StoreContext {
  sessions: Neo4jSessions;
  batchSize: number;
  cleanupBatchSize: number;
  logger: StoreLogger;
}

export function chunk<T>(items: T[], size: number): T[][] {
  const chunks: T[][] = [];
  for (let start = 0; start < items.length; start += size) chunks.push(items.slice(start, start + size));
  return chunks;
}
