/**
 * The schema, created once at start with IF NOT EXISTS: the uniqueness constraint every MERGE relies on, and the
 * indexes behind scope cleanup, filters, the change log and the react phase's event records. Names are fixed so re-running is a no-op.
 */
export interface SchemaRule {
  name: string;
  text: string;
}

const RULES: readonly string[] = [
  'CREATE CONSTRAINT resource_uid IF NOT EXISTS FOR (r:Resource) REQUIRE r.uid IS UNIQUE',
  'CREATE INDEX resource_kind IF NOT EXISTS FOR (r:Resource) ON (r.kind)',
  'CREATE INDEX resource_account IF NOT EXISTS FOR (r:Resource) ON (r.account)',
  'CREATE INDEX resource_region IF NOT EXISTS FOR (r:Resource) ON (r.region)',
  'CREATE INDEX resource_scope IF NOT EXISTS FOR (r:Resource) ON (r.cloud, r.account, r.region, r.service, r.kind)',
  // Holds only orphaned resources (a range index leaves out nodes without the property): the retention sweep's index.
  'CREATE INDEX resource_orphaned IF NOT EXISTS FOR (r:Resource) ON (r.orphaned_since)',
  'CREATE CONSTRAINT pending_edge_key IF NOT EXISTS FOR (p:PendingEdge) REQUIRE p.key IS UNIQUE',
  'CREATE INDEX pending_edge_from IF NOT EXISTS FOR (p:PendingEdge) ON (p.from)',
  'CREATE INDEX pending_edge_to IF NOT EXISTS FOR (p:PendingEdge) ON (p.to)',
  'CREATE CONSTRAINT change_seq IF NOT EXISTS FOR (c:Change) REQUIRE c.seq IS UNIQUE',
  'CREATE INDEX change_sync IF NOT EXISTS FOR (c:Change) ON (c.sync_id)',
  'CREATE INDEX change_at IF NOT EXISTS FOR (c:Change) ON (c.at)',
  'CREATE INDEX change_kind IF NOT EXISTS FOR (c:Change) ON (c.kind)',
  'CREATE CONSTRAINT change_sequence_name IF NOT EXISTS FOR (s:ChangeSequence) REQUIRE s.name IS UNIQUE',
  'CREATE CONSTRAINT sync_job_id IF NOT EXISTS FOR (j:SyncJob) REQUIRE j.id IS UNIQUE',
  'CREATE INDEX sync_job_created IF NOT EXISTS FOR (j:SyncJob) ON (j.created_at)',
  'CREATE CONSTRAINT store_event_key IF NOT EXISTS FOR (e:StoreEvent) REQUIRE (e.stream, e.id) IS UNIQUE',
  'CREATE INDEX store_event_at IF NOT EXISTS FOR (e:StoreEvent) ON (e.stream, e.at)',
  // One node per lease name, whoever MERGEs it first: the fencing token lives on it.
  'CREATE CONSTRAINT lease_name IF NOT EXISTS FOR (l:Lease) REQUIRE l.name IS UNIQUE',
];

export const SCHEMA_RULES: readonly SchemaRule[] = RULES.map((text) => ({ name: text.split(' ')[2] ?? text, text }));

/**
 * Rules of earlier versions, dropped when a store opens a database that has them. pending_edge_sync: rewritten for
 * every dangling edge every sync, for a read that walks the few pending edges anyway (see pendingEdgesOfSync).
 * resource_last_sync: cleanup asks for `last_sync_id <> $syncId`, which no index can seek, so the index was only an
 * update per resource per sync.
 */
export const RETIRED_SCHEMA_RULES: readonly SchemaRule[] = [
  { name: 'pending_edge_sync', text: 'DROP INDEX pending_edge_sync IF EXISTS' },
  { name: 'resource_last_sync', text: 'DROP INDEX resource_last_sync IF EXISTS' },
];

/** Names of the indexes and constraints that exist (a constraint's backing index has the constraint's name). */
export const SHOW_SCHEMA_NAMES = ['SHOW INDEXES YIELD name RETURN name', 'SHOW CONSTRAINTS YIELD name RETURN name'];

/** Waits (bounded, in seconds) until every index is online, so the first writes already use them. */
export const AWAIT_INDEXES = 'CALL db.awaitIndexes($timeoutSeconds)';
