import { cypher } from './cypher-statement.js';
import { AWAIT_INDEXES, RETIRED_SCHEMA_RULES, SCHEMA_RULES, SHOW_SCHEMA_NAMES } from './schema-cypher.js';
import { runRows, type Neo4jSessions } from './neo4j-session.js';

const INDEX_ONLINE_TIMEOUT_SECONDS = 120;

/** Another store may create the same rule at the same moment; IF NOT EXISTS does not cover that race. */
const ALREADY_EXISTS_CODES = new Set([
  'Neo.ClientError.Schema.EquivalentSchemaRuleAlreadyExists',
  'Neo.ClientError.Schema.ConstraintAlreadyExists',
  'Neo.ClientError.Schema.IndexAlreadyExists',
]);

/**
 * Creates the missing constraints and indexes and drops obsolete ones; a store opened on a database that is up to
 * date only reads their names.
 */
export async function createSchema(sessions: Neo4jSessions): Promise<void> {
  const existing = new Set<string>();
  for (const show of SHOW_SCHEMA_NAMES) {
    for (const row of await sessions.read((tx) => runRows<{ name: string }>(tx, cypher(show)))) existing.add(row.name);
  }
  for (const retired of RETIRED_SCHEMA_RULES.filter((rule) => existing.has(rule.name))) {
    await sessions.autoCommit(cypher(retired.text));
  }
  const missing = SCHEMA_RULES.filter((rule) => !existing.has(rule.name));
  if (missing.length === 0) return;
  for (const rule of missing) {
    try {
      await sessions.autoCommit(cypher(rule.text));
    } catch (error) {
      const code = (error as { code?: unknown } | null)?.code;
      if (typeof code === 'string' && ALREADY_EXISTS_CODES.has(code)) continue;
      throw error;
    }
  }
  await sessions.autoCommit(cypher(AWAIT_INDEXES, { timeoutSeconds: INDEX_ONLINE_TIMEOUT_SECONDS }));
}
