import { describe } from '@jest/globals';
import neo4j from 'neo4j-driver';
import { describeGraphStoreContract } from './contract/graph-store.contract.js';
import { Neo4jGraphStore, type Neo4jStoreConfig } from './neo4j/index.js';

/**
 * The shared contract against a real Neo4j: the one the jest global set-up started (tools/neo4j-launcher) or the
 * one NEO4J_URI names. Every store starts from an empty database, so this is the only test file that uses it.
 */
const uri = process.env['NEO4J_TEST_URI'];
const connection = uri
  ? { uri, user: process.env['NEO4J_TEST_USER'] ?? 'neo4j', password: process.env['NEO4J_TEST_PASSWORD'] ?? '' }
  : undefined;
const skipReason = connection
  ? undefined
  : (process.env['NEO4J_TEST_UNAVAILABLE'] ?? 'no Neo4j (set NEO4J_URI, or install java and mvn for the launcher)');

// Small batches, so that writes and cleanup cross batch boundaries in every case.
const storeConfig = (): Neo4jStoreConfig => ({ ...connection!, batchSize: 4, cleanupBatchSize: 3 });

async function emptyDatabase(): Promise<void> {
  const driver = neo4j.driver(connection!.uri, neo4j.auth.basic(connection!.user, connection!.password));
  const session = driver.session();
  try {
    await session.run('MATCH (n) CALL { WITH n DETACH DELETE n } IN TRANSACTIONS OF 10000 ROWS');
  } finally {
    await session.close();
    await driver.close();
  }
}

describe('Neo4jGraphStore', () => {
  describeGraphStoreContract(
    'neo4j',
    async () => {
      await emptyDatabase();
      return new Neo4jGraphStore(storeConfig());
    },
    {
      ...(skipReason === undefined ? {} : { skipReason }),
      reopen: async (store) => {
        await store.close();
        return new Neo4jGraphStore(storeConfig());
      },
    },
  );
});
