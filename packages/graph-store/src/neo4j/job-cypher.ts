import neo4j from 'neo4j-driver';
import type { JobQuery, SyncJobRecord } from '../graph-store.js';
import { cypher, seekingCypher, type CypherStatement } from './cypher-statement.js';
import { whereClause } from './filter-cypher.js';

/** A job is one `:SyncJob` node: the record as JSON, plus the fields its queries filter and sort on. */
export function saveJob(job: SyncJobRecord): CypherStatement {
  return seekingCypher(
    [
      'MERGE (j:SyncJob {id: $id})',
      'SET j.state = $state, j.created_at = $createdAt, j.accounts = $accounts, j.record_json = $recordJson',
    ].join('\n'),
    { id: job.id, state: job.state, createdAt: job.createdAt, accounts: job.accounts, recordJson: JSON.stringify(job) },
  );
}

export function getJob(id: string): CypherStatement {
  return cypher('MATCH (j:SyncJob {id: $id}) RETURN j.record_json AS recordJson', { id });
}

/** Newest first (created_at, then id, descending), starting after the (createdAt, id) of the previous page. */
export function listJobs(query: JobQuery, limit: number, after: [string, string] | undefined): CypherStatement {
  const conditions: string[] = [];
  const params: Record<string, unknown> = { limit: neo4j.int(limit + 1) };
  if (query.states !== undefined) {
    conditions.push('j.state IN $states');
    params['states'] = query.states;
  }
  if (query.account !== undefined) {
    conditions.push('$account IN j.accounts');
    params['account'] = query.account;
  }
  if (after !== undefined) {
    conditions.push('j.created_at < $afterCreatedAt OR (j.created_at = $afterCreatedAt AND j.id < $afterId)');
    params['afterCreatedAt'] = after[0];
    params['afterId'] = after[1];
  }
  return cypher(
    [
      'MATCH (j:SyncJob)',
      whereClause(conditions),
      'RETURN j.record_json AS recordJson, j.created_at AS createdAt, j.id AS id',
      'ORDER BY j.created_at DESC, j.id DESC',
      'LIMIT $limit',
    ]
      .filter(Boolean)
      .join('\n'),
    params,
  );
}
