import neo4j from 'neo4j-driver';
import type { ResourceRecord, StoredResource } from '../graph-store.js';
import { resourceRecordOf, storedResourceOf, type ResourceColumns, type SyncMarkerColumns } from '../record-mapping.js';
import { dataPropertyKey } from './identifiers.js';

/**
 * How a resource lies on a `:Resource` node. Core fields and top-level data values whose key is an identifier (as
 * `data_<key>`, nested ones as JSON text) are node properties, so filters and indexes reach them; tags and the whole of data are JSON text, which round-trips
 * exactly. Tags are also two parallel lists (`tag_keys`, `tag_values`) so a tag filter is a parameterised list match.
 */
export type NodeValue = string | number | boolean | string[] | ReturnType<typeof neo4j.int>;
export type NodeProperties = Record<string, NodeValue>;

export interface SyncMarkers {
  hash: string;
  /** '' when the resource declares no volatile fields. */
  volatileHash: string;
  syncId: string;
  seenAt: string;
}

export function toNodeProperties(resource: ResourceRecord, markers: SyncMarkers): NodeProperties {
  const tagKeys = Object.keys(resource.tags);
  const properties: NodeProperties = {
    uid: resource.uid,
    id: resource.id,
    kind: resource.kind,
    name: resource.name,
    cloud: resource.cloud,
    account: resource.account,
    region: resource.region,
    // The service group, stored as `service` since the first schema: existing graphs keep working unchanged.
    service: resource.serviceGroup,
    tags_json: JSON.stringify(resource.tags),
    tag_keys: tagKeys,
    tag_values: tagKeys.map((key) => resource.tags[key] ?? ''),
    data_json: JSON.stringify(resource.data),
    hash: markers.hash,
    last_seen: markers.seenAt,
    last_sync_id: markers.syncId,
  };
  if (markers.volatileHash !== '') properties['volatile_hash'] = markers.volatileHash;
  if (resource.type !== undefined) properties['type'] = resource.type;
  if (resource.createdAt !== undefined) properties['created_at'] = resource.createdAt;
  if (resource.updatedAt !== undefined) properties['updated_at'] = resource.updatedAt;
  for (const [key, value] of Object.entries(resource.data)) {
    const propertyKey = dataPropertyKey(key);
    const propertyValue = toDataProperty(value);
    if (propertyKey !== undefined && propertyValue !== undefined) properties[propertyKey] = propertyValue;
  }
  return properties;
}

/**
 * Whole numbers become Neo4j integers so that grouping prints "10", as the embedded store does, not "10.0".
 * Nested values become their JSON text, which is what the embedded store compares and groups them by.
 */
function toDataProperty(value: unknown): NodeValue | undefined {
  if (typeof value === 'string' || typeof value === 'boolean') return value;
  if (typeof value === 'number') {
    if (!Number.isFinite(value)) return undefined;
    return Number.isSafeInteger(value) ? neo4j.int(value) : value;
  }
  if (value !== null && typeof value === 'object') return JSON.stringify(value);
  return undefined;
}

/** The stored fields a `:Resource` node projection returns (see RESOURCE_PROJECTION). */
export interface ResourceRow extends ResourceColumns, SyncMarkerColumns {
  tags_json: string;
  data_json: string;
}

/** A map projection that returns only the fields a StoredResource needs (not the data_ and tag list copies). */
export function resourceProjection(variable: string): string {
  const v = variable;
  return (
    `${v} { .uid, .id, .kind, .name, .cloud, .account, .region, .service, .type, .created_at, .updated_at, ` +
    `.tags_json, .data_json, .first_seen, .last_seen, .last_sync_id, .orphaned_since }`
  );
}

export function toResourceRecord(row: ResourceRow): ResourceRecord {
  return resourceRecordOf(
    row,
    JSON.parse(row.tags_json) as Record<string, string>,
    JSON.parse(row.data_json) as Record<string, unknown>,
  );
}

export function toStoredResource(row: ResourceRow): StoredResource {
  return storedResourceOf(toResourceRecord(row), row);
}
