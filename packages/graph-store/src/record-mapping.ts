import type { ChangeRecord, ResourceRecord, StoredResource } from './graph-store.js';

/** Row mapping both adapters share: the columns they store under the same names, and the records built from them. */

/** A resource's columns apart from tags and data, which each adapter stores in its own form. */
export interface ResourceColumns {
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
}

export interface SyncMarkerColumns {
  first_seen: string;
  last_seen: string;
  last_sync_id: string;
  /** Absent on stores that never marked the resource (and null in SQLite) when it is not orphaned. */
  orphaned_since?: string | null;
}

/** A change-log entry's columns apart from the changed fields, which each adapter stores in its own form. */
export interface ChangeColumns extends Pick<
  ChangeRecord,
  'uid' | 'kind' | 'name' | 'cloud' | 'account' | 'region' | 'change' | 'at'
> {
  seq: number;
  sync_id: string;
}

/** Absent optional columns (null, or missing from a Neo4j projection) leave their field out of the record. */
export function resourceRecordOf(
  row: ResourceColumns,
  tags: Record<string, string>,
  data: Record<string, unknown>,
): ResourceRecord {
  const record: ResourceRecord = {
    uid: row.uid,
    id: row.id,
    kind: row.kind,
    name: row.name,
    tags,
    cloud: row.cloud,
    account: row.account,
    region: row.region,
    serviceGroup: row.service,
    data,
  };
  if (row.type !== null && row.type !== undefined) record.type = row.type;
  if (row.created_at !== null && row.created_at !== undefined) record.createdAt = row.created_at;
  if (row.updated_at !== null && row.updated_at !== undefined) record.updatedAt = row.updated_at;
  return record;
}

export function storedResourceOf(record: ResourceRecord, markers: SyncMarkerColumns): StoredResource {
  const stored: StoredResource = {
    ...record,
    firstSeen: markers.first_seen,
    lastSeen: markers.last_seen,
    lastSyncId: markers.last_sync_id,
  };
  if (markers.orphaned_since !== null && markers.orphaned_since !== undefined) {
    stored.orphanedSince = markers.orphaned_since;
  }
  return stored;
}

export function changeRecordOf(row: ChangeColumns, changedFields: string[] | null): ChangeRecord {
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
    ...(changedFields === null ? {} : { changedFields }),
  };
}
