import neo4j from 'neo4j-driver';
import type { ChangeQuery } from '../graph-store.js';
import { cypher, type CypherStatement } from './cypher-statement.js';
import { whereClause } from './filter-cypher.js';

/** One page of the change log in recorded (sequence) order, starting after `afterSeq`. */
export function listChanges(query: ChangeQuery, limit: number, afterSeq: number | undefined): CypherStatement {
  const conditions: string[] = [];
  const params: Record<string, unknown> = { limit: neo4j.int(limit + 1) };
  if (query.syncId !== undefined) {
    conditions.push('c.sync_id = $syncId');
    params['syncId'] = query.syncId;
  }
  if (query.kinds !== undefined) {
    conditions.push('c.kind IN $kinds');
    params['kinds'] = query.kinds;
  }
  if (query.changes !== undefined) {
    conditions.push('c.change IN $changes');
    params['changes'] = query.changes;
  }
  if (query.since !== undefined) {
    conditions.push('c.at >= $since');
    params['since'] = query.since;
  }
  if (query.until !== undefined) {
    conditions.push('c.at < $until');
    params['until'] = query.until;
  }
  if (afterSeq !== undefined) {
    conditions.push('c.seq > $afterSeq');
    params['afterSeq'] = neo4j.int(afterSeq);
  }
  return cypher(
    [
      'MATCH (c:Change)',
      whereClause(conditions),
      'RETURN c { .seq, .sync_id, .uid, .kind, .name, .cloud, .account, .region, .change, .at, .changed_fields } AS change',
      'ORDER BY c.seq',
      'LIMIT $limit',
    ]
      .filter(Boolean)
      .join('\n'),
    params,
  );
}
