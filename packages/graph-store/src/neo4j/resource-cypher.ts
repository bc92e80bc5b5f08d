import { cypher, seekingCypher, type CypherStatement } from './cypher-statement.js';
import { assertSafeIdentifiers } from './identifiers.js';
import { resourceProjection, type NodeProperties } from './resource-node.js';

/** Builders for the resource write path: one round trip per batch, rows in `UNWIND $rows`. */

/**
 * The first step of a batch, in one round trip: resources whose stored hash equals the new one are marked seen by
 * this sync right here (the common case of a re-sync needs nothing else); for the others it returns the stored
 * version (null when the uid is new), from which the caller classifies and names the changed fields. The stored
 * volatile hash tells the caller which unchanged resources still need their latest volatile values written.
 */
export function touchUnchangedAndReadChanged(rows: { uid: string; hash: string }[], syncId: string, seenAt: string) {
  return seekingCypher(
    [
      'UNWIND $rows AS row',
      'OPTIONAL MATCH (r:Resource {uid: row.uid})',
      'WITH row, r, r IS NOT NULL AND r.hash = row.hash AS unchanged',
      'FOREACH (_ IN CASE WHEN unchanged THEN [1] ELSE [] END | SET r.last_seen = $seenAt, r.last_sync_id = $syncId)',
      `RETURN row.uid AS uid, unchanged, CASE WHEN r IS NULL OR unchanged THEN null ELSE ${resourceProjection('r')} END AS stored,`,
      "       r.hash AS storedHash, coalesce(r.volatile_hash, '') AS storedVolatileHash",
    ].join('\n'),
    { rows, syncId, seenAt },
  );
}

export function readResources(uids: string[]): CypherStatement {
  return cypher(`UNWIND $uids AS uid MATCH (r:Resource {uid: uid}) RETURN ${resourceProjection('r')} AS resource`, {
    uids,
  });
}

/**
 * Creates or replaces resources of any kinds, each labelled with its kind (a dynamic label: one query text for every
 * kind, so the server plans it once). `SET r = row.properties` drops data_ properties of keys that are gone;
 * first_seen and the orphaned mark survive it because they are read before and written back after (a null mark
 * writes nothing).
 */
export function upsertResources(rows: { uid: string; kind: string; properties: NodeProperties }[], seenAt: string) {
  assertSafeIdentifiers(rows.map((row) => row.kind));
  return seekingCypher(
    [
      'UNWIND $rows AS row',
      'MERGE (r:Resource {uid: row.uid})',
      'WITH r, row, coalesce(r.first_seen, $seenAt) AS firstSeen, r.orphaned_since AS orphanedSince',
      'SET r = row.properties',
      'SET r.first_seen = firstSeen, r.orphaned_since = orphanedSince, r:$(row.kind)',
    ].join('\n'),
    { rows, seenAt },
  );
}

/** A change node's properties but its sequence number, which appendChanges gives. */
export interface ChangeNodeProperties {
  sync_id: string;
  uid: string;
  kind: string;
  name: string;
  cloud: string;
  account: string;
  region: string;
  change: string;
  at: string;
  changed_fields?: string[];
}

/**
 * Appends change nodes numbered in order from the sequence kept in the database, in one round trip. The sequence
 * node's lock, taken here, is held until the transaction commits, so the log's order is the commit order; this is
 * the batch's last statement, so concurrent writers wait for it as briefly as possible.
 */
export function appendChanges(changes: ChangeNodeProperties[]): CypherStatement {
  return seekingCypher(
    [
      "MERGE (s:ChangeSequence {name: 'change'})",
      'ON CREATE SET s.next = 0',
      // The increment first: it takes the node's write lock, so the value read after it is this transaction's own.
      'SET s.next = s.next + size($changes)',
      'WITH s.next - size($changes) AS first',
      'UNWIND range(0, size($changes) - 1) AS index',
      'CREATE (c:Change)',
      'SET c = $changes[index], c.seq = first + index + 1',
    ].join('\n'),
    { changes },
  );
}
