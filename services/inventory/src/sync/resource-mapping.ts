import type { EdgeRecord, ResourceRecord } from '@cloud-inventory/graph-store';
import type { Resource__Output } from '@cloud-inventory/protocol';

export interface MappedBatch {
  resources: ResourceRecord[];
  edges: EdgeRecord[];
  /** uids of resources whose data could not be read; they are left out of the batch and counted as failed. */
  rejected: string[];
}

/** Turns a streamed batch of collector resources into store records and their edges (targets may arrive later). */
export function mapResourceBatch(batch: Resource__Output[]): MappedBatch {
  const mapped: MappedBatch = { resources: [], edges: [], rejected: [] };
  for (const resource of batch) {
    const data = parseData(resource.data_json);
    if (data === undefined) {
      mapped.rejected.push(resource.uid);
      continue;
    }
    mapped.resources.push({
      uid: resource.uid,
      id: resource.id,
      kind: resource.kind,
      name: resource.name,
      tags: { ...resource.tags },
      ...(resource.created_at ? { createdAt: resource.created_at } : {}),
      ...(resource.updated_at ? { updatedAt: resource.updated_at } : {}),
      cloud: resource.cloud,
      account: resource.account,
      region: resource.region,
      serviceGroup: resource.service_group,
      ...(resource.type ? { type: resource.type } : {}),
      data,
      ...(resource.volatile_fields.length > 0 ? { volatileFields: resource.volatile_fields } : {}),
    });
    for (const relationship of resource.relationships) {
      mapped.edges.push({
        from: resource.uid,
        type: relationship.type,
        to: relationship.target_uid,
        ...(relationship.target_kind ? { toKind: relationship.target_kind } : {}),
      });
    }
  }
  return mapped;
}

function parseData(json: string): Record<string, unknown> | undefined {
  if (json === '') return {};
  try {
    const parsed: unknown = JSON.parse(json);
    return typeof parsed === 'object' && parsed !== null && !Array.isArray(parsed)
      ? (parsed as Record<string, unknown>)
      : undefined;
  } catch {
    // Documented expected case: a malformed payload rejects that one resource (counted as failed), not the batch.
    return undefined;
  }
}
