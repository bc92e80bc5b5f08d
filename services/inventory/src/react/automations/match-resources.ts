import type { GraphStore, ResourceFilter, StoredResource } from '@cloud-inventory/graph-store';

/** The most resources one run carries (a webhook body stays bounded); more sets isTruncated. */
export const maxResourcesPerRun = 1000;

/** The resources the filter matches now (optionally only among some uids), up to the cap. */
export async function matchResources(
  store: GraphStore,
  filter: ResourceFilter,
  onlyUids?: string[],
): Promise<{ resources: StoredResource[]; isTruncated: boolean }> {
  if (onlyUids !== undefined && onlyUids.length === 0) return { resources: [], isTruncated: false };
  const resources: StoredResource[] = [];
  const uidBatches = onlyUids === undefined ? [undefined] : chunk(onlyUids, 500);
  for (const uids of uidBatches) {
    let pageToken: string | undefined;
    do {
      const page = await store.listResources(uids ? { ...filter, uids } : filter, {
        limit: 500,
        ...(pageToken ? { pageToken } : {}),
      });
      for (const resource of page.items) {
        if (resources.length === maxResourcesPerRun) return { resources, isTruncated: true };
        resources.push(resource);
      }
      pageToken = page.nextPageToken;
    } while (pageToken);
  }
  return { resources, isTruncated: false };
}

function chunk<T>(items: T[], size: number): T[][] {
  const chunks: T[][] = [];
  for (let start = 0; start < items.length; start += size) chunks.push(items.slice(start, start + size));
  return chunks;
}
