import { InvalidStoreArgumentError } from '../errors.js';
import type { EdgeRecord, ResourceRecord } from '../graph-store.js';

/**
 * Neo4j's range indexes refuse a key above about 8 KB, and a refused key fails the whole transaction. The fields
 * this store indexes are therefore bounded up front with a typed error naming the field, before anything is written.
 * The scope fields share one composite index, so together with the uid they stay well under the limit.
 */
export const MAX_UID_BYTES = 4_096;
export const MAX_SCOPE_FIELD_BYTES = 512;
export const MAX_SYNC_ID_BYTES = 512;

function assertMaxBytes(value: string, maxBytes: number, field: string): void {
  if (Buffer.byteLength(value, 'utf8') > maxBytes) {
    throw new InvalidStoreArgumentError(field, `must be at most ${maxBytes} bytes in UTF-8 for the Neo4j indexes`);
  }
}

export function assertIndexableSyncId(syncId: string): void {
  assertMaxBytes(syncId, MAX_SYNC_ID_BYTES, 'syncId');
}

export function assertIndexableResources(resources: ResourceRecord[]): void {
  resources.forEach((resource, index) => {
    assertMaxBytes(resource.uid, MAX_UID_BYTES, `resources[${index}].uid`);
    for (const field of ['cloud', 'account', 'region', 'serviceGroup'] as const) {
      assertMaxBytes(resource[field], MAX_SCOPE_FIELD_BYTES, `resources[${index}].${field}`);
    }
  });
}

export function assertIndexableEdges(edges: EdgeRecord[]): void {
  edges.forEach((edge, index) => {
    assertMaxBytes(edge.from, MAX_UID_BYTES, `edges[${index}].from`);
    assertMaxBytes(edge.to, MAX_UID_BYTES, `edges[${index}].to`);
  });
}
