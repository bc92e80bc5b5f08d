import neo4j from 'neo4j-driver';
import type { JobQuery, LeaseFence, SyncJobRecord } from '../graph-store.js';
import { cypher, seekingCypher, type CypherStatement } from './cypher-statement.js';
import { whereClause } from './filter-cypher.js';

/**
 * A job is one `:SyncJob` node: the record as JSON, plus the fields its queries filter and sort on. With a fence, the
 * token is read in the same statement that writes (no row, nothing written, when it is not current): a check in an
 * earlier statement would let a writer paused between the two overwrite the record a new lease holder wrote meanwhile.
 */
export function saveJob(job: SyncJobRecord, fence?: LeaseFence): CypherStatement {
  const write = [
    'MERGE (j:SyncJob {id: $id})',
    'SET j.state = $state, j.created_at = $createdAt, j.accounts = $accounts, j.record_json = $recordJson',
    'RETURN count(j) AS saved',
  ];
  const fenced = ['MATCH (l:Lease {name: $lease}) WHERE l.token = $token', 'WITH DISTINCT 1 AS current'];
  return seekingCypher((fence ? [...fenced, ...write] : write).join('\n'), {
    id: job.id,
    state: job.state,
    createdAt: job.createdAt,
    accounts: job.accounts,
    recordJson: JSON.stringify(job),
    ...(fence ? { lease: fence.lease, token: neo4j.int(fence.token) } : {}),
  });
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
