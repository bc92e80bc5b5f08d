import { dataJsonOf } from '@cloud-inventory/graph-store';
import type {
  ChangeRecord,
  EdgeRecord,
  ResourceCounts,
  StoredResource,
  SyncJobRecord,
} from '@cloud-inventory/graph-store';
import type { InventoryApi } from '@cloud-inventory/protocol';

export function toApiCounts(counts: ResourceCounts): InventoryApi.ResourceCounts {
  return { ...counts };
}

export function toApiJob(job: SyncJobRecord): InventoryApi.Job {
  return {
    job_id: job.id,
    state: job.state,
    trigger: job.trigger,
    accounts: job.accounts,
    created_at: job.createdAt,
    started_at: job.startedAt ?? '',
    finished_at: job.finishedAt ?? '',
    holder: job.holder ?? '',
    lease_token: job.leaseToken ?? 0,
    counts: toApiCounts(job.counts),
    error: job.error ?? '',
    tasks: job.tasks.map((task) => ({
      task_id: task.id,
      account: task.account,
      type: task.type,
      service: task.service,
      region: task.region,
      state: task.state,
      counts: toApiCounts(task.counts),
      error: task.error ?? '',
      started_at: task.startedAt ?? '',
      finished_at: task.finishedAt ?? '',
    })),
  };
}

export function toApiResource(resource: StoredResource): InventoryApi.Resource {
  return {
    uid: resource.uid,
    id: resource.id,
    kind: resource.kind,
    name: resource.name,
    tags: resource.tags,
    created_at: resource.createdAt ?? '',
    updated_at: resource.updatedAt ?? '',
    cloud: resource.cloud,
    account: resource.account,
    region: resource.region,
    service_group: resource.serviceGroup,
    type: resource.type ?? '',
    data_json: dataJsonOf(resource),
    first_seen: resource.firstSeen,
    last_seen: resource.lastSeen,
    last_sync_id: resource.lastSyncId,
    orphaned_since: resource.orphanedSince ?? '',
  };
}

export function toApiEdge(edge: EdgeRecord): InventoryApi.Edge {
  return { from: edge.from, type: edge.type, to: edge.to, to_kind: edge.toKind ?? '' };
}

const apiChangeKind = { created: 'CREATED', updated: 'UPDATED', deleted: 'DELETED' } as const;

export function toApiChange(change: ChangeRecord): InventoryApi.Change {
  return {
    sync_id: change.syncId,
    uid: change.uid,
    kind: change.kind,
    name: change.name,
    cloud: change.cloud,
    account: change.account,
    region: change.region,
    change: apiChangeKind[change.change],
    at: change.at,
    changed_fields: change.changedFields ?? [],
  };
}
