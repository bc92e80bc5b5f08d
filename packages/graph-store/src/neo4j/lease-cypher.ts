import neo4j from 'neo4j-driver';
import { cypher, type CypherStatement } from './cypher-statement.js';

/**
 * A lease is one `:Lease` node (unique name): holder, token and expiry in epoch milliseconds of the server's clock
 * (`timestamp()`). Every statement that decides on the lease first SETs a property of the node, which takes its write
 * lock until the transaction ends, and only then reads it (Neo4j's documented pattern for a read-then-write without a
 * lost update), so that two deciders are serialised on the node.
 */
export function lockLease(name: string): CypherStatement {
  return cypher(
    [
      'MERGE (l:Lease {name: $name})',
      'ON CREATE SET l.token = 0',
      // Always a new value, so the SET is a write (and takes the lock) whatever the store does with no-op writes.
      'SET l.lock_seq = coalesce(l.lock_seq, 0) + 1',
    ].join('\n'),
    { name },
  );
}

/** Takes (token + 1) a free or expired lease, renews (same token) the holder's own; no row while another holds it. */
export function acquireLease(name: string, holder: string, ttlMs: number): CypherStatement {
  return cypher(
    [
      'MATCH (l:Lease {name: $name})',
      'WITH l, timestamp() AS now',
      'WITH l, now, coalesce(l.holder = $holder, false) AS isMine,',
      '  (l.holder IS NULL OR l.expires_at <= now) AS isFree',
      'WHERE isMine OR isFree',
      'SET l.token = CASE WHEN isMine THEN l.token ELSE l.token + 1 END,',
      '  l.holder = $holder, l.expires_at = now + $ttlMs',
      'RETURN l.name AS name, l.holder AS holder, l.token AS token, l.expires_at AS expiresAt',
    ].join('\n'),
    { name, holder, ttlMs: neo4j.int(ttlMs) },
  );
}

export function releaseLease(name: string, holder: string, token: number): CypherStatement {
  return cypher(
    [
      'MATCH (l:Lease {name: $name})',
      'WHERE l.holder = $holder AND l.token = $token',
      'REMOVE l.holder, l.expires_at',
      'RETURN count(l) AS released',
    ].join('\n'),
    { name, holder, token: neo4j.int(token) },
  );
}

/** The lease's current token (no row: there is no such lease). */
export function leaseToken(name: string): CypherStatement {
  return cypher('MATCH (l:Lease {name: $name}) RETURN l.token AS token', { name });
}

/** Takes the lease's write lock in the caller's transaction (no row and no lock: there is no such lease). */
export function lockExistingLease(name: string): CypherStatement {
  return cypher('MATCH (l:Lease {name: $name}) SET l.lock_seq = coalesce(l.lock_seq, 0) + 1', { name });
}
