import type { StoredResource } from '@cloud-inventory/graph-store';
import type { ResourceSelection } from '../config/react-config.js';
import { selectedResources, type SelectionSources } from '../queries/selected-resources.js';

/** The most resources one run carries (a webhook body stays bounded); more sets isTruncated. */
export const maxResourcesPerRun = 1000;

/** The resources the selection matches now (optionally only among some uids), up to the cap. */
export async function matchResources(
  sources: SelectionSources,
  selection: ResourceSelection,
  onlyUids?: string[],
): Promise<{ resources: StoredResource[]; isTruncated: boolean }> {
  const resources: StoredResource[] = [];
  for await (const resource of selectedResources(sources, selection, onlyUids)) {
    if (resources.length === maxResourcesPerRun) return { resources, isTruncated: true };
    resources.push(resource);
  }
  return { resources, isTruncated: false };
}
