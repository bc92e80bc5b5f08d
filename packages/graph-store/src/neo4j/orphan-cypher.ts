import neo4j from 'neo4j-driver';
import type { ResourceFilter, ScopeKey } from '../graph-store.js';
import type { ResolvedProperty } from '../validation.js';
import { cypher, type CypherStatement } from './cypher-statement.js';
import { buildFilterClause, whereClause } from './filter-cypher.js';
import { scopeMatch, scopeParams } from './scope-cypher.js';

/** Builders for orphan marks and deletion by filter; each statement touches at most `limit` nodes. */

/** Marks up to `limit` unmarked resources of the scope orphaned since `at`; returns how many. */
export function markScopeOrphaned(scope: ScopeKey, at: string, limit: number): CypherStatement {
  return cypher(
    [
      `MATCH ${scopeMatch('r')}`,
      'WHERE r.orphaned_since IS NULL',
      'WITH r LIMIT $limit',
      'SET r.orphaned_since = $at',
      'RETURN count(*) AS count',
    ].join('\n'),
    { ...scopeParams(scope), at, limit: neo4j.int(limit) },
  );
}

/** Clears the mark of up to `limit` orphaned resources of the scope; returns how many. */
export function unmarkScopeOrphaned(scope: ScopeKey, limit: number): CypherStatement {
  return cypher(
    [
      `MATCH ${scopeMatch('r')}`,
      'WHERE r.orphaned_since IS NOT NULL',
      'WITH r LIMIT $limit',
      'REMOVE r.orphaned_since',
      'RETURN count(*) AS count',
    ].join('\n'),
    { ...scopeParams(scope), limit: neo4j.int(limit) },
  );
}

/** Up to `limit` resources the filter matches, with what their deletion record needs. */
export function resourcesMatching(filter: ResourceFilter, resolved: ResolvedProperty[], limit: number) {
  const clause = buildFilterClause(filter, resolved);
  return cypher(
    [
      'MATCH (r:Resource)',
      whereClause(clause.conditions),
      'RETURN r.uid AS uid, r.kind AS kind, r.name AS name, r.cloud AS cloud, r.account AS account,',
      '       r.region AS region',
      'ORDER BY r.uid',
      'LIMIT $limit',
    ]
      .filter(Boolean)
      .join('\n'),
    { ...clause.params, limit: neo4j.int(limit) },
  );
}

/** Deletes the pending edges from or to the resources (whatever sync wrote them); returns how many. */
export function deletePendingEdgesTouching(uids: string[]): CypherStatement {
  return cypher(
    [
      'UNWIND $uids AS uid',
      'CALL {',
      '  WITH uid MATCH (p:PendingEdge {from: uid}) RETURN p',
      '  UNION',
      '  WITH uid MATCH (p:PendingEdge {to: uid}) RETURN p',
      '}',
      'WITH DISTINCT p',
      'DELETE p',
      'RETURN count(*) AS deleted',
    ].join('\n'),
    { uids },
  );
}
