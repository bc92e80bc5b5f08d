import type { ChangeRecord, StoredResource } from '../graph-store.js';
import {
  CONNECTED_EDGES,
  CREATED_SECOND,
  DELETED_SECOND,
  FINAL_RESOURCES,
  FIRST_SYNC_RESOURCES,
  UPDATED_SECOND,
  record,
  type SeededEstate,
} from './search-fixtures.js';
import { SearchReference } from './search-reference.js';

/**
 * The fixture estate as a store would hold it after seedSearchEstate, built in memory with fixed times: what the
 * expectations test checks the stated answers against, without a store.
 */
export const MEMORY_TIMES: SeededEstate = {
  beforeFirst: '2030-01-01T00:00:00.000Z',
  betweenSyncs: '2030-01-01T00:00:02.000Z',
  afterSecond: '2030-01-01T00:00:04.000Z',
};
const FIRST_AT = '2030-01-01T00:00:01.000Z';
const SECOND_AT = '2030-01-01T00:00:03.000Z';

export function memoryResources(): StoredResource[] {
  return FINAL_RESOURCES.map((item) => ({
    ...item,
    firstSeen: CREATED_SECOND.includes(item.id) ? SECOND_AT : FIRST_AT,
    lastSeen: SECOND_AT,
    lastSyncId: 'sync-2',
  }));
}

export function memoryChanges(): ChangeRecord[] {
  const entry = (id: string, syncId: string, change: ChangeRecord['change'], at: string): ChangeRecord => {
    const { uid, kind, name, cloud, account, region } = record(id);
    return { syncId, uid, kind, name, cloud, account, region, change, at };
  };
  return [
    ...FIRST_SYNC_RESOURCES.map((item) => entry(item.id, 'sync-1', 'created', FIRST_AT)),
    ...CREATED_SECOND.map((id) => entry(id, 'sync-2', 'created', SECOND_AT)),
    ...UPDATED_SECOND.map((id) => entry(id, 'sync-2', 'updated', SECOND_AT)),
    ...DELETED_SECOND.map((id) => entry(id, 'sync-2', 'deleted', SECOND_AT)),
  ];
}

export function memoryReference(): SearchReference {
  return new SearchReference(memoryResources(), CONNECTED_EDGES, memoryChanges());
}
