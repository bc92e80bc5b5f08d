import type { ChangeRecord, EdgeRecord, ResourceRecord, StoredResource } from '../graph-store.js';
import {
  changeRecordOf,
  resourceRecordOf,
  storedResourceOf,
  type ChangeColumns,
  type ResourceColumns,
  type SyncMarkerColumns,
} from '../record-mapping.js';
import { withStoredData } from '../stored-data-json.js';

/** Row shapes of the SQLite tables and their mapping to the store's records. */

export interface ResourceRow extends ResourceColumns, SyncMarkerColumns {
  tags: string;
  data: string;
}

export interface EdgeRow {
  from_uid: string;
  type: string;
  to_uid: string;
  to_kind: string | null;
}

export interface ChangeRow extends ChangeColumns {
  changed_fields: string | null;
}

export const FROM_RESOURCES =
  'FROM resources r JOIN resource_seen v ON v.rid = r.rid JOIN syncs s ON s.seq = v.last_sync';

/** Selects a ResourceRow FROM_RESOURCES. */
export const RESOURCE_COLUMNS = `r.uid, r.id, r.kind, r.name, r.cloud, r.account, r.region, r.service, r.type,
  r.created_at, r.updated_at, r.tags, r.data, r.first_seen, v.last_seen, s.sync_id AS last_sync_id, r.orphaned_since`;

export function toResourceRecord(
  row: Omit<ResourceRow, 'first_seen' | 'last_seen' | 'last_sync_id' | 'orphaned_since'>,
): ResourceRecord {
  return resourceRecordOf(
    row,
    JSON.parse(row.tags) as Record<string, string>,
    JSON.parse(row.data) as Record<string, unknown>,
  );
}

/** The data is parsed when first read (withStoredData): the API passes most of it on as the stored text. */
export function toStoredResource(row: ResourceRow): StoredResource {
  const record = resourceRecordOf(row, JSON.parse(row.tags) as Record<string, string>, {});
  return withStoredData(storedResourceOf(record, row), row.data);
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
  return changeRecordOf(row, row.changed_fields === null ? null : (JSON.parse(row.changed_fields) as string[]));
}
