import { cypher } from './cypher-statement.js';
import { AWAIT_INDEXES, SCHEMA_STATEMENTS } from './schema-cypher.js';
import type { Neo4jSessions } from './neo4j-session.js';

const INDEX_ONLINE_TIMEOUT_SECONDS = 120;

/** Another store may create the same rule at the same moment; IF NOT EXISTS does not cover that race. */
const ALREADY_EXISTS_CODES = new Set([
  'Neo.ClientError.Schema.EquivalentSchemaRuleAlreadyExists',
  'Neo.ClientError.Schema.ConstraintAlreadyExists',
  'Neo.ClientError.Schema.IndexAlreadyExists',
]);

export async function createSchema(sessions: Neo4jSessions): Promise<void> {
  for (const statement of SCHEMA_STATEMENTS) {
    try {
      await sessions.autoCommit(cypher(statement));
    } catch (error) {
      const code = (error as { code?: unknown } | null)?.code;
      if (typeof code === 'string' && ALREADY_EXISTS_CODES.has(code)) continue;
      throw error;
    }
  }
  await sessions.autoCommit(cypher(AWAIT_INDEXES, { timeoutSeconds: INDEX_ONLINE_TIMEOUT_SECONDS }));
}
