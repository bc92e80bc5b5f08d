import { createHash } from 'node:crypto';
import neo4j from 'neo4j-driver';
import { cypher, seekingCypher, type CypherStatement } from './cypher-statement.js';
import { quoteIdentifier } from './identifiers.js';

/**
 * Edges are relationships between `:Resource` nodes while both ends exist. Until then (or after an end is removed)
 * an edge is a `:PendingEdge` node keyed by (from, type, to), which connects as soon as both ends are there: when
 * the missing end is created (through the from and to indexes), or at the end of the sync that wrote it (for an end
 * created at the same time in another transaction, which could not see the pending edge).
 */
export interface EdgeRow {
  key: string;
  from: string;
  type: string;
  to: string;
  toKind: string | null;
  syncId: string;
}

const PENDING_PROJECTION =
  'p.key AS key, p.from AS from, p.type AS type, p.to AS to, p.to_kind AS toKind, p.sync_id AS syncId';

/**
 * The unique key of a pending edge: a digest of (from, type, to) as JSON, which keeps the three apart whatever
 * characters the uids hold, at a fixed size that any index accepts.
 */
export function edgeKey(from: string, type: string, to: string): string {
  return createHash('sha256')
    .update(JSON.stringify([from, type, to]))
    .digest('base64url');
}

/**
 * Connects the rows (all of one type) whose two ends exist and returns the keys it connected: pending edges whose ends
 * have arrived. The type is in the text, not a dynamic `$(row.type)`: Neo4j 5.26 plans a MERGE of a dynamic type as a
 * scan of every relationship per row. A write without toKind keeps the one known.
 */
export function connectEdges(type: string, rows: EdgeRow[]): CypherStatement {
  return seekingCypher(
    [
      'UNWIND $rows AS row',
      'MATCH (a:Resource {uid: row.from})',
      'MATCH (b:Resource {uid: row.to})',
      `MERGE (a)-[e:${quoteIdentifier(type)}]->(b)`,
      'SET e.last_sync_id = row.syncId, e.to_kind = coalesce(row.toKind, e.to_kind)',
      'RETURN row.key AS key',
    ].join('\n'),
    { rows },
  );
}

/**
 * Writes rows of one type in one round trip: a row whose two ends exist is connected (and the pending copy a new
 * relationship may have left, removed), the others are kept as pending edges. Both kinds of row cost the same two
 * uid seeks and one MERGE, so an edge whose end never arrives costs about what a connected one does. The type is in
 * the text for the reason connectEdges gives.
 */
export function writeEdgesOfType(type: string, rows: EdgeRow[]): CypherStatement {
  return seekingCypher(
    [
      'UNWIND $rows AS row',
      'OPTIONAL MATCH (a:Resource {uid: row.from})',
      'OPTIONAL MATCH (b:Resource {uid: row.to})',
      'WITH row, a, b, a IS NOT NULL AND b IS NOT NULL AS connectable',
      'CALL (row, a, b, connectable) {',
      '  WITH row, a, b WHERE connectable',
      `  MERGE (a)-[e:${quoteIdentifier(type)}]->(b)`,
      '  WITH row, e, e.last_sync_id IS NULL AS created',
      '  SET e.last_sync_id = row.syncId, e.to_kind = coalesce(row.toKind, e.to_kind)',
      '  WITH row WHERE created',
      '  OPTIONAL MATCH (p:PendingEdge {key: row.key})',
      '  DELETE p',
      '}',
      'CALL (row, connectable) {',
      '  WITH row WHERE NOT connectable',
      '  MERGE (p:PendingEdge {key: row.key})',
      '  ON CREATE SET p.from = row.from, p.type = row.type, p.to = row.to, p.to_kind = row.toKind, p.sync_id = row.syncId',
      '  ON MATCH SET p.sync_id = row.syncId, p.to_kind = coalesce(row.toKind, p.to_kind)',
      '}',
      'RETURN count(CASE WHEN connectable THEN 1 END) AS connected, count(CASE WHEN NOT connectable THEN 1 END) AS pending',
    ].join('\n'),
    { rows },
  );
}

/**
 * Keeps rows as pending edges. One already pending (the usual case: a reference outside the inventory, written again
 * every sync) gets only its sync id, and its toKind when one is given: its indexed ends are not rewritten.
 */
export function savePendingEdges(rows: EdgeRow[]): CypherStatement {
  return seekingCypher(
    [
      'UNWIND $rows AS row',
      'MERGE (p:PendingEdge {key: row.key})',
      'ON CREATE SET p.from = row.from, p.type = row.type, p.to = row.to, p.to_kind = row.toKind, p.sync_id = row.syncId',
      'ON MATCH SET p.sync_id = row.syncId, p.to_kind = coalesce(row.toKind, p.to_kind)',
    ].join('\n'),
    { rows },
  );
}

export function deletePendingEdges(keys: string[]): CypherStatement {
  return seekingCypher('UNWIND $keys AS key MATCH (p:PendingEdge {key: key}) DELETE p', { keys });
}

/** Pending edges with an end among `uids`: the ones a resource write may complete. */
export function pendingEdgesTouching(uids: string[]): CypherStatement {
  return seekingCypher(
    [
      `UNWIND $uids AS uid MATCH (p:PendingEdge {from: uid}) USING INDEX p:PendingEdge(from) RETURN ${PENDING_PROJECTION}`,
      'UNION',
      `UNWIND $uids AS uid MATCH (p:PendingEdge {to: uid}) USING INDEX p:PendingEdge(to) RETURN ${PENDING_PROJECTION}`,
    ].join('\n'),
    { uids },
  );
}

/**
 * The edges a sync left pending, in key order, after `afterKey` (for bounded reads), each saying whether its two
 * ends exist now (so that only those are sent back to be connected). No index on the sync id: it
 * would be rewritten for every pending edge every sync, while this walk runs twice a sync over the pending edges,
 * which are the sync's own dangling ones (the others go with their scope's cleanup).
 */
export function pendingEdgesOfSync(syncId: string, afterKey: string, limit: number): CypherStatement {
  return cypher(
    [
      'MATCH (p:PendingEdge)',
      'WHERE p.key > $afterKey AND p.sync_id = $syncId',
      `RETURN ${PENDING_PROJECTION},`,
      '  EXISTS { MATCH (:Resource {uid: p.from}) } AND EXISTS { MATCH (:Resource {uid: p.to}) } AS connectable',
      'ORDER BY p.key',
      'LIMIT $limit',
    ].join('\n'),
    { syncId, afterKey, limit: neo4j.int(limit) },
  );
}

/**
 * Every relationship in the database is an edge between two resources, so the count comes from Neo4j's count store
 * without a scan; one statement per type keeps that true when types are named.
 */
export function countEdges(type: string | undefined): CypherStatement {
  if (type === undefined) return cypher('MATCH ()-[e]->() RETURN count(e) AS count');
  return cypher(`MATCH ()-[e:${quoteIdentifier(type)}]->() RETURN count(e) AS count`);
}
