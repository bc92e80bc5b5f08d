import neo4j from 'neo4j-driver';
import type { ScopeKey } from '../graph-store.js';
import { cypher, seekingCypher, type CypherStatement } from './cypher-statement.js';
import { scopeParams, scopeRowMatch, usingScopeIndex } from './scope-cypher.js';

/**
 * Builders for the end of a sync. Each statement touches at most `limit` rows, so the caller loops in bounded
 * transactions instead of one unbounded DETACH DELETE. A scope matches its five fields exactly; the scopes are
 * `UNWIND $scopes` rows, so a sync's hundreds of scopes take a few statements, not three round trips each.
 */

/** Deletes up to `limit` edges of the scopes (edges belong to their `from`) that this sync did not write. */
export function deleteStaleEdgesOfScopes(scopes: ScopeKey[], syncId: string, limit: number): CypherStatement {
  return seekingCypher(
    [
      'UNWIND $scopes AS scope',
      `MATCH ${scopeRowMatch('a', 'scope')}-[e]->(:Resource) ${usingScopeIndex('a')}`,
      'WHERE e.last_sync_id <> $syncId',
      'WITH e LIMIT $limit',
      'DELETE e',
      'RETURN count(*) AS deleted',
    ].join('\n'),
    { scopes: scopes.map(scopeParams), syncId, limit: neo4j.int(limit) },
  );
}

/** Deletes up to `limit` pending edges from resources of the scopes that this sync did not write. */
export function deleteStalePendingEdgesOfScopes(scopes: ScopeKey[], syncId: string, limit: number): CypherStatement {
  return seekingCypher(
    [
      'UNWIND $scopes AS scope',
      `MATCH ${scopeRowMatch('a', 'scope')} ${usingScopeIndex('a')}`,
      'MATCH (p:PendingEdge {from: a.uid}) USING INDEX p:PendingEdge(from)',
      'WHERE p.sync_id <> $syncId',
      'WITH p LIMIT $limit',
      'DELETE p',
      'RETURN count(*) AS deleted',
    ].join('\n'),
    { scopes: scopes.map(scopeParams), syncId, limit: neo4j.int(limit) },
  );
}

/** Up to `limit` resources of the scopes that this sync did not see, with what their deletion record needs. */
export function staleResourcesOfScopes(scopes: ScopeKey[], syncId: string, limit: number): CypherStatement {
  return seekingCypher(
    [
      'UNWIND $scopes AS scope',
      `MATCH ${scopeRowMatch('r', 'scope')} ${usingScopeIndex('r')}`,
      'WHERE r.last_sync_id <> $syncId',
      'RETURN r.uid AS uid, r.kind AS kind, r.name AS name, r.cloud AS cloud, r.account AS account,',
      '       r.region AS region',
      'LIMIT $limit',
    ].join('\n'),
    { scopes: scopes.map(scopeParams), syncId, limit: neo4j.int(limit) },
  );
}

/**
 * Edges this sync wrote that touch resources about to be deleted. The sync saw them, so they are kept: they go back
 * to pending, reported as dangling, as if an end had not arrived. Older edges go with the resources.
 */
export function freshEdgesTouching(uids: string[], syncId: string): CypherStatement {
  return seekingCypher(
    [
      'UNWIND $uids AS uid',
      'MATCH (:Resource {uid: uid})-[e]-()',
      'WHERE e.last_sync_id = $syncId',
      'WITH DISTINCT e',
      'RETURN elementId(e) AS edgeId, startNode(e).uid AS from, type(e) AS type, endNode(e).uid AS to,',
      '       e.to_kind AS toKind, e.last_sync_id AS syncId',
    ].join('\n'),
    { uids, syncId },
  );
}

export function deleteRelationships(edgeIds: string[]): CypherStatement {
  return cypher('UNWIND $edgeIds AS edgeId MATCH ()-[e]->() WHERE elementId(e) = edgeId DELETE e', { edgeIds });
}

/** How many distinct edges touch the resources (an edge between two of them counts once). */
export function countEdgesTouching(uids: string[]): CypherStatement {
  return seekingCypher('UNWIND $uids AS uid MATCH (:Resource {uid: uid})-[e]-() RETURN count(DISTINCT e) AS count', {
    uids,
  });
}

/** Deletes the resources with the edges still touching them. */
export function deleteResources(uids: string[]): CypherStatement {
  return seekingCypher('UNWIND $uids AS uid MATCH (r:Resource {uid: uid}) DETACH DELETE r', { uids });
}

/** Pending edges from or to the deleted resources that this sync did not write go with them; returns how many. */
export function deleteStalePendingEdgesTouching(uids: string[], syncId: string): CypherStatement {
  return seekingCypher(
    [
      'UNWIND $uids AS uid',
      'CALL {',
      '  WITH uid MATCH (p:PendingEdge {from: uid}) USING INDEX p:PendingEdge(from) WHERE p.sync_id <> $syncId RETURN p',
      '  UNION',
      '  WITH uid MATCH (p:PendingEdge {to: uid}) USING INDEX p:PendingEdge(to) WHERE p.sync_id <> $syncId RETURN p',
      '}',
      'WITH DISTINCT p',
      'DELETE p',
      'RETURN count(*) AS deleted',
    ].join('\n'),
    { uids, syncId },
  );
}
