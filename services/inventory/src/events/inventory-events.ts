import type { ChangeRecord, JobState, ResourceCounts } from '@cloud-inventory/graph-store';

/** Everything a sync announces; the react phase subscribes to these. */
export interface InventoryEvents {
  'sync.started': { jobId: string; trigger: string; accounts: string[]; at: string };
  'sync.finished': { jobId: string; state: JobState; counts: ResourceCounts; durationMs: number; at: string };
  'resource.created': { jobId: string; change: ChangeRecord };
  'resource.updated': { jobId: string; change: ChangeRecord };
  'resource.deleted': { jobId: string; change: ChangeRecord };
}

export type InventoryEventName = keyof InventoryEvents;
