import type { StoredResource } from '@cloud-inventory/graph-store';
import type { ResourceSelection } from '../config/react-config.js';
import { selectedResources, type SelectionSources } from '../queries/selected-resources.js';

/** The most resources one run carries (a webhook body stays bounded); more sets isTruncated. */
export const maxResourcesPerRun = 1000;

/**
 * The resources the selection matches now, up to the cap: all of them, or only those among some uids, given a list
 * at a time (the changes of a sync, read page by page).
 */
export async function matchResources(
  sources: SelectionSources,
  selection: ResourceSelection,
  onlyUids?: AsyncIterable<readonly string[]>,
): Promise<{ resources: StoredResource[]; isTruncated: boolean }> {
  const resources: StoredResource[] = [];
  for await (const uids of onlyUids ?? [undefined]) {
    for await (const resource of selectedResources(sources, selection, uids)) {
      if (resources.length === maxResourcesPerRun) return { resources, isTruncated: true };
      resources.push(resource);
    }
  }
  return { resources, isTruncated: false };
}
