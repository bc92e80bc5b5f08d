import type { ChangeKind, ChangeRecord, EdgeRecord, ResourceRecord, StoredResource } from '../graph-store.js';

/** Row shapes of the SQLite tables and their mapping to the store's records. */

export interface ResourceRow {
  uid: string;
  id: string;
  kind: string;
  name: string;
  cloud: string;
  account: string;
  region: string;
  service: string;
  type: string | null;
  created_at: string | null;
  updated_at: string | null;
  tags: string;
  data: string;
  first_seen: string;
  last_seen: string;
  last_sync_id: string;
}

export interface EdgeRow {
  from_uid: string;
  type: string;
  to_uid: string;
  to_kind: string | null;
}

export interface ChangeRow {
  seq: number;
  sync_id: string;
  uid: string;
  kind: string;
  name: string;
  cloud: string;
  account: string;
  region: string;
  change: ChangeKind;
  at: string;
  changed_fields: string | null;
}

export const FROM_RESOURCES =
  'FROM resources r JOIN resource_seen v ON v.rid = r.rid JOIN syncs s ON s.seq = v.last_sync';

/** Selects a ResourceRow FROM_RESOURCES. */
export const RESOURCE_COLUMNS = `r.uid, r.id, r.kind, r.name, r.cloud, r.account, r.region, r.service, r.type,
  r.created_at, r.updated_at, r.tags, r.data, r.first_seen, v.last_seen, s.sync_id AS last_sync_id`;

export function toResourceRecord(row: Omit<ResourceRow, 'first_seen' | 'last_seen' | 'last_sync_id'>): ResourceRecord {
  return {
    uid: row.uid,
    id: row.id,
    kind: row.kind,
    name: row.name,
    tags: JSON.parse(row.tags) as Record<string, string>,
    cloud: row.cloud,
    account: row.account,
    region: row.region,
    service: row.service,
    data: JSON.parse(row.data) as Record<string, unknown>,
    ...(row.created_at === null ? {} : { createdAt: row.created_at }),
    ...(row.updated_at === null ? {} : { updatedAt: row.updated_at }),
    ...(row.type === null ? {} : { type: row.type }),
  };
}

export function toStoredResource(row: ResourceRow): StoredResource {
  return { ...toResourceRecord(row), firstSeen: row.first_seen, lastSeen: row.last_seen, lastSyncId: row.last_sync_id };
}

export function toEdgeRecord(row: EdgeRow): EdgeRecord {
  return {
    from: row.from_uid,
    type: row.type,
    to: row.to_uid,
    ...(row.to_kind === null ? {} : { toKind: row.to_kind }),
  };
}

export function toChangeRecord(row: ChangeRow): ChangeRecord {
  return {
    syncId: row.sync_id,
    uid: row.uid,
    kind: row.kind,
    name: row.name,
    cloud: row.cloud,
    account: row.account,
    region: row.region,
    change: row.change,
    at: row.at,
    ...(row.changed_fields === null ? {} : { changedFields: JSON.parse(row.changed_fields) as string[] }),
  };
}
