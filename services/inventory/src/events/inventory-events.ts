import type { ChangeRecord, JobState, ResourceCounts } from '@cloud-inventory/graph-store';

/**
 * Everything a sync announces. The react phase subscribes to sync.finished and reads the sync's changes back from the
 * store then; the per-change events are for in-process subscribers that want each change as it is stored.
 */
export interface InventoryEvents {
  'sync.started': { jobId: string; trigger: string; accounts: string[]; at: string };
  'sync.finished': { jobId: string; state: JobState; counts: ResourceCounts; durationMs: number; at: string };
  'resource.created': { jobId: string; change: ChangeRecord };
  'resource.updated': { jobId: string; change: ChangeRecord };
  'resource.deleted': { jobId: string; change: ChangeRecord };
}

export type InventoryEventName = keyof InventoryEvents;
