import type { Database } from 'better-sqlite3';

/**
 * Tables of the embedded store. Syncs are interned as increasing integers ("not seen by this sync or a later one" is
 * last_sync < n). last_sync is deliberately in no index: an unchanged re-sync then rewrites only narrow rows, not an
 * index entry per resource and edge; cleanup walks a scope through resources_scope and the edges by their key.
 * user_version marks the layout; a file of an unknown layout is refused rather than misread.
 */
const SCHEMA = `
CREATE TABLE IF NOT EXISTS syncs (
  seq INTEGER PRIMARY KEY,
  sync_id TEXT NOT NULL UNIQUE,
  first_used_at TEXT NOT NULL
);

CREATE TABLE IF NOT EXISTS resources (
  rid INTEGER PRIMARY KEY,
  uid TEXT NOT NULL UNIQUE,
  id TEXT NOT NULL,
  kind TEXT NOT NULL,
  name TEXT NOT NULL,
  cloud TEXT NOT NULL,
  account TEXT NOT NULL,
  region TEXT NOT NULL,
  -- The service group (ResourceRecord.serviceGroup, such as EC2): named service since the first schema, kept so
  -- that existing stores open unchanged.
  service TEXT NOT NULL,
  type TEXT,
  created_at TEXT,
  updated_at TEXT,
  tags TEXT NOT NULL,
  data TEXT NOT NULL,
  first_seen TEXT NOT NULL,
  orphaned_since TEXT
);
-- When each resource was last seen, apart from its wide row: an unchanged re-sync rewrites only these narrow rows.
CREATE TABLE IF NOT EXISTS resource_seen (
  rid INTEGER PRIMARY KEY,
  last_sync INTEGER NOT NULL,
  last_seen TEXT NOT NULL
);
-- Two indexes only, each a b-tree insert per new resource: the scope one serves account and account+region filters
-- (region alone through a skip-scan over the few accounts) and the cleanup of a scope; the kind one kind filters,
-- in uid order, so that a page of one kind (listResources, search) is a seek rather than a sort of every resource of
-- that kind (100,000 resources: 600 ms -> 1 ms a page of instances). It replaces an index on kind alone.
CREATE INDEX IF NOT EXISTS resources_scope ON resources (account, region, kind, cloud, service);
DROP INDEX IF EXISTS resources_kind;
CREATE INDEX IF NOT EXISTS resources_kind_uid ON resources (kind, uid);
-- Only orphaned resources are in it (a partial index): nothing to maintain for the others, and the retention sweep
-- and the orphaned count read just the few rows it holds.
CREATE INDEX IF NOT EXISTS resources_orphaned ON resources (orphaned_since) WHERE orphaned_since IS NOT NULL;

CREATE TABLE IF NOT EXISTS edges (
  from_uid TEXT NOT NULL,
  type TEXT NOT NULL,
  to_uid TEXT NOT NULL,
  to_kind TEXT,
  last_sync INTEGER NOT NULL,
  PRIMARY KEY (from_uid, type, to_uid)
) WITHOUT ROWID;
CREATE INDEX IF NOT EXISTS edges_to ON edges (to_uid, type);

CREATE TABLE IF NOT EXISTS changes (
  seq INTEGER PRIMARY KEY,
  sync_id TEXT NOT NULL,
  uid TEXT NOT NULL,
  kind TEXT NOT NULL,
  name TEXT NOT NULL,
  cloud TEXT NOT NULL,
  account TEXT NOT NULL,
  region TEXT NOT NULL,
  change TEXT NOT NULL,
  at TEXT NOT NULL,
  changed_fields TEXT
);
CREATE INDEX IF NOT EXISTS changes_sync ON changes (sync_id);
CREATE INDEX IF NOT EXISTS changes_at ON changes (at);

CREATE TABLE IF NOT EXISTS jobs (
  id TEXT PRIMARY KEY,
  created_at TEXT NOT NULL,
  state TEXT NOT NULL,
  accounts TEXT NOT NULL,
  record TEXT NOT NULL
);
CREATE INDEX IF NOT EXISTS jobs_created ON jobs (created_at, id);

CREATE TABLE IF NOT EXISTS events (
  stream TEXT NOT NULL,
  id TEXT NOT NULL,
  subject TEXT NOT NULL,
  at TEXT NOT NULL,
  body TEXT NOT NULL,
  PRIMARY KEY (stream, id)
);
CREATE INDEX IF NOT EXISTS events_at ON events (stream, at, id);

-- Leases (the inventory's sync lease): the holder, the fencing token and the expiry in epoch ms of SQLite's clock.
-- New tables need no new user_version: CREATE TABLE IF NOT EXISTS adds them to older files as they open.
CREATE TABLE IF NOT EXISTS leases (
  name TEXT PRIMARY KEY,
  holder TEXT,
  token INTEGER NOT NULL,
  expires_at INTEGER
);
`;

const SCHEMA_VERSION = 3;
// An older layout: the same tables with a content hash per resource, which the writer no longer needs (it
// compares the stored content itself). Such a file is upgraded in place by dropping that column.
const HASHED_CONTENT_VERSION = 1;
// The layout before resources could be marked orphaned: upgraded in place by adding the (empty) column.
const UNORPHANED_VERSION = 2;

export function applySchema(db: Database): void {
  // WAL lets readers run beside the writer; NORMAL sync is durable across a process crash, which is what we promise.
  // Larger pages hold more of the JSON-heavy rows per page; effective only when the file is created.
  db.pragma('page_size = 16384');
  db.pragma('journal_mode = WAL');
  db.pragma('synchronous = NORMAL');
  // Checkpoint every ~64 MB of WAL rather than 4 MB: far fewer rewrites of the same hot index pages in a big sync.
  db.pragma('wal_autocheckpoint = 4000');
  db.pragma('busy_timeout = 5000');
  // 16 MiB of page cache: the OS caches the file as well, and a larger cache only made the process grow with the
  // inventory (64 MiB: 170 -> 240 MiB RSS from 10k to 100k resources in npm run bench; 16 MiB: 164 -> 194 MiB).
  db.pragma('cache_size = -16384');
  db.pragma('temp_store = MEMORY');
  const version = db.pragma('user_version', { simple: true }) as number;
  const hasTables =
    db.prepare("SELECT 1 FROM sqlite_schema WHERE type = 'table' AND name = 'resources'").get() !== undefined;
  const known =
    version === SCHEMA_VERSION ||
    version === UNORPHANED_VERSION ||
    version === HASHED_CONTENT_VERSION ||
    (version === 0 && !hasTables);
  if (!known) {
    throw new Error(`the database has schema version ${version}, this store reads version ${SCHEMA_VERSION}`);
  }
  db.transaction(() => {
    if (version === HASHED_CONTENT_VERSION) db.exec('ALTER TABLE resources DROP COLUMN content_hash');
    if (version === HASHED_CONTENT_VERSION || version === UNORPHANED_VERSION) {
      db.exec('ALTER TABLE resources ADD COLUMN orphaned_since TEXT');
    }
    db.exec(SCHEMA);
    db.pragma(`user_version = ${SCHEMA_VERSION}`);
  })();
}
